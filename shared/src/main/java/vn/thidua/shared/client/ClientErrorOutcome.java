package vn.thidua.shared.client;

import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.web.client.HttpClientErrorException;

/**
 * A call's result or the 4xx the other service answered, carried through the circuit breaker as a value: a client
 * error says the request was wrong, not that the service is failing, so it must neither count as a breaker failure
 * nor be retried (issue 12: fifteen requests with a bad id opened the breaker for every user for 10 s). It is
 * thrown again once outside the breaker, where the caller (or the problem handler) decides what it means.
 */
record ClientErrorOutcome<T>(T value, HttpClientErrorException clientError) {

    static <T> Supplier<ClientErrorOutcome<T>> capture(Supplier<T> call) {
        return () -> {
            try {
                return new ClientErrorOutcome<>(call.get(), null);
            } catch (HttpClientErrorException refused) {
                return new ClientErrorOutcome<>(null, refused);
            }
        };
    }

    static <T> Function<Throwable, ClientErrorOutcome<T>> wrap(Function<Throwable, T> fallback) {
        return failure -> new ClientErrorOutcome<>(fallback.apply(failure), null);
    }

    static <T> T unwrap(ClientErrorOutcome<T> outcome) {
        if (outcome.clientError() != null) {
            throw outcome.clientError();
        }
        return outcome.value();
    }
}
