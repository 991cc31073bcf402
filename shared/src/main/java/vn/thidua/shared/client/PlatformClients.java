package vn.thidua.shared.client;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.RequestIds;

/**
 * Outbound REST between services: a declarative {@code @HttpExchange} client with an explicit timeout, the
 * caller's token and request id relayed, every call through a named Resilience4j circuit breaker with an
 * explicit fallback, and retries only for safe (read) calls.
 */
public class PlatformClients {

    private static final Logger log = LoggerFactory.getLogger(PlatformClients.class);

    private final RestClient.Builder builder;
    private final CircuitBreakerFactory<?, ?> breakers;

    public PlatformClients(RestClient.Builder builder, CircuitBreakerFactory<?, ?> breakers) {
        this.builder = builder;
        this.breakers = breakers;
    }

    public <T> T create(Class<T> api, String baseUrl, Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(timeout);
        RestClient client = builder.clone()
                .baseUrl(baseUrl)
                .requestFactory(requests)
                .requestInterceptor((request, body, execution) -> {
                    String token = CurrentUser.bearerToken();
                    if (token != null && !request.getHeaders().containsHeader(HttpHeaders.AUTHORIZATION)) {
                        request.getHeaders().setBearerAuth(token);
                    }
                    String requestId = MDC.get(RequestIds.MDC_KEY);
                    if (requestId != null) {
                        request.getHeaders().set(RequestIds.HEADER, requestId);
                    }
                    return execution.execute(request, body);
                })
                .build();
        return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client)).build().createClient(api);
    }

    /** A call that changes something: never retried, guarded by the named breaker. */
    public <T> T call(String breaker, Supplier<T> call, Function<Throwable, T> fallback) {
        return ClientErrorOutcome.unwrap(breakers.create(breaker).run(withCallerContext(ClientErrorOutcome.capture(call)),
                ClientErrorOutcome.wrap(logged(breaker, fallback))));
    }

    /** A read: retried twice with a short backoff inside the breaker, then the fallback. */
    public <T> T read(String breaker, Supplier<T> call, Function<Throwable, T> fallback) {
        RetryTemplate retry = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(2)
                .delay(Duration.ofMillis(100))
                .build());
        Supplier<ClientErrorOutcome<T>> captured = ClientErrorOutcome.capture(call);
        Supplier<ClientErrorOutcome<T>> retried = () -> {
            try {
                return retry.execute(captured::get);
            } catch (RetryException exhausted) {
                Throwable cause = exhausted.getCause();
                throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
            }
        };
        return ClientErrorOutcome.unwrap(breakers.create(breaker).run(withCallerContext(retried),
                ClientErrorOutcome.wrap(logged(breaker, fallback))));
    }

    /**
     * The breaker's time limiter runs the call on another thread: carry the caller's security context (whose
     * token is relayed) and log context (request id) over to it.
     */
    private static <T> Supplier<T> withCallerContext(Supplier<T> call) {
        SecurityContext security = SecurityContextHolder.getContext();
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        return () -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return call.get();
            } finally {
                SecurityContextHolder.setContext(previous);
                MDC.clear();
            }
        };
    }

    private static <T> Function<Throwable, T> logged(String breaker, Function<Throwable, T> fallback) {
        return failure -> {
            log.warn("Call through breaker {} failed: {}", breaker, failure.toString());
            return fallback.apply(failure);
        };
    }
}
