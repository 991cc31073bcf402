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

    /**
     * The driver waits 30 s by default to find a server: with the store gone every request hung for half a minute,
     * as long as the gateway's own limit. Giving up after {@code thidua.store.server-selection-timeout} (5 s) lets
     * the service answer 503 {@code store-unavailable} first (issue 15).
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer")
    static class StoreTimeouts {

        @Bean
        org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer storeSelectionTimeout(
                @org.springframework.beans.factory.annotation.Value(
                        "${thidua.store.server-selection-timeout:5s}") java.time.Duration timeout) {
            return settings -> settings.applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(
                    timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS));
        }

        /**
         * A time limit on every operation (the driver's client-side operation timeout, which also sends the
         * remaining time as {@code maxTimeMS}, so the store stops working on it too): one heavy list cannot hold a
         * request thread and the store for minutes (issue 15); exceeding it answers 503 {@code store-timeout}.
         * {@code thidua.store.query-timeout: 0} turns it off.
         */
        @Bean
        org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer storeQueryTimeout(
                @org.springframework.beans.factory.annotation.Value(
                        "${thidua.store.query-timeout:5s}") java.time.Duration timeout) {
            return settings -> {
                if (timeout.isPositive()) {
                    settings.timeout(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                }
            };
        }
    }

    /** Lists read in bounded pages: keyset cursors and totals counted up to {@code thidua.lists.count-cap}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MongoTemplate.class)
    static class Lists {

        @Bean
        @ConditionalOnBean(MongoTemplate.class)
        @ConditionalOnMissingBean
        vn.thidua.shared.lists.BoundedLists boundedLists(MongoTemplate mongo,
                @org.springframework.beans.factory.annotation.Value("${thidua.lists.count-cap:10000}") int countCap) {
            return new vn.thidua.shared.lists.BoundedLists(mongo, countCap);
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

    /**
     * Every service's OpenAPI document: served relative to the gateway (so "try it out" goes through it) and
     * secured by a bearer token from Keycloak.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ApiDocs {

        @Bean
        org.springdoc.core.customizers.OpenApiCustomizer platformOpenApi(
                @org.springframework.beans.factory.annotation.Value("${spring.application.name}") String name,
                @org.springframework.beans.factory.annotation.Value(
                        "${thidua.security.issuers[0].issuer-uri:http://localhost:8180/realms/thidua}") String issuer) {
            return openApi -> {
                if (openApi.getInfo() == null) {
                    openApi.info(new io.swagger.v3.oas.models.info.Info());
                }
                openApi.getInfo().title(name).version("v1")
                        .description("Thi đua – Khen thưởng: " + name + ". Errors are RFC 9457 problem details "
                                + "(Accept-Language: vi | en). Creates take Idempotency-Key; updates take If-Match.");
                openApi.servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")));
                // Sign in from Swagger UI with the realm's web client (authorization code + PKCE), or paste a token.
                openApi.schemaRequirement("keycloak", new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.OAUTH2)
                        .flows(new io.swagger.v3.oas.models.security.OAuthFlows().authorizationCode(
                                new io.swagger.v3.oas.models.security.OAuthFlow()
                                        .authorizationUrl(issuer + "/protocol/openid-connect/auth")
                                        .tokenUrl(issuer + "/protocol/openid-connect/token")
                                        .scopes(new io.swagger.v3.oas.models.security.Scopes()
                                                .addString("openid", "OpenID Connect")))));
                openApi.schemaRequirement("bearer", new io.swagger.v3.oas.models.security.SecurityScheme()
                        .type(io.swagger.v3.oas.models.security.SecurityScheme.Type.HTTP).scheme("bearer")
                        .bearerFormat("JWT").description("Access token from the thidua realm"));
                openApi.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("keycloak"));
                openApi.addSecurityItem(new io.swagger.v3.oas.models.security.SecurityRequirement().addList("bearer"));
            };
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
