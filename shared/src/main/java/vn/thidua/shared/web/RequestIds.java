package vn.thidua.shared.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The request id travels as {@code X-Request-Id} from the gateway to every service and into every log line. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** Keeps a caller's id when it is sane (so a phone can correlate), otherwise makes a new one. */
    public static String acceptOrCreate(String incoming) {
        if (incoming != null && ACCEPTABLE.matcher(incoming).matches()) {
            return incoming;
        }
        return UUID.randomUUID().toString();
    }
}
