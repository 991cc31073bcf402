package vn.thidua.gateway;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ThreadLocalAccessor;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import reactor.core.publisher.Hooks;

/** The one entry point for web and mobile clients: {@code /api/v1/...} routed to the four services. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        // Carries the request id from the reactor context into the MDC of every log line.
        Hooks.enableAutomaticContextPropagation();
        dropUnusedThreadLocalAccessors();
        SpringApplication.run(GatewayApplication.class, args);
    }

    /**
     * Automatic context propagation restores every registered thread local on every reactor hop, and resets
     * it afterwards. Spring Security registers three (SecurityContextHolder, the reactive security context,
     * the ServerWebExchange) for blocking code that reads them from thread locals; the gateway has none: it
     * reads the security context from the reactor context only (ReactiveSecurityContextHolder). Left
     * registered they were about half of the propagation cost in the profile. The request id (MDC, registered
     * by {@link RequestIdFilter}) and the observation accessor stay.
     */
    static void dropUnusedThreadLocalAccessors() {
        ContextRegistry registry = ContextRegistry.getInstance();
        List<Object> keys = registry.getThreadLocalAccessors().stream()
                .filter(accessor -> accessor.getClass().getName().startsWith("org.springframework.security."))
                .map(ThreadLocalAccessor::key)
                .toList();
        keys.forEach(registry::removeThreadLocalAccessor);
    }
}
