package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.thidua.shared.security.PlatformRole;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The Giấy khen of the head of an agency is decided only inside that agency's own plan: in Ban Dân tộc's plan
 * (level AGENCY_INTERNAL, owner 04-BDT) a dossier proposed by Ban Dân tộc goes on, one proposed by another agency
 * (Sở Y tế) is refused at SUBMIT naming the owning agency.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class AgencyPlanWebTest {

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
                     "calendar":{"chains":[]},"version":3,"level":"AGENCY_INTERNAL","ownerUnitCode":"04-BDT"}""")
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
            .unit("04-BDT", "AGENCY", "Ban Dân tộc tỉnh Cao Bằng", "04", "04", "04-BDT")
            .unit("04-SYT", "AGENCY", "Sở Y tế tỉnh Cao Bằng", "04", "04", "04-SYT");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-agency-plan-test");
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

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    TestHttp.Response submitted(String unitCode, String personalId) {
        String officer = TestTokens.token("officer." + unitCode, "04", unitCode, UnitLevel.AGENCY,
                PlatformRole.DEPARTMENT_OFFICER);
        TestHttp.Response created = http.post("/api/v1/dossiers", Map.of("campaignId", "cb-bdt", "year", 2024,
                "nominee", Map.of("type", "INDIVIDUAL", "name", "Lương Văn Hùng", "personalId", personalId),
                "categoryCode", "STAFF", "awardFormCode", "GIAY_KHEN_THU_TRUONG_CO_QUAN",
                "achievementSummary", "Hoàn thành xuất sắc nhiệm vụ năm 2024")).token(officer).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        long version = mongo.findById(id, Dossier.class).version;
        return http.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "SUBMIT")).token(officer)
                .header("If-Match", "\"" + version + "\"").send();
    }

    @Test
    void aUnitOfTheOwningAgencySubmitsItsGiayKhen() {
        TestHttp.Response submitted = submitted("04-BDT", "004084000201");

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.text()).contains("competence.agency-plan-inside");
    }

    @Test
    void anotherAgencyIsRefusedNamingTheOwningAgency() {
        TestHttp.Response refused = submitted("04-SYT", "004084000202");

        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("code").asString()).isEqualTo("rule-checks-failed");
        assertThat(refused.json().get("detail").asString()).contains("Ban Dân tộc tỉnh Cao Bằng").contains("04-BDT")
                .contains("04-SYT");
        assertThat(refused.text()).contains("competence.agency-plan-outside");
    }
}
