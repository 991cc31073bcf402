package vn.thidua.shared.security;

import java.util.Set;

/**
 * Who is calling and from where: built from the token by {@link PlatformJwtConverter} only.
 *
 * @param tenant province code (tỉnh) the user acts in; {@code null} for the national board, which is above all
 *               tenants
 */
public record PlatformPrincipal(
        String subject,
        String username,
        String displayName,
        Set<PlatformRole> roles,
        String tenant,
        String unitCode,
        UnitLevel unitLevel) {

    public PlatformPrincipal {
        roles = Set.copyOf(roles);
    }

    public boolean has(PlatformRole role) {
        return roles.contains(role);
    }

    public boolean hasAny(PlatformRole... wanted) {
        for (PlatformRole role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The national board sees every tenant; so does the report reader, whose requests {@link ReportReaderAccess}
     * limits to the change feeds and reports.
     */
    public boolean isNational() {
        return unitLevel == UnitLevel.NATIONAL && roles.stream().anyMatch(r -> r == PlatformRole.NATIONAL_ADMIN
                || r == PlatformRole.INSPECTOR || r == PlatformRole.REPORT_READER);
    }
}
