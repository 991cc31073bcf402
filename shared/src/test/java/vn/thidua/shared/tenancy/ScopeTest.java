package vn.thidua.shared.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/** A user acts within the subtree of their unit; the national board above all tenants. */
class ScopeTest {

    static PlatformPrincipal user(String tenant, String unit, UnitLevel level, PlatformRole role) {
        return new PlatformPrincipal("s", "u", null, Set.of(role), tenant, unit, level);
    }

    // A dossier of commune 03390 (Bình Lư), under district 106 (Tam Đường), in Lai Châu (12).
    static final List<String> COMMUNE_PATH = List.of("12", "106", "03390");

    @Test
    void theProvinceSeesEverythingInItsTenant() {
        assertThat(Scope.covers(user("12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN), "12",
                COMMUNE_PATH)).isTrue();
    }

    @Test
    void theDistrictSeesItsCommunes() {
        assertThat(Scope.covers(user("12", "106", UnitLevel.DISTRICT, PlatformRole.DISTRICT_OFFICER), "12",
                COMMUNE_PATH)).isTrue();
    }

    @Test
    void aCommuneSeesItselfButNotItsNeighbour() {
        PlatformPrincipal binhLu = user("12", "03390", UnitLevel.COMMUNE, PlatformRole.COMMUNE_OFFICER);
        assertThat(Scope.covers(binhLu, "12", COMMUNE_PATH)).isTrue();
        assertThat(Scope.covers(binhLu, "12", List.of("12", "106", "03391"))).isFalse();
    }

    @Test
    void anotherProvinceSeesNothingEvenWithTheSameUnitCodeInThePath() {
        PlatformPrincipal caoBang = user("04", "04", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
        assertThat(Scope.covers(caoBang, "12", List.of("12", "04"))).isFalse();
    }

    @Test
    void theNationalBoardSeesEveryTenant() {
        PlatformPrincipal national = user(null, "VN", UnitLevel.NATIONAL, PlatformRole.NATIONAL_ADMIN);
        assertThat(Scope.covers(national, "12", COMMUNE_PATH)).isTrue();
        assertThat(Scope.covers(national, "44", List.of("44"))).isTrue();
    }

    @Test
    void aUserWithoutTenantOrUnitSeesNothing() {
        PlatformPrincipal nobody = new PlatformPrincipal("s", "u", null, Set.of(), null, null, null);
        assertThat(Scope.covers(nobody, "12", COMMUNE_PATH)).isFalse();
        assertThat(ScopeQueries.visibleTo(nobody).getCriteriaObject().toJson()).contains("tenant");
    }

    @Test
    void queriesStartWithTheTenant() {
        var criteria = ScopeQueries.visibleTo(user("12", "106", UnitLevel.DISTRICT, PlatformRole.DISTRICT_OFFICER))
                .getCriteriaObject();
        assertThat(criteria.keySet()).containsExactly("tenant", "unitPath");
        assertThat(criteria.get("tenant")).isEqualTo("12");
        assertThat(criteria.get("unitPath")).isEqualTo("106");
    }
}
