package vn.thidua.shared.error;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.thidua.shared.web.RequestScreeningFilter;

/**
 * Every error a service answers is problem+json, also those given before Spring MVC (issue 12): the error path
 * ({@link ProblemErrorController} instead of Boot's), Tomcat's own refusals ({@link ProblemErrorReportValve}
 * instead of its HTML page), and malformed requests refused before any code runs ({@link RequestScreeningFilter}).
 * Before Boot's error configuration, so that its controller steps aside for ours.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ProblemErrorAutoConfiguration {

    @Bean
    ProblemErrorController problemErrorController(ProblemFactory problems) {
        return new ProblemErrorController(problems);
    }

    /** Right after the request id and load shedding, before security: a malformed request costs no token check. */
    @Bean
    FilterRegistrationBean<RequestScreeningFilter> requestScreeningFilter(ProblemFactory problems) {
        FilterRegistrationBean<RequestScreeningFilter> registration = new FilterRegistrationBean<>(
                new RequestScreeningFilter(problems));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory")
    static class TomcatErrors {

        /** Last, so that no ErrorReportValve added by another customizer (Boot adds one) is left in front of ours. */
        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReportValve() {
            return new WebServerFactoryCustomizer<>() {
                @Override
                public void customize(TomcatServletWebServerFactory factory) {
                    factory.addContextCustomizers(context -> {
                        Container host = context.getParent();
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.getPipeline().addValve(new ProblemErrorReportValve());
                        if (host instanceof StandardHost standard) {
                            standard.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                        }
                    });
                }
            };
        }
    }
}
