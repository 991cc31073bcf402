package vn.thidua.shared.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import vn.thidua.shared.error.ProblemFactory;

/**
 * Registers {@link UnitsInForceFilter} in every servlet service, right after Spring Security's filter chain
 * (order -100, so the caller is known) and before the DispatcherServlet. The service's own {@link Clock} when it
 * has exactly one (tests pin it), else UTC.
 */
@AutoConfiguration(after = ServletSecurityConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class UnitsInForceConfiguration {

    /** After the security filter chain (Spring Boot registers it at -100). */
    static final int ORDER = -99;

    @Bean
    FilterRegistrationBean<UnitsInForceFilter> unitsInForceFilter(ObjectProvider<Clock> clock,
            ProblemFactory problems) {
        FilterRegistrationBean<UnitsInForceFilter> registration = new FilterRegistrationBean<>(
                new UnitsInForceFilter(clock.getIfUnique(Clock::systemUTC), problems));
        registration.setOrder(ORDER);
        return registration;
    }
}
