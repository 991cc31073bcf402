package vn.thidua.shared.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which token issuers are trusted. A province with a realm of its own is added here, in configuration, without
 * code (property {@code thidua.security.issuers[n].issuer-uri}).
 */
@ConfigurationProperties("thidua.security")
public class PlatformSecurityProperties {

    /** Trusted issuers; a token from any other issuer gets 401. */
    private List<Issuer> issuers = new ArrayList<>();

    /** The audience every platform token must carry. */
    private String audience = "thidua-api";

    /** Paths open without a token, beyond health and API docs. */
    private List<String> publicPaths = new ArrayList<>();

    public List<Issuer> getIssuers() {
        return issuers;
    }

    public void setIssuers(List<Issuer> issuers) {
        this.issuers = issuers;
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience;
    }

    public List<String> getPublicPaths() {
        return publicPaths;
    }

    public void setPublicPaths(List<String> publicPaths) {
        this.publicPaths = publicPaths;
    }

    public static class Issuer {
        /** Value of the {@code iss} claim, e.g. http://localhost:8180/realms/thidua. */
        private String issuerUri;
        /**
         * Where the signing keys are; defaults to Keycloak's certs endpoint under the issuer. Set it when the
         * issuer's public name is not reachable from the service (inside Kubernetes, for instance).
         */
        private String jwkSetUri;

        public String getIssuerUri() {
            return issuerUri;
        }

        public void setIssuerUri(String issuerUri) {
            this.issuerUri = issuerUri;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String effectiveJwkSetUri() {
            if (jwkSetUri != null && !jwkSetUri.isBlank()) {
                return jwkSetUri;
            }
            String base = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
            return base + "/protocol/openid-connect/certs";
        }
    }
}
