package vn.thidua.shared.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.PlatformSecurityProperties;
import vn.thidua.shared.security.TrustedIssuers;
import vn.thidua.shared.security.UnitLevel;

/**
 * JWTs shaped like the realm's, signed by a key made for the test run, so web tests go through the production
 * security chain and the production claims converter.
 */
public final class TestTokens {

    public static final String ISSUER = "https://issuer.test.thidua.local/realms/thidua";
    private static final RSAKey KEY = generate();
    private static final RSAKey FOREIGN_KEY = generate();

    private TestTokens() {
    }

    public static String token(String subject, String tenant, String unitCode, UnitLevel level, PlatformRole... roles) {
        return sign(KEY, claims(subject, tenant, unitCode, level, roles).build());
    }

    public static String expired(String subject, String tenant, String unitCode, UnitLevel level,
            PlatformRole... roles) {
        Instant past = Instant.now().minusSeconds(3600);
        return sign(KEY, claims(subject, tenant, unitCode, level, roles)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build());
    }

    public static String signedByForeignKey(String subject, String tenant, String unitCode, UnitLevel level,
            PlatformRole... roles) {
        return sign(FOREIGN_KEY, claims(subject, tenant, unitCode, level, roles).build());
    }

    public static String fromIssuer(String issuer, String subject, String tenant, String unitCode, UnitLevel level,
            PlatformRole... roles) {
        return sign(KEY, claims(subject, tenant, unitCode, level, roles).issuer(issuer).build());
    }

    /** The decoders the services use, except that the test issuer's keys are the test key. */
    public static TrustedIssuers<JwtDecoder> trustedIssuers() {
        PlatformSecurityProperties properties = new PlatformSecurityProperties();
        PlatformSecurityProperties.Issuer issuer = new PlatformSecurityProperties.Issuer();
        issuer.setIssuerUri(ISSUER);
        properties.getIssuers().add(issuer);
        TrustedIssuers<JwtDecoder>[] holder = new TrustedIssuers[1];
        holder[0] = new TrustedIssuers<>(properties, i -> {
            try {
                NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(KEY.toRSAPublicKey()).build();
                decoder.setJwtValidator(holder[0].validatorFor(i.getIssuerUri()));
                return decoder;
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        });
        return holder[0];
    }

    private static JWTClaimsSet.Builder claims(String subject, String tenant, String unitCode, UnitLevel level,
            PlatformRole... roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(subject)
                .audience(List.of("thidua-api"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .jwtID(UUID.randomUUID().toString())
                .claim("azp", "thidua-dev-cli")
                .claim("preferred_username", subject)
                .claim("realm_access", Map.of("roles",
                        Arrays.stream(roles).map(PlatformRole::claimName).toList()))
                .claim("unit_code", unitCode)
                .claim("unit_level", level == null ? null : level.name().toLowerCase());
        if (tenant != null) {
            builder.claim("tenant", tenant);
        }
        return builder;
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
