package vn.thidua.gateway;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** Edge policy from configuration: CORS origins and the per-user rate limit. */
@ConfigurationProperties("thidua.gateway")
public class GatewayProperties {

    /** Web and mobile origins allowed to call the API from a browser or webview. */
    private List<String> allowedOrigins = new ArrayList<>(List.of("http://localhost:8080"));

    private RateLimit rateLimit = new RateLimit();

    public List<String> getAllowedOrigins() {
        return allowedOrigins;
    }

    public void setAllowedOrigins(List<String> allowedOrigins) {
        this.allowedOrigins = allowedOrigins;
    }

    public RateLimit getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(RateLimit rateLimit) {
        this.rateLimit = rateLimit;
    }

    public static class RateLimit {
        /** Sustained requests per second per user. */
        private int requestsPerSecond = 20;
        /** Short bursts above the sustained rate (a phone syncing after being offline). */
        private int burst = 40;
        /** Per OAuth client ({@code azp}) overrides of requests per second, e.g. the load-test client. */
        private Map<String, Integer> clientOverrides = new HashMap<>();
        /** Requests without a token, per client address: lower than a user's. */
        private Anonymous anonymous = new Anonymous();

        public Anonymous getAnonymous() {
            return anonymous;
        }

        public void setAnonymous(Anonymous anonymous) {
            this.anonymous = anonymous;
        }

        public static class Anonymous {
            private int requestsPerSecond = 5;
            private int burst = 20;

            public int getRequestsPerSecond() {
                return requestsPerSecond;
            }

            public void setRequestsPerSecond(int requestsPerSecond) {
                this.requestsPerSecond = requestsPerSecond;
            }

            public int getBurst() {
                return burst;
            }

            public void setBurst(int burst) {
                this.burst = burst;
            }
        }

        public int getRequestsPerSecond() {
            return requestsPerSecond;
        }

        public void setRequestsPerSecond(int requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
        }

        public int getBurst() {
            return burst;
        }

        public void setBurst(int burst) {
            this.burst = burst;
        }

        public Map<String, Integer> getClientOverrides() {
            return clientOverrides;
        }

        public void setClientOverrides(Map<String, Integer> clientOverrides) {
            this.clientOverrides = clientOverrides;
        }
    }
}
