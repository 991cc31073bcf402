package vn.thidua.shared;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.web.client.RestClient;
import vn.thidua.shared.client.PlatformClients;
import vn.thidua.shared.error.ProblemFactory;
import vn.thidua.shared.error.ProblemHandler;
import vn.thidua.shared.idempotency.IdempotentCreates;
import vn.thidua.shared.web.RequestIdFilter;

/** The defaults every service gets by depending on this module; nothing here knows a domain type. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration"})
public class SharedAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    ProblemFactory problemFactory(MessageSource messageSource) {
        return new ProblemFactory(messageSource);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Servlet {

        @Bean
        ProblemHandler problemHandler(ProblemFactory problems) {
            return new ProblemHandler(problems);
        }

        @Bean
        FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
            FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Idempotency {

        @Bean
        @ConditionalOnBean(MongoTemplate.class)
        IdempotentCreates idempotentCreates(MongoTemplate mongo) {
            return new IdempotentCreates(mongo);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class Clients {

        @Bean
        @ConditionalOnBean(org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory.class)
        PlatformClients platformClients(RestClient.Builder builder,
                org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory<?, ?> breakers) {
            return new PlatformClients(builder, breakers);
        }
    }
}
