package vn.thidua.shared.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one place where token claims become the platform principal; the gateway and every service use it.
 *
 * <p>Claims (set by the realm's protocol mappers): {@code realm_access.roles}, {@code unit_code},
 * {@code unit_level}, {@code tenant}. A national user carries no tenant.
 */
public class PlatformJwtConverter implements Converter<Jwt, PlatformAuthentication> {

    public static final String CLAIM_UNIT_CODE = "unit_code";
    public static final String CLAIM_UNIT_LEVEL = "unit_level";
    public static final String CLAIM_TENANT = "tenant";

    @Override
    public PlatformAuthentication convert(Jwt jwt) {
        PlatformPrincipal principal = toPrincipal(jwt);
        Collection<GrantedAuthority> authorities = principal.roles().stream()
                .map(r -> (GrantedAuthority) new SimpleGrantedAuthority(r.authority()))
                .toList();
        return new PlatformAuthentication(jwt, authorities, principal);
    }

    public PlatformPrincipal toPrincipal(Jwt jwt) {
        Set<PlatformRole> roles = EnumSet.noneOf(PlatformRole.class);
        Object realmAccess = jwt.getClaims().get("realm_access");
        if (realmAccess instanceof Map<?, ?> access && access.get("roles") instanceof List<?> names) {
            for (Object name : names) {
                PlatformRole.fromClaim(String.valueOf(name)).ifPresent(roles::add);
            }
        }
        UnitLevel level = UnitLevel.fromClaim(jwt.getClaimAsString(CLAIM_UNIT_LEVEL));
        String tenant = blankToNull(jwt.getClaimAsString(CLAIM_TENANT));
        if (level == UnitLevel.NATIONAL) {
            tenant = null;
        }
        String username = jwt.getClaimAsString("preferred_username");
        return new PlatformPrincipal(
                jwt.getSubject(),
                username != null ? username : jwt.getSubject(),
                jwt.getClaimAsString("name"),
                roles,
                tenant,
                blankToNull(jwt.getClaimAsString(CLAIM_UNIT_CODE)),
                level);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
