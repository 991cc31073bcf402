package vn.thidua.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.RequestIds;

class GatewayApplicationTest {

    @Test
    void dropsSpringSecurityThreadLocalAccessorsAndKeepsTheRequestId() throws Exception {
        // Registers the MDC accessor of the request id, as at start-up.
        Class.forName(RequestIdFilter.class.getName());
        assertThat(accessorClasses()).anyMatch(name -> name.startsWith("org.springframework.security."));

        GatewayApplication.dropUnusedThreadLocalAccessors();

        assertThat(accessorClasses()).noneMatch(name -> name.startsWith("org.springframework.security."));
        assertThat(ContextRegistry.getInstance().getThreadLocalAccessors())
                .extracting(ThreadLocalAccessor::key)
                .contains(RequestIds.MDC_KEY);
    }

    private static List<String> accessorClasses() {
        return ContextRegistry.getInstance().getThreadLocalAccessors().stream()
                .map(accessor -> accessor.getClass().getName())
                .toList();
    }
}
