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

    /**
     * Whether tokens issued to the development overlay's password-grant clients are accepted. Not configured: the
     * services set it from the profiles ({@link DevelopmentSecrets#isDevelopment}), so a deployment refuses them.
     */
    private boolean acceptDevelopmentClients = true;

    public boolean isAcceptDevelopmentClients() {
        return acceptDevelopmentClients;
    }

    public void setAcceptDevelopmentClients(boolean acceptDevelopmentClients) {
        this.acceptDevelopmentClients = acceptDevelopmentClients;
    }

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
        /**
         * The tenants (province codes) this issuer's users may belong to; {@code "*"} for every tenant. A province's
         * own realm lists its province only.
         */
        private List<String> tenants = new ArrayList<>();
        /**
         * The highest unit level this issuer may assert: {@code national} (the platform's realm) or {@code province}
         * (a province's realm: no national-admin, no national level, its tenants only).
         */
        private UnitLevel maxLevel;

        public List<String> getTenants() {
            return tenants;
        }

        public void setTenants(List<String> tenants) {
            this.tenants = tenants;
        }

        public UnitLevel getMaxLevel() {
            return maxLevel;
        }

        public void setMaxLevel(UnitLevel maxLevel) {
            this.maxLevel = maxLevel;
        }

        /**
         * What this issuer may assert. A sole issuer that declares nothing is the platform's own realm (national,
         * every tenant); as soon as several are trusted, each must say, so a province realm added to the list
         * cannot inherit national powers by omission.
         */
        public IssuerBounds bounds(boolean soleIssuer) {
            if (maxLevel == null && tenants.isEmpty() && soleIssuer) {
                return IssuerBounds.national();
            }
            if (maxLevel == null) {
                throw new IllegalStateException("thidua.security.issuers: issuer " + issuerUri + " must declare "
                        + "max-level (national or province) and tenants when several issuers are trusted");
            }
            if (maxLevel != UnitLevel.NATIONAL && maxLevel != UnitLevel.PROVINCE) {
                throw new IllegalStateException("thidua.security.issuers: issuer " + issuerUri
                        + " max-level must be national or province, not " + maxLevel);
            }
            if (tenants.isEmpty() && maxLevel == UnitLevel.NATIONAL) {
                return IssuerBounds.national();
            }
            if (tenants.isEmpty() || (maxLevel != UnitLevel.NATIONAL && tenants.contains(IssuerBounds.ALL_TENANTS))) {
                throw new IllegalStateException("thidua.security.issuers: issuer " + issuerUri
                        + " of max-level province must list its tenants (province codes), not every tenant");
            }
            return new IssuerBounds(java.util.Set.copyOf(tenants), maxLevel);
        }

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
