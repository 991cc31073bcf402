package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * An agency's internal plan (like seed 002: Ban Dân tộc Cao Bằng, no chain of its own, no measurable targets):
 * its officer prepares and submits the Giấy khen of the head of the agency, the head decides it at the agency's
 * one stop and issues the decision; the officer cannot decide, nor can the province.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class AgencyHeadWebTest {

    static final ServicesFixture SERVICES = new ServicesFixture()
            .answer("/api/v1/campaigns/cb-bdt", """
                    {"id":"cb-bdt","code":"CB-BDT-NTM-2021-2025","name":"Kế hoạch thi đua của Ban Dân tộc tỉnh Cao Bằng",
                     "status":"ACTIVE","tenant":"04","startYear":2021,"endYear":2025,"standingAgencyCode":null,
                     "categories":[{"code":"STAFF","name":"Cán bộ, công chức của Ban","nomineeType":"INDIVIDUAL",
                       "criteria":[{"code":"DUTY","text":"Hoàn thành xuất sắc nhiệm vụ",
                         "condition":{"kind":"JUDGEMENT","text":"Hoàn thành xuất sắc nhiệm vụ"}}]}],
                     "offers":[{"formCode":"GIAY_KHEN_THU_TRUONG_CO_QUAN","categoryCodes":["STAFF"],
                       "rules":[{"kind":"ONCE_PER_NOMINEE","description":"Một lần trong kế hoạch",
                         "legalBasis":"Kế hoạch 45/KH-BDT"}]}],
                     "calendar":{"chains":[]},"version":3}""")
            .answer("/api/v1/campaigns/cb-bdt/schedule?year=2024", """
                    {"campaignId":"cb-bdt","campaignVersion":3,"year":2024,"timeZone":"Asia/Ho_Chi_Minh",
                     "standingAgencyCode":null,"tenant":"04",
                     "chains":[{"kind":"DOSSIER","defaulted":true,"steps":[{"order":1,"name":"Trình tỉnh",
                       "from":[{"level":"ANY"}],"to":{"level":"PROVINCE"},"deadline":null,"latePolicy":"FLAG"}]}],
                     "intakeWindows":[],"appraisal":{"workingDays":10}}""")
            .answer("/api/v1/award-catalogue/GIAY_KHEN_THU_TRUONG_CO_QUAN", """
                    {"code":"GIAY_KHEN_THU_TRUONG_CO_QUAN","name":"Giấy khen của thủ trưởng cơ quan, đơn vị",
                     "kind":"FORM","level":"AGENCY","decidedBy":["Thủ trưởng cơ quan, đơn vị"],"validTo":null}""")
            .unit("04", "PROVINCE", "Tỉnh Cao Bằng", "04", "04")
            .unit("04-BDT", "AGENCY", "Ban Dân tộc tỉnh Cao Bằng", "04", "04", "04-BDT");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-agency-head-test");
        registry.add("thidua.services.registration", SERVICES::url);
        registry.add("thidua.services.campaign", SERVICES::url);
    }

    @AfterAll
    static void stop() {
        SERVICES.close();
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    TestHttp http;

    final String officer = TestTokens.token("caobang.bdt.officer", "04", "04-BDT", UnitLevel.AGENCY,
            PlatformRole.DEPARTMENT_OFFICER);
    final String head = TestTokens.token("caobang.bdt.head", "04", "04-BDT", UnitLevel.AGENCY,
            PlatformRole.DECISION_SIGNER);
    final String provinceSigner = TestTokens.token("caobang.signer", "04", "04", UnitLevel.PROVINCE,
            PlatformRole.DECISION_SIGNER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    TestHttp.Response move(String id, String token, String action) {
        long version = mongo.findById(id, Dossier.class).version;
        return http.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", action)).token(token)
                .header("If-Match", "\"" + version + "\"").send();
    }

    @Test
    void theHeadOfTheAgencyDecidesAndIssuesTheGiayKhenHisPlanOffers() {
        TestHttp.Response created = http.post("/api/v1/dossiers", Map.of("campaignId", "cb-bdt", "year", 2024,
                "nominee", Map.of("type", "INDIVIDUAL", "name", "Lương Văn Hùng", "personalId", "004084000123"),
                "categoryCode", "STAFF", "awardFormCode", "GIAY_KHEN_THU_TRUONG_CO_QUAN",
                "achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm 2024")).token(officer).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();

        TestHttp.Response submitted = move(id, officer, "SUBMIT");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        JsonNode stop = submitted.json().get("route").get(0);
        assertThat(submitted.json().get("route")).hasSize(1);
        assertThat(stop.get("unitCode").asString()).isEqualTo("04-BDT");
        assertThat(stop.get("role").asString()).isEqualTo("decision-signer");

        // The officer prepares, the head decides; the province has no part in the agency's own Giấy khen.
        assertThat(move(id, officer, "DECIDE").status()).isEqualTo(403);
        assertThat(move(id, provinceSigner, "DECIDE").status()).isEqualTo(403);
        TestHttp.Response decided = move(id, head, "DECIDE");
        assertThat(decided.status()).as(decided.text()).isEqualTo(200);
        assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.json().get("decidedAtUnitCode").asString()).isEqualTo("04-BDT");

        TestHttp.Response decision = http.post("/api/v1/decisions", Map.of("number", "12/QĐ-BDT",
                "signedOn", "2026-11-28", "issuingBody", "Ban Dân tộc tỉnh Cao Bằng", "signerName", "Nông Văn Quyết",
                "dossierIds", List.of(id))).token(head).send();
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);
        assertThat(decision.json().get("decidingUnitCode").asString()).isEqualTo("04-BDT");
        assertThat(mongo.findById(id, Dossier.class).status).isEqualTo(DossierStatus.DECIDED);
    }
}
