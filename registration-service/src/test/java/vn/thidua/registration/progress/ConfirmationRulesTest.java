package vn.thidua.registration.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.progress.ProgressRecord.Confirmation;
import vn.thidua.registration.progress.ProgressRecord.Standing;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/**
 * Who confirms a declared value, on units written here (province 77, district 771, communes 77001 and 77002),
 * with the path a value carries before 1 July 2025 (77 → 771 → 77001) and after it (77 → 77001: no district).
 */
class ConfirmationRulesTest {

    static final List<String> BEFORE_REFORM = List.of("77", "771", "77001");
    static final List<String> AFTER_REFORM = List.of("77", "77001");

    static PlatformPrincipal user(String name, String tenant, String unit, UnitLevel level, PlatformRole role) {
        return new PlatformPrincipal(name, name, name, Set.of(role), tenant, unit, level);
    }

    static final PlatformPrincipal COMMUNE = user("commune", "77", "77001", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    static final PlatformPrincipal NEIGHBOUR = user("neighbour", "77", "77002", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    static final PlatformPrincipal DISTRICT = user("district", "77", "771", UnitLevel.DISTRICT, DISTRICT_OFFICER);
    static final PlatformPrincipal PROVINCE = user("province", "77", "77", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    static final PlatformPrincipal OTHER_PROVINCE = user("other", "88", "88", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    static final PlatformPrincipal INSPECTING = user("inspector", "77", "77", UnitLevel.PROVINCE, INSPECTOR);
    static final PlatformPrincipal NATIONAL = user("board", null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN);

    static ProgressRecord declared(List<String> path, PlatformPrincipal by) {
        String unit = path.getLast();
        return new ProgressRecord("p", "77", path, unit, "x", null, null, "NTM_STANDARD_MET", BigDecimal.ZERO,
                "FLAG", "2024-11-30", null, List.of(), 0L, by.username(), Instant.EPOCH, Instant.EPOCH, 0, null,
                by.username(), by.unitCode(), Instant.EPOCH, null, List.of());
    }

    @Test
    void beforeTheReformTheDistrictOrTheProvinceConfirmsACommunesValue() {
        ProgressRecord value = declared(BEFORE_REFORM, COMMUNE);
        assertThat(ConfirmationRules.refusal(DISTRICT, value)).isEmpty();
        assertThat(ConfirmationRules.refusal(PROVINCE, value)).isEmpty();
    }

    @Test
    void afterTheReformTheLevelAboveACommuneIsTheProvinceAlone() {
        ProgressRecord value = declared(AFTER_REFORM, COMMUNE);
        assertThat(ConfirmationRules.refusal(PROVINCE, value)).isEmpty();
        assertThat(ConfirmationRules.refusal(DISTRICT, value)).contains("not-level-above");
    }

    @Test
    void theDeclaringUnitCannotConfirmItsOwnValue() {
        assertThat(ConfirmationRules.refusal(COMMUNE, declared(AFTER_REFORM, COMMUNE))).contains("not-level-above");
        // The province declared the commune's value itself: it may not confirm it a second time.
        ProgressRecord byProvince = declared(AFTER_REFORM, PROVINCE);
        assertThat(ConfirmationRules.refusal(PROVINCE, byProvince)).contains("own-declaration");
        // Nor may the same person from another unit.
        PlatformPrincipal samePersonElsewhere = user("commune", "77", "771", UnitLevel.DISTRICT, DISTRICT_OFFICER);
        assertThat(ConfirmationRules.refusal(samePersonElsewhere, declared(BEFORE_REFORM, COMMUNE)))
                .contains("own-declaration");
    }

    @Test
    void noUnitBesideOrBelowAndNoOtherProvinceConfirms() {
        ProgressRecord value = declared(AFTER_REFORM, COMMUNE);
        assertThat(ConfirmationRules.refusal(NEIGHBOUR, value)).contains("not-level-above");
        assertThat(ConfirmationRules.refusal(OTHER_PROVINCE, value)).contains("not-level-above");
        assertThat(ConfirmationRules.refusal(INSPECTING, value)).contains("not-level-above");
        assertThat(ConfirmationRules.refusal(NATIONAL, value)).contains("not-level-above");
    }

    @Test
    void theNationalBoardIsTheLevelAboveAProvincesOwnValue() {
        ProgressRecord provinceValue = declared(List.of("77"), PROVINCE);
        assertThat(ConfirmationRules.refusal(NATIONAL, provinceValue)).isEmpty();
        assertThat(ConfirmationRules.refusal(PROVINCE, provinceValue)).contains("not-level-above");
    }

    @Test
    void aValueIsDecidedOnceUntilItIsCorrected() {
        ProgressRecord value = declared(AFTER_REFORM, COMMUNE);
        ProgressRecord confirmed = new ProgressRecord(value.id(), value.tenant(), value.unitPath(), value.unitCode(),
                value.unitName(), null, null, value.indicator(), value.value(), value.unitOfMeasure(),
                value.measuredOn(), null, List.of(), 1L, value.createdBy(), Instant.EPOCH, Instant.EPOCH, 0, null,
                value.declaredBy(), value.declaredByUnit(), Instant.EPOCH,
                new Confirmation(Standing.CONFIRMED, "province", "77", Instant.EPOCH, "QĐ 1/QĐ-UBND", null),
                List.of());
        assertThat(ConfirmationRules.refusal(PROVINCE, confirmed)).contains("already-decided");
    }

    @Test
    void aValueTheLevelAboveEntersItselfStandsConfirmedAndACommunesOwnDoesNot() {
        assertThat(ConfirmationRules.entersConfirmed(PROVINCE, "77", AFTER_REFORM, "77001")).isTrue();
        assertThat(ConfirmationRules.entersConfirmed(DISTRICT, "77", BEFORE_REFORM, "77001")).isTrue();
        assertThat(ConfirmationRules.entersConfirmed(COMMUNE, "77", AFTER_REFORM, "77001")).isFalse();
        assertThat(ConfirmationRules.entersConfirmed(DISTRICT, "77", AFTER_REFORM, "77001")).isFalse();
        assertThat(ConfirmationRules.entersConfirmed(INSPECTING, "77", AFTER_REFORM, "77001")).isFalse();
    }
}
