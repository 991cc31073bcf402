package vn.thidua.registration.units;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.registration.units.UnitRegistryApiTest.codes;
import static vn.thidua.registration.units.UnitRegistryApiTest.suffix;
import static vn.thidua.registration.units.UnitRegistryApiTest.unit;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.DEPARTMENT_OFFICER;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.TestTokens;

/** Divisions (phòng, ban, đơn vị trực thuộc) of an agency as registered units, with their path under it. */
class DivisionApiTest extends RegistryWebTest {

    final String caoBangAdmin = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String laiChauAdmin = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String laiChauCommune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    String agency(String prefix, String name) {
        String code = prefix + suffix();
        var created = http.post("/api/v1/units", unit(code, "AGENCY", name, "04", "2025-07-01")).token(caoBangAdmin)
                .send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return code;
    }

    @Test
    void anAgencysOfficerRegistersADivisionUnderTheirAgency_andItsPathPutsItInTheAgencysScope() {
        String bdt = agency("04-BDT", "Ban Dân tộc tỉnh Cao Bằng");
        String officer = TestTokens.token("cb-bdt-officer", "04", bdt, UnitLevel.AGENCY, DEPARTMENT_OFFICER);
        var division = http.post("/api/v1/units", unit(null, "DIVISION", "Phòng Chính sách dân tộc", bdt,
                "2025-07-01")).token(officer).send();
        assertThat(division.status()).as(division.text()).isEqualTo(201);
        String code = division.json().get("code").asString();
        assertThat(code).startsWith("04-PB-");
        assertThat(codes(division.json().get("path"), "")).containsExactly("04", bdt, code);
        assertThat(division.json().get("tenant").asString()).isEqualTo("04");

        assertThat(http.get("/api/v1/units/" + code).token(officer).send().status()).isEqualTo(200);
        var children = http.get("/api/v1/units/" + bdt + "/children?level=DIVISION").token(officer).send();
        assertThat(children.status()).as(children.text()).isEqualTo(200);
        assertThat(codes(children.json().get("items"), "/code")).containsExactly(code);
        var rename = unit(code, "DIVISION", "Phòng Chính sách", bdt, "2025-07-01");
        assertThat(http.put("/api/v1/units/" + code, rename).token(officer).header("If-Match", "\"0\"").send()
                .status()).isEqualTo(200);
    }

    @Test
    void theProvinceAdminRegistersADivisionOfAnyAgencyOfTheTenant() {
        String syt = agency("04-SYT", "Sở Y tế tỉnh Cao Bằng");
        var division = http.post("/api/v1/units", unit(null, "DIVISION", "Chi cục Dân số", syt, "2025-07-01"))
                .token(caoBangAdmin).send();
        assertThat(division.status()).as(division.text()).isEqualTo(201);
        assertThat(codes(division.json().get("path"), "")).containsExactly("04", syt,
                division.json().get("code").asString());
    }

    @Test
    void anotherAgencysOfficerGets404_otherRoles403_andAnotherTenant404() {
        String syt = agency("04-SYT", "Sở Y tế tỉnh Cao Bằng");
        String bdt = agency("04-BDT", "Ban Dân tộc tỉnh Cao Bằng");
        String bdtOfficer = TestTokens.token("cb-bdt-officer", "04", bdt, UnitLevel.AGENCY, DEPARTMENT_OFFICER);
        assertThat(http.post("/api/v1/units", unit(null, "DIVISION", "Phòng X", syt, "2025-07-01")).token(bdtOfficer)
                .send().status()).as("another agency").isEqualTo(404);
        assertThat(http.post("/api/v1/units", unit(null, "AGENCY", "Sở X", "04", "2025-07-01")).token(bdtOfficer)
                .send().status()).as("an agency officer registers no agencies").isEqualTo(403);
        assertThat(http.post("/api/v1/units", unit(null, "DIVISION", "Phòng X", bdt, "2025-07-01"))
                .token(laiChauCommune).send().status()).isEqualTo(403);
        assertThat(http.post("/api/v1/units", unit(null, "DIVISION", "Phòng X", bdt, "2025-07-01"))
                .token(laiChauAdmin).send().status()).as("another tenant").isEqualTo(404);
        var underCommune = http.post("/api/v1/units", unit(null, "DIVISION", "Phòng X", "03390", "2025-07-01"))
                .token(laiChauAdmin).send();
        assertThat(underCommune.status()).isEqualTo(400);
        assertThat(underCommune.json().get("errors").get(0).get("field").asString()).isEqualTo("parentCode");
    }
}
