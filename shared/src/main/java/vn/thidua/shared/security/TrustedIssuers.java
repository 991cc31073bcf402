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
    private final Map<String, D> decoders = new ConcurrentHashMap<>();
    private final Function<PlatformSecurityProperties.Issuer, D> decoderFactory;
    private final String audience;

    public TrustedIssuers(PlatformSecurityProperties properties,
            Function<PlatformSecurityProperties.Issuer, D> decoderFactory) {
        this.byIssuer = new ConcurrentHashMap<>();
        for (PlatformSecurityProperties.Issuer issuer : properties.getIssuers()) {
            byIssuer.put(issuer.getIssuerUri(), issuer);
        }
        this.decoderFactory = decoderFactory;
        this.audience = properties.getAudience();
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
                audienceValidator(audience));
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
