package vn.thidua.shared.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a trusted issuer may assert (giới hạn của một nơi cấp token): the tenants (provinces) its users may belong to
 * and the highest unit level it may give them. The platform's own realm is national over every tenant; a province's
 * own realm is bound to its province and to province level: a token from it that claims national-admin, the national
 * level, no tenant or another province's tenant is refused, so one compromised or careless realm cannot reach past
 * its province.
 *
 * @param tenants  the provinces' codes, or {@link #ALL_TENANTS} alone for every tenant
 * @param maxLevel the highest level: {@link UnitLevel#NATIONAL} or {@link UnitLevel#PROVINCE} (a province realm)
 */
public record IssuerBounds(Set<String> tenants, UnitLevel maxLevel) {

    public static final String ALL_TENANTS = "*";

    /** Roles that act above every tenant: only a national issuer may assert them. */
    static final Set<PlatformRole> NATIONAL_ROLES = EnumSet.of(PlatformRole.NATIONAL_ADMIN, PlatformRole.REPORT_READER);

    public IssuerBounds {
        tenants = Set.copyOf(tenants);
        if (tenants.isEmpty() || maxLevel == null) {
            throw new IllegalArgumentException("an issuer's bounds need tenants and a max level");
        }
    }

    public static IssuerBounds national() {
        return new IssuerBounds(Set.of(ALL_TENANTS), UnitLevel.NATIONAL);
    }

    public static IssuerBounds province(String... tenants) {
        return new IssuerBounds(Set.of(tenants), UnitLevel.PROVINCE);
    }

    public boolean allTenants() {
        return tenants.contains(ALL_TENANTS);
    }

    /** Why this issuer may not assert this principal, or empty when it may. */
    public Optional<String> refusal(PlatformPrincipal principal) {
        boolean national = maxLevel == UnitLevel.NATIONAL;
        if (!national) {
            if (principal.unitLevel() == UnitLevel.NATIONAL) {
                return Optional.of("issuer may not assert the national level");
            }
            List<PlatformRole> above = principal.roles().stream().filter(NATIONAL_ROLES::contains).toList();
            if (!above.isEmpty()) {
                return Optional.of("issuer may not assert the role " + above.get(0).claimName());
            }
            if (principal.tenant() == null) {
                return Optional.of("issuer's tokens must name a tenant");
            }
        }
        if (principal.tenant() != null && !allTenants() && !tenants.contains(principal.tenant())) {
            return Optional.of("issuer may not assert tenant " + principal.tenant());
        }
        if (principal.tenant() == null && !allTenants()) {
            return Optional.of("issuer's tokens must name a tenant");
        }
        if (!national && !unitInsideTenant(principal)) {
            return Optional.of("issuer's unit " + principal.unitCode() + " is not inside tenant " + principal.tenant());
        }
        return Optional.empty();
    }

    /**
     * A province-level unit is the province itself; an agency's code starts with the province's (12-SYT). Communes
     * and districts carry bare codes: the tenant filter every query starts with keeps them inside the tenant.
     */
    private static boolean unitInsideTenant(PlatformPrincipal principal) {
        if (principal.unitLevel() == UnitLevel.PROVINCE) {
            return principal.tenant().equals(principal.unitCode());
        }
        if (principal.unitLevel() == UnitLevel.AGENCY) {
            return principal.unitCode() != null && principal.unitCode().startsWith(principal.tenant() + "-");
        }
        return true;
    }
}
