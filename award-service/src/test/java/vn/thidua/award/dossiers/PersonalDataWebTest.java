package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
 * Personal data over real HTTP through the production security chain (issue 12): the nominee in full for the
 * proposing commune and Sở Nội vụ, masked for the district and standing agency on the route and for inspectors,
 * and each full read in the province's audit chain, which still verifies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class PersonalDataWebTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-personal-data-test");
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
        registry.add("thidua.services.campaign", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    TestHttp http;

    final String commune = TestTokens.token("pd-commune", "12", "03390", UnitLevel.COMMUNE,
            PlatformRole.COMMUNE_OFFICER);
    final String district = TestTokens.token("pd-district", "12", "106", UnitLevel.DISTRICT,
            PlatformRole.DISTRICT_OFFICER);
    final String standing = TestTokens.token("pd-standing", "12", "12-SNNMT", UnitLevel.AGENCY,
            PlatformRole.STANDING_AGENCY_OFFICER);
    final String admin = TestTokens.token("pd-admin", "12", "12", UnitLevel.PROVINCE, PlatformRole.PROVINCE_ADMIN);
    final String inspector = TestTokens.token("pd-inspector", null, "VN", UnitLevel.NATIONAL,
            PlatformRole.INSPECTOR);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    /** A 2024 dossier of commune 03390 at the standing agency, with a citizen id, birth date and address. */
    Dossier dossier(String personalId) {
        Dossier d = new Dossier();
        d.id = UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        d.tenant = "12";
        d.unitPath = List.of("12", "106", "03390");
        d.pathLevels = Dossier.levelList(Map.of("12", "PROVINCE", "106", "DISTRICT", "03390", "COMMUNE"));
        d.campaignId = "lc-ntm";
        d.year = 2024;
        d.occasion = "ANNUAL";
        d.nominee = new Nominee(Nominee.Type.INDIVIDUAL, "Lò Thị Mai", personalId, LocalDate.of(1986, 9, 1), null,
                "Công chức", null, null, "Bản Nà Sẳng, xã Bình Lư, tỉnh Lai Châu");
        d.categoryCode = "OFFICIALS";
        d.awardFormCode = "BANG_KHEN_CAP_BO_TINH";
        d.proposingUnitCode = "03390";
        d.proposingLevel = "COMMUNE";
        d.route = List.of(
                new RouteStop(0, "106", "DISTRICT", null, RouteStop.Kind.REVIEW, "district-officer", null, null),
                new RouteStop(1, "12-SNNMT", "AGENCY", null, RouteStop.Kind.REVIEW, "standing-agency-officer", null,
                        null));
        d.routeUnits = new ArrayList<>(List.of("106", "12-SNNMT"));
        d.stopIndex = 1;
        d.holderUnitCode = "12-SNNMT";
        d.status = DossierStatus.IN_REVIEW;
        d.createdAt = Instant.now();
        d.updatedAt = Instant.now();
        return mongo.insert(d);
    }

    JsonNode nominee(String token, String id) {
        var read = http.get("/api/v1/dossiers/" + id).token(token).send();
        assertThat(read.status()).as(read.text()).isEqualTo(200);
        return read.json().get("nominee");
    }

    @Test
    void inFullForTheProposerAndTheProvinceMaskedForTheRouteAndInspectorsAndEachFullReadAudited() {
        String personalId = "012186" + String.format("%06d", (int) (Math.random() * 1_000_000));
        String id = dossier(personalId).id;

        assertThat(nominee(commune, id).get("personalId").asString()).isEqualTo(personalId);
        JsonNode full = nominee(admin, id);
        assertThat(full.get("birthDate").asString()).isEqualTo("1986-09-01");
        assertThat(full.get("address").asString()).isEqualTo("Bản Nà Sẳng, xã Bình Lư, tỉnh Lai Châu");
        assertThat(full.get("masked").asBoolean()).isFalse();
        for (String token : List.of(district, standing, inspector)) {
            JsonNode masked = nominee(token, id);
            assertThat(masked.get("masked").asBoolean()).isTrue();
            assertThat(masked.get("personalId").asString()).isEqualTo("0xxxxxxxx" + personalId.substring(9));
            assertThat(masked.get("birthDate").asString()).isEqualTo("1986-xx-xx");
            assertThat(masked.get("address").asString()).isEqualTo("xxx, tỉnh Lai Châu");
        }
        var list = http.get("/api/v1/dossiers?size=100").token(admin).send();
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.text()).as("lists are masked").doesNotContain(personalId);

        var audit = http.get("/api/v1/audit?subjectId=" + id + "&size=50").token(admin).send();
        assertThat(audit.status()).as(audit.text()).isEqualTo(200);
        List<String> readers = new ArrayList<>();
        audit.json().get("items").forEach(r -> {
            assertThat(r.get("action").asString()).isEqualTo(DossierViews.READ_ACTION);
            assertThat(r.at("/details/fields").asString()).isEqualTo("personalId,birthDate,address");
            assertThat(r.get("at").asString()).isNotBlank();
            readers.add(r.get("actorUsername").asString());
        });
        assertThat(readers).containsExactlyInAnyOrder("pd-commune", "pd-admin");
        var verified = http.get("/api/v1/audit/verify?tenant=12").token(admin).send();
        assertThat(verified.json().get("valid").asBoolean()).isTrue();
    }
}
