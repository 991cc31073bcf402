package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.APPRAISER;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DECISION_SIGNER;
import static vn.thidua.shared.security.PlatformRole.DEPARTMENT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DISTRICT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.award.dossiers.PersonalDataAccess.Parties;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/**
 * Citizen ids, birth dates and addresses for those who prepare, appraise and decide a dossier, masked for the
 * rest; on units written here: province 77 with district 771 (before the reform), commune 77001, standing agency
 * 77-SNN, and province 88.
 */
class PersonalDataTest {

    static PlatformPrincipal user(String tenant, String unit, UnitLevel level, PlatformRole... roles) {
        return new PlatformPrincipal("u", "u", "u", Set.of(roles), tenant, unit, level);
    }

    /** A commune's dossier held by the standing agency (on its way to the province). */
    static final Parties ON_ITS_WAY = new Parties("77", "77001", "77-SNN", null, false);
    static final Parties PROPOSED_TO_NATION = new Parties("77", "77001", "VN", null, true);

    @Test
    void theProposingUnitAndTheProvinceThatAppraisesAndDecidesSeeItInFull() {
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77001", UnitLevel.COMMUNE, COMMUNE_OFFICER),
                ON_ITS_WAY)).isTrue();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77", UnitLevel.PROVINCE, PROVINCE_ADMIN),
                ON_ITS_WAY)).isTrue();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77", UnitLevel.PROVINCE, APPRAISER),
                ON_ITS_WAY)).isTrue();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77", UnitLevel.PROVINCE, DECISION_SIGNER),
                ON_ITS_WAY)).as("the province's chairman decides").isTrue();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77001", UnitLevel.COMMUNE, DECISION_SIGNER),
                new Parties("77", "77001", "77001", null, false))).as("a commune chairman deciding its Giấy khen")
                .isTrue();
    }

    @Test
    void unitsOnTheRouteInspectorsAndOtherProvincesSeeItMasked() {
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "771", UnitLevel.DISTRICT, DISTRICT_OFFICER),
                ON_ITS_WAY)).isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77-SNN", UnitLevel.AGENCY, DEPARTMENT_OFFICER),
                ON_ITS_WAY)).as("the standing agency forwards it").isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77", UnitLevel.PROVINCE, INSPECTOR),
                ON_ITS_WAY)).isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "77001", UnitLevel.COMMUNE, INSPECTOR),
                ON_ITS_WAY)).isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(user(null, "VN", UnitLevel.NATIONAL, INSPECTOR),
                ON_ITS_WAY)).isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("88", "88", UnitLevel.PROVINCE, PROVINCE_ADMIN),
                ON_ITS_WAY)).isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(user("77", "771", UnitLevel.DISTRICT, DECISION_SIGNER),
                ON_ITS_WAY)).as("a signer of a unit that does not decide it").isFalse();
    }

    @Test
    void theNationalBoardSeesItOnlyForAStateAwardProposedToIt() {
        PlatformPrincipal board = user(null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN);
        assertThat(PersonalDataAccess.mayReadUnmasked(board, ON_ITS_WAY)).isFalse();
        assertThat(PersonalDataAccess.mayReadUnmasked(board, PROPOSED_TO_NATION)).isTrue();
    }

    @Test
    void maskedDataTellsNomineesApartAndGivesNothingAway() {
        assertThat(PersonalDataMask.personalId("012084000123")).isEqualTo("0xxxxxxxx123");
        assertThat(PersonalDataMask.personalId("012345678")).isEqualTo("0xxxxx678");
        assertThat(PersonalDataMask.birthDate(LocalDate.of(1984, 5, 12))).isEqualTo("1984-xx-xx");
        assertThat(PersonalDataMask.address("Bản Tả Lèng, xã Tả Lèng, tỉnh Lai Châu"))
                .isEqualTo("xxx, tỉnh Lai Châu");
        assertThat(PersonalDataMask.address("Số 5 Lê Lợi")).isEqualTo("xxx");
        assertThat(PersonalDataMask.personalId(null)).isNull();
    }

    @Test
    void aMaskedNomineeSaysSoAndACollectiveHasNothingToMask() {
        Nominee person = new Nominee(Nominee.Type.INDIVIDUAL, "Giàng A Sử", "012084000101",
                LocalDate.of(1984, 5, 12), null, null, null, null, "Bản Tả Lèng, xã Tả Lèng");
        NomineeView masked = NomineeView.masked(person);
        assertThat(masked.masked()).isTrue();
        assertThat(masked.personalId()).isEqualTo("0xxxxxxxx101");
        assertThat(masked.birthDate()).isEqualTo("1984-xx-xx");
        assertThat(masked.address()).isEqualTo("xxx, xã Tả Lèng");
        assertThat(masked.name()).isEqualTo("Giàng A Sử");
        assertThat(NomineeView.full(person).personalId()).isEqualTo("012084000101");
        assertThat(DossierViews.fields(person)).containsExactly("personalId", "birthDate", "address");
        Nominee commune = new Nominee(Nominee.Type.UNIT, "Xã Tả Lèng", null, null, null, null, null, "03405", null);
        assertThat(NomineeView.masked(commune).masked()).isFalse();
    }
}
