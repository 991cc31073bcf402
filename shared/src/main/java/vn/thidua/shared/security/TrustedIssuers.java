package vn.thidua.shared.security;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The trusted issuers and the checks every token must pass (signature by the issuer's keys, issuer, expiry,
 * audience). Decoders are built lazily per issuer so a service starts even while Keycloak is still booting.
 *
 * @param <D> the decoder type (servlet or reactive)
 */
public class TrustedIssuers<D> {

    private final Map<String, PlatformSecurityProperties.Issuer> byIssuer;
    private final Map<String, IssuerBounds> bounds = new ConcurrentHashMap<>();
    private final Map<String, D> decoders = new ConcurrentHashMap<>();
    private final Function<PlatformSecurityProperties.Issuer, D> decoderFactory;
    private final String audience;
    private final boolean acceptDevelopmentClients;

    public TrustedIssuers(PlatformSecurityProperties properties,
            Function<PlatformSecurityProperties.Issuer, D> decoderFactory) {
        this.byIssuer = new ConcurrentHashMap<>();
        boolean sole = properties.getIssuers().size() == 1;
        for (PlatformSecurityProperties.Issuer issuer : properties.getIssuers()) {
            byIssuer.put(issuer.getIssuerUri(), issuer);
            // Checked at start-up: a service with an unbounded second issuer does not start.
            bounds.put(issuer.getIssuerUri(), issuer.bounds(sole));
        }
        this.decoderFactory = decoderFactory;
        this.audience = properties.getAudience();
        this.acceptDevelopmentClients = properties.isAcceptDevelopmentClients();
    }

    public boolean isTrusted(String issuer) {
        return issuer != null && byIssuer.containsKey(issuer);
    }

    /** The decoder for a trusted issuer, or {@code null} when the issuer is not trusted. */
    public D decoderFor(String issuer) {
        if (!isTrusted(issuer)) {
            return null;
        }
        return decoders.computeIfAbsent(issuer, i -> decoderFactory.apply(byIssuer.get(i)));
    }

    public OAuth2TokenValidator<Jwt> validatorFor(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                audienceValidator(audience), boundsValidator(boundsOf(issuer)),
                developmentClientValidator(acceptDevelopmentClients));
    }

    /** Outside development, a token of the development overlay's password-grant clients is invalid: 401. */
    static OAuth2TokenValidator<Jwt> developmentClientValidator(boolean accept) {
        return jwt -> accept || !DevelopmentSecrets.DEVELOPMENT_CLIENTS.contains(jwt.getClaimAsString("azp"))
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "tokens of the development client " + jwt.getClaimAsString("azp") + " are refused outside "
                                + "development", null));
    }

    /** What a trusted issuer may assert. */
    public IssuerBounds boundsOf(String issuer) {
        IssuerBounds known = bounds.get(issuer);
        if (known == null) {
            throw new IllegalArgumentException("not a trusted issuer: " + issuer);
        }
        return known;
    }

    /** A token asserting more than its issuer may (another tenant, the national level or role) is invalid: 401. */
    static OAuth2TokenValidator<Jwt> boundsValidator(IssuerBounds bounds) {
        PlatformJwtConverter converter = new PlatformJwtConverter();
        return jwt -> bounds.refusal(converter.toPrincipal(jwt))
                .map(reason -> OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", reason, null)))
                .orElseGet(OAuth2TokenValidatorResult::success);
    }

    static OAuth2TokenValidator<Jwt> audienceValidator(String audience) {
        return jwt -> {
            List<String> audiences = jwt.getAudience();
            if (audience == null || audience.isBlank() || (audiences != null && audiences.contains(audience))) {
                return OAuth2TokenValidatorResult.success();
            }
            return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                    "The token is not meant for audience " + audience, null));
        };
    }
}
