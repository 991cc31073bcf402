package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Two trusted realms as configured in production, each signing with its own key published on a local JWKS endpoint
 * (as Keycloak does), decoded by the services' own decoders ({@link ServletSecurityConfiguration#trustedIssuers}):
 * the platform's realm (national) and Quảng Trị's realm (bound to tenant 44, province level). A token of Quảng Trị's
 * realm that asserts national-admin, the national level or another province is refused.
 */
class ProvinceRealmTokensTest {

    static HttpServer jwks;
    static RSAKey platformKey;
    static RSAKey quangTriKey;
    static String platform;
    static String quangTri;
    static TrustedIssuers<JwtDecoder> issuers;

    @BeforeAll
    static void realms() throws Exception {
        platformKey = new RSAKeyGenerator(2048).keyID("platform").generate();
        quangTriKey = new RSAKeyGenerator(2048).keyID("quangtri").generate();
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        serve("/realms/thidua/protocol/openid-connect/certs", platformKey);
        serve("/realms/quangtri/protocol/openid-connect/certs", quangTriKey);
        jwks.start();
        String base = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/realms/";
        platform = base + "thidua";
        quangTri = base + "quangtri";
        PlatformSecurityProperties properties = new PlatformSecurityProperties();
        PlatformSecurityProperties.Issuer national = new PlatformSecurityProperties.Issuer();
        national.setIssuerUri(platform);
        national.setMaxLevel(UnitLevel.NATIONAL);
        national.setTenants(List.of("*"));
        PlatformSecurityProperties.Issuer province = new PlatformSecurityProperties.Issuer();
        province.setIssuerUri(quangTri);
        province.setMaxLevel(UnitLevel.PROVINCE);
        province.setTenants(List.of("44"));
        properties.setIssuers(List.of(national, province));
        issuers = ServletSecurityConfiguration.trustedIssuers(properties);
    }

    static void serve(String path, RSAKey key) {
        byte[] body = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext(path, exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterAll
    static void stop() {
        jwks.stop(0);
    }

    static String token(RSAKey key, String issuer, String tenant, String unit, String level, String role)
            throws Exception {
        return token(key, issuer, tenant, unit, level, role, "thidua-web");
    }

    static String token(RSAKey key, String issuer, String tenant, String unit, String level, String role,
            String client) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer).subject(UUID.randomUUID().toString())
                .audience(List.of("thidua-api")).issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", client).claim("realm_access", Map.of("roles", List.of(role))).claim("unit_code", unit)
                .claim("unit_level", level);
        if (tenant != null) {
            claims.claim("tenant", tenant);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    static PlatformPrincipal decode(String issuer, String token) {
        return new PlatformJwtConverter().toPrincipal(issuers.decoderFor(issuer).decode(token));
    }

    @Test
    void theProvinceRealmsOwnUsersAreAccepted() throws Exception {
        PlatformPrincipal admin = decode(quangTri, token(quangTriKey, quangTri, "44", "44", "province",
                "province-admin"));
        assertThat(admin.tenant()).isEqualTo("44");
        assertThat(admin.isNational()).isFalse();
        PlatformPrincipal commune = decode(quangTri, token(quangTriKey, quangTri, "44", "19597", "commune",
                "commune-officer"));
        assertThat(commune.roles()).containsExactly(PlatformRole.COMMUNE_OFFICER);
    }

    @Test
    void theProvinceRealmAssertingNationalAdminIsRefused() throws Exception {
        String nationalAdmin = token(quangTriKey, quangTri, null, "VN", "national", "national-admin");
        assertThatThrownBy(() -> decode(quangTri, nationalAdmin)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("issuer may not assert the national level");
        String roleOnly = token(quangTriKey, quangTri, "44", "44", "province", "national-admin");
        assertThatThrownBy(() -> decode(quangTri, roleOnly)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("national-admin");
    }

    @Test
    void theProvinceRealmAssertingAnotherProvinceIsRefused() throws Exception {
        String laiChau = token(quangTriKey, quangTri, "12", "12", "province", "province-admin");
        assertThatThrownBy(() -> decode(quangTri, laiChau)).isInstanceOf(JwtValidationException.class)
                .hasMessageContaining("tenant 12");
    }

    @Test
    void thePlatformRealmAssertsNationalAdmin_andNoRealmSignsForTheOther() throws Exception {
        assertThat(decode(platform, token(platformKey, platform, null, "VN", "national", "national-admin"))
                .isNational()).isTrue();
        String forged = token(quangTriKey, platform, null, "VN", "national", "national-admin");
        assertThatThrownBy(() -> decode(platform, forged)).isInstanceOf(JwtException.class);
    }

    @Test
    void outsideDevelopmentTheOverlaysPasswordClientsAreRefused() throws Exception {
        PlatformSecurityProperties deployed = new PlatformSecurityProperties();
        PlatformSecurityProperties.Issuer national = new PlatformSecurityProperties.Issuer();
        national.setIssuerUri(platform);
        deployed.setIssuers(List.of(national));
        deployed.setAcceptDevelopmentClients(false);
        TrustedIssuers<JwtDecoder> production = ServletSecurityConfiguration.trustedIssuers(deployed);
        String devCli = token(platformKey, platform, "12", "12", "province", "province-admin", "thidua-dev-cli");
        assertThatThrownBy(() -> production.decoderFor(platform).decode(devCli))
                .isInstanceOf(JwtValidationException.class).hasMessageContaining("thidua-dev-cli");
        String web = token(platformKey, platform, "12", "12", "province", "province-admin", "thidua-web");
        assertThat(production.decoderFor(platform).decode(web).getClaimAsString("tenant")).isEqualTo("12");
        assertThat(issuers.decoderFor(platform).decode(devCli).getClaimAsString("azp"))
                .as("in development they serve").isEqualTo("thidua-dev-cli");
    }
}
