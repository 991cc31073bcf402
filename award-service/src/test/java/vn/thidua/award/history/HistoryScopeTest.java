package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/** Who reads a unit's whole history, predecessors' awards included (made under paths that do not name it). */
class HistoryScopeTest {

    static PlatformPrincipal user(String tenant, String unit, UnitLevel level, PlatformRole role) {
        return new PlatformPrincipal("s", "u", "u", Set.of(role), tenant, unit, level);
    }

    @Test
    void aUnitsOfficersAndTheirProvinceReadItsWholeHistoryWhenTheirScopeCoversTheUnitToday() {
        List<String> binhLuToday = List.of("12", "03390");
        assertThat(AwardHistory.ownHistory(user("12", "03390", UnitLevel.COMMUNE, PlatformRole.COMMUNE_OFFICER),
                binhLuToday)).isTrue();
        assertThat(AwardHistory.ownHistory(user("12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN),
                binhLuToday)).isTrue();
    }

    @Test
    void otherCommunesOtherProvincesAndOldCodesGetPlainScope() {
        List<String> binhLuToday = List.of("12", "03390");
        assertThat(AwardHistory.ownHistory(user("12", "03430", UnitLevel.COMMUNE, PlatformRole.COMMUNE_OFFICER),
                binhLuToday)).isFalse();
        assertThat(AwardHistory.ownHistory(user("04", "04", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN),
                binhLuToday)).isFalse();
        // An old code is no unit today (empty path): only what the caller's scope covers.
        assertThat(AwardHistory.ownHistory(user("12", "03390", UnitLevel.COMMUNE, PlatformRole.COMMUNE_OFFICER),
                List.of())).isFalse();
        // The national board needs no widening: it sees everything.
        assertThat(AwardHistory.ownHistory(user(null, "00", UnitLevel.NATIONAL, PlatformRole.INSPECTOR),
                binhLuToday)).isFalse();
    }
}
