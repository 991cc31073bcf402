package vn.thidua.registration.units;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.units.WritePolicy.Decision.ALLOWED;
import static vn.thidua.registration.units.WritePolicy.Decision.FORBIDDEN;
import static vn.thidua.registration.units.WritePolicy.Decision.OUT_OF_SCOPE;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.security.PlatformPrincipal;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;

/** Who may register units, and where. */
class WritePolicyTest {

    static PlatformPrincipal user(PlatformRole role, String tenant, String unit, UnitLevel level) {
        return new PlatformPrincipal("s", "u", "U", Set.of(role), tenant, unit, level);
    }

    static final PlatformPrincipal NATIONAL = user(PlatformRole.NATIONAL_ADMIN, null, "VN", UnitLevel.NATIONAL);
    static final PlatformPrincipal LAI_CHAU_ADMIN = user(PlatformRole.PROVINCE_ADMIN, "12", "12", UnitLevel.PROVINCE);
    static final PlatformPrincipal BINH_LU_OFFICER = user(PlatformRole.COMMUNE_OFFICER, "12", "03390",
            UnitLevel.COMMUNE);
    static final PlatformPrincipal TAM_DUONG_OFFICER = user(PlatformRole.DISTRICT_OFFICER, "12", "106",
            UnitLevel.DISTRICT);
    static final PlatformPrincipal APPRAISER = user(PlatformRole.APPRAISER, "12", "12", UnitLevel.PROVINCE);

    static final Unit LAI_CHAU = Unit.official("12", Level.PROVINCE, "Tỉnh", "Tỉnh Lai Châu", null, "12", "12",
            List.of("12"), "2025-07-01", Validity.OPEN_END);
    static final Unit CAO_BANG = Unit.official("04", Level.PROVINCE, "Tỉnh", "Tỉnh Cao Bằng", null, "04", "04",
            List.of("04"), "2025-07-01", Validity.OPEN_END);
    static final Unit BINH_LU = Unit.official("03390", Level.COMMUNE, "Xã", "Xã Bình Lư", "12", "12", "12",
            List.of("12", "03390"), "2025-07-01", Validity.OPEN_END);
    static final Unit SIN_SUOI_HO = Unit.official("03394", Level.COMMUNE, "Xã", "Xã Sin Suối Hồ", "12", "12", "12",
            List.of("12", "03394"), "2025-07-01", Validity.OPEN_END);
    static final Unit TA_LENG_BEFORE = Unit.official("03400", Level.COMMUNE, "Xã", "Xã Tả Lèng", "106", "12", "12",
            List.of("12", "106", "03400"), Validity.OPEN_START, "2025-06-30");

    @Test
    void theNationalAdminWritesAnyKindAnywhere() {
        assertThat(WritePolicy.decide(NATIONAL, Level.AGENCY, CAO_BANG)).isEqualTo(ALLOWED);
        assertThat(WritePolicy.decide(NATIONAL, Level.VILLAGE, BINH_LU)).isEqualTo(ALLOWED);
    }

    @Test
    void aProvinceAdminWritesAnyKindInsideTheirTenantOnly() {
        for (Level level : List.of(Level.AGENCY, Level.MASS_ORGANISATION, Level.ENTERPRISE, Level.COOPERATIVE)) {
            assertThat(WritePolicy.decide(LAI_CHAU_ADMIN, level, LAI_CHAU)).as(level.name()).isEqualTo(ALLOWED);
            assertThat(WritePolicy.decide(LAI_CHAU_ADMIN, level, CAO_BANG)).as(level.name()).isEqualTo(OUT_OF_SCOPE);
        }
        assertThat(WritePolicy.decide(LAI_CHAU_ADMIN, Level.VILLAGE, BINH_LU)).isEqualTo(ALLOWED);
    }

    @Test
    void aCommuneOfficerWritesVillagesOfTheirCommuneOnly() {
        assertThat(WritePolicy.decide(BINH_LU_OFFICER, Level.VILLAGE, BINH_LU)).isEqualTo(ALLOWED);
        assertThat(WritePolicy.decide(BINH_LU_OFFICER, Level.VILLAGE, SIN_SUOI_HO)).isEqualTo(OUT_OF_SCOPE);
        assertThat(WritePolicy.decide(BINH_LU_OFFICER, Level.AGENCY, LAI_CHAU)).isEqualTo(FORBIDDEN);
        assertThat(WritePolicy.decide(BINH_LU_OFFICER, Level.ENTERPRISE, BINH_LU)).isEqualTo(FORBIDDEN);
    }

