package vn.thidua.award.reservations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.thidua.shared.error.ProblemException;

/**
 * The fault-injection hook: its header, its absence unless enabled, its refusal under the k8s profile, and the
 * failure at the k-th reservation of a request.
 */
class FaultInjectionTest {

    final WebApplicationContextRunner context = new WebApplicationContextRunner()
            .withUserConfiguration(FaultInjection.class);

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theHeaderNamesTheReservationAfterWhichTheRequestFails() {
        assertThat(FaultHeader.parse("after-reservation:2").afterReservation()).isEqualTo(2);
        assertThat(FaultHeader.parse(" after-reservation : 1 ").afterReservation()).isEqualTo(1);
        assertThat(FaultHeader.parse(null)).isNull();
        assertThat(FaultHeader.parse("  ")).isNull();
    }

    @Test
    void anUnreadableHeaderIsA400NamingIt() {
        for (String wrong : new String[] {"after-reservation:0", "after-reservation:-1", "after-reservation:x",
                "before-reservation:1", "2", "after-reservation:12345"}) {
            assertThatThrownBy(() -> FaultHeader.parse(wrong)).as(wrong).isInstanceOfSatisfying(
                    ProblemException.class, p -> {
                        assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                        assertThat(p.violations()).singleElement().satisfies(
                                v -> assertThat(v.field()).isEqualTo(FaultHeader.NAME));
                    });
        }
    }

    @Test
    void thereIsNoFailurePointBeanUnlessEnabled() {
        context.run(ctx -> assertThat(ctx).doesNotHaveBean(FailurePoints.class));
        context.withPropertyValues("thidua.award.fault-injection.enabled=false")
                .run(ctx -> assertThat(ctx).doesNotHaveBean(FailurePoints.class));
        context.withPropertyValues("thidua.award.fault-injection.enabled=true")
                .run(ctx -> assertThat(ctx).hasSingleBean(FailurePoints.class));
    }

    @Test
    void theServiceRefusesToStartWithItUnderTheK8sProfile() {
        context.withPropertyValues("thidua.award.fault-injection.enabled=true", "spring.profiles.active=k8s")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("k8s"));
        context.withPropertyValues("spring.profiles.active=k8s")
                .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(FailurePoints.class));
    }

    @Test
    void anArmedRequestFailsWith503AfterItsKthReservationAndCountsThemInItsAnswer() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        request.setAttribute(FaultInjection.ARMED, FaultHeader.parse("after-reservation:2"));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        FailurePoints points = new FaultInjection.RequestFaults();

        points.reached("claim:ONCE_PER_NOMINEE");
        assertThat(response.getHeader(FaultInjection.COUNT_HEADER)).isEqualTo("1");
        assertThatThrownBy(() -> points.reached("quota:03390")).isInstanceOfSatisfying(FaultInjected.class, f -> {
            assertThat(f.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(f.code()).isEqualTo("fault-injected");
            assertThat(f.properties()).containsEntry("point", "quota:03390").containsEntry("reservation", 2);
        });
        assertThat(response.getHeader(FaultInjection.COUNT_HEADER)).isEqualTo("2");
    }

    @Test
    void anUnarmedRequestOrNoRequestOnlyCounts() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        MockHttpServletResponse response = new MockHttpServletResponse();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
        FailurePoints points = new FaultInjection.RequestFaults();
        points.reached("a");
        points.reached("b");
        assertThat(response.getHeader(FaultInjection.COUNT_HEADER)).isEqualTo("2");
        RequestContextHolder.resetRequestAttributes();
        points.reached("outside a request");
    }
}
