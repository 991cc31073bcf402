package vn.thidua.shared.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class PlatformJwtConverterTest {

    private final PlatformJwtConverter converter = new PlatformJwtConverter();

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("t").header("alg", "RS256").issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300)).subject("user-1").claim("preferred_username", "laichau.commune");
    }

    @Test
    void aCommuneOfficerIsMappedWithUnitLevelAndTenant() {
        Jwt jwt = token().claim("realm_access", Map.of("roles", List.of("commune-officer", "offline_access",
                "default-roles-thidua"))).claim("unit_code", "03390").claim("unit_level", "commune")
                .claim("tenant", "12").build();

        PlatformAuthentication authentication = converter.convert(jwt);
        PlatformPrincipal principal = authentication.platformPrincipal();

        assertThat(principal.roles()).containsExactly(PlatformRole.COMMUNE_OFFICER);
        assertThat(principal.unitCode()).isEqualTo("03390");
        assertThat(principal.unitLevel()).isEqualTo(UnitLevel.COMMUNE);
        assertThat(principal.tenant()).isEqualTo("12");
        assertThat(principal.username()).isEqualTo("laichau.commune");
        assertThat(principal.isNational()).isFalse();
        assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_commune-officer");
    }

    @Test
    void theNationalBoardHasNoTenantEvenIfTheTokenCarriesOne() {
        Jwt jwt = token().claim("realm_access", Map.of("roles", List.of("national-admin")))
                .claim("unit_code", "VN").claim("unit_level", "national").claim("tenant", "12").build();

        PlatformPrincipal principal = converter.toPrincipal(jwt);

        assertThat(principal.tenant()).isNull();
        assertThat(principal.isNational()).isTrue();
    }

    @Test
    void aTokenWithoutPlatformClaimsGivesAPrincipalThatIsNothing() {
        PlatformPrincipal principal = converter.toPrincipal(token().build());

        assertThat(principal.roles()).isEmpty();
        assertThat(principal.unitLevel()).isNull();
        assertThat(principal.tenant()).isNull();
        assertThat(principal.isNational()).isFalse();
    }

    @Test
    void aNationalLevelWithoutANationalRoleIsNotTheNationalBoard() {
        Jwt jwt = token().claim("realm_access", Map.of("roles", List.of("commune-officer")))
                .claim("unit_level", "national").build();

        assertThat(converter.toPrincipal(jwt).isNational()).isFalse();
    }
}