    @Test
    void aDistrictOfficerWritesVillagesOfCommunesWhosePathHoldsTheDistrict() {
        assertThat(WritePolicy.decide(TAM_DUONG_OFFICER, Level.VILLAGE, TA_LENG_BEFORE)).isEqualTo(ALLOWED);
        // Post-reform communes have no district above them.
        assertThat(WritePolicy.decide(TAM_DUONG_OFFICER, Level.VILLAGE, BINH_LU)).isEqualTo(OUT_OF_SCOPE);
        assertThat(WritePolicy.decide(TAM_DUONG_OFFICER, Level.AGENCY, LAI_CHAU)).isEqualTo(FORBIDDEN);
    }

    @Test
    void otherRolesWriteNothing_andNobodyWritesOfficialLevels() {
        assertThat(WritePolicy.decide(APPRAISER, Level.AGENCY, LAI_CHAU)).isEqualTo(FORBIDDEN);
        assertThat(WritePolicy.mayWrite(APPRAISER, null)).isFalse();
        assertThat(WritePolicy.mayWrite(NATIONAL, Level.COMMUNE)).isFalse();
    }

    static Unit registered(String code, Level level, String parent, List<String> path) {
        return new Unit(code, code, level, null, code, List.of(), parent, path.getFirst(), path.getFirst(), path,
                "2025-07-01", Validity.OPEN_END, false, code, List.of(), 0L, "t", null, null, null, null);
    }

    static final Unit BAN_DAN_TOC = registered("04-BDT", Level.AGENCY, "04", List.of("04", "04-BDT"));
    static final Unit SO_Y_TE = registered("04-SYT", Level.AGENCY, "04", List.of("04", "04-SYT"));
    static final Unit WOMENS_UNION = registered("04-HLHPN", Level.MASS_ORGANISATION, "04", List.of("04", "04-HLHPN"));
    static final PlatformPrincipal BDT_OFFICER = user(PlatformRole.DEPARTMENT_OFFICER, "04", "04-BDT",
            UnitLevel.AGENCY);
    static final PlatformPrincipal CAO_BANG_ADMIN = user(PlatformRole.PROVINCE_ADMIN, "04", "04", UnitLevel.PROVINCE);

    @Test
    void anAgencysOfficerRegistersDivisionsOfTheirOwnAgencyOnly() {
        assertThat(WritePolicy.decide(BDT_OFFICER, Level.DIVISION, BAN_DAN_TOC)).isEqualTo(ALLOWED);
        assertThat(WritePolicy.decide(BDT_OFFICER, Level.DIVISION, SO_Y_TE)).isEqualTo(OUT_OF_SCOPE);
        assertThat(WritePolicy.decide(BDT_OFFICER, Level.DIVISION, BINH_LU)).as("other tenant")
                .isEqualTo(OUT_OF_SCOPE);
        assertThat(WritePolicy.decide(BDT_OFFICER, Level.AGENCY, CAO_BANG)).isEqualTo(FORBIDDEN);
        assertThat(WritePolicy.decide(BDT_OFFICER, Level.VILLAGE, BAN_DAN_TOC)).isEqualTo(FORBIDDEN);
    }

    @Test
    void theProvinceAdminRegistersDivisionsOfAnyAgencyOrOrganisationOfTheTenant() {
        assertThat(WritePolicy.decide(CAO_BANG_ADMIN, Level.DIVISION, SO_Y_TE)).isEqualTo(ALLOWED);
        assertThat(WritePolicy.decide(CAO_BANG_ADMIN, Level.DIVISION, WOMENS_UNION)).isEqualTo(ALLOWED);
        assertThat(WritePolicy.decide(LAI_CHAU_ADMIN, Level.DIVISION, SO_Y_TE)).isEqualTo(OUT_OF_SCOPE);
        assertThat(WritePolicy.decide(BINH_LU_OFFICER, Level.DIVISION, BAN_DAN_TOC)).isEqualTo(FORBIDDEN);
    }

    @Test
    void aDivisionHangsUnderAnAgencyOrMassOrganisationOnly() {
        assertThat(Level.DIVISION.allowedParents()).containsExactlyInAnyOrder(Level.AGENCY, Level.MASS_ORGANISATION);
        assertThat(Level.DIVISION.official()).isFalse();
    }
}
