package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The campaign API over real HTTP, the production security chain and a MongoDB wire-protocol server: the shared
 * defaults (problem details, idempotency, If-Match, scope) as a client sees them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class CampaignApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-test");
    }

    @LocalServerPort
    int port;

    TestHttp http;
    final String laiChauAdmin = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String caoBangAdmin = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String laiChauCommune = TestTokens.token("lc-commune", "12", "03430", UnitLevel.COMMUNE, COMMUNE_OFFICER);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    static Map<String, Object> campaign(String code) {
        return Map.of("code", code, "name", "Lai Châu chung sức xây dựng nông thôn mới", "level", "PROVINCE",
                "startYear", 2021, "endYear", 2025);
    }

    @Test
    void withoutTokenIs401ProblemDetails() {
        var response = http.get("/api/v1/campaigns").send();
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("code").asString()).isEqualTo("unauthorized");
    }

    @Test
    void expiredForgedAndUntrustedTokensAre401() {
        for (String token : List.of(
                TestTokens.expired("x", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN),
                TestTokens.signedByForeignKey("x", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN),
                TestTokens.fromIssuer("https://evil.example/realms/thidua", "x", "12", "12", UnitLevel.PROVINCE,
                        PROVINCE_ADMIN))) {
            assertThat(http.get("/api/v1/campaigns").token(token).send().status()).isEqualTo(401);
        }
    }

    @Test
    void createThenReadWithEtag() {
        var created = http.post("/api/v1/campaigns", campaign("LC-" + UUID.randomUUID())).token(laiChauAdmin).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("/api/v1/campaigns/");
        var body = created.json();
        assertThat(body.get("tenant").asString()).isEqualTo("12");
        assertThat(body.get("status").asString()).isEqualTo("DRAFT");

        var read = http.get(created.header("Location")).token(laiChauAdmin).send();
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"0\"");
        assertThat(read.json().get("name").asString()).isEqualTo("Lai Châu chung sức xây dựng nông thôn mới");
    }

    @Test
    void anotherProvinceGets404ByIdAndNothingInItsList() {
        var created = http.post("/api/v1/campaigns", campaign("LC-" + UUID.randomUUID())).token(laiChauAdmin).send();
        String id = created.json().get("id").asString();

        var foreign = http.get("/api/v1/campaigns/" + id).token(caoBangAdmin).send();
        assertThat(foreign.status()).isEqualTo(404);
        var list = http.get("/api/v1/campaigns?size=100").token(caoBangAdmin).send().json();
        list.get("items").forEach(item -> assertThat(item.get("tenant").asString()).isEqualTo("04"));
        var edit = http.put("/api/v1/campaigns/" + id, campaign(created.json().get("code").asString()))
                .token(caoBangAdmin).header("If-Match", "\"0\"").send();
        assertThat(edit.status()).isEqualTo(404);
    }

    @Test
    void clientCannotSetServerOwnedFields() {
        var body = new java.util.HashMap<String, Object>(campaign("LC-" + UUID.randomUUID()));
        body.put("tenant", "04");
        body.put("status", "CLOSED");
        var created = http.post("/api/v1/campaigns", body).token(laiChauAdmin).send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("tenant").asString()).isEqualTo("12");
        assertThat(created.json().get("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void sameIdempotencyKeyGivesOneCampaignAndAnotherBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        var body = campaign("LC-" + UUID.randomUUID());
        var first = http.post("/api/v1/campaigns", body).token(laiChauAdmin).header("Idempotency-Key", key).send();
        var retry = http.post("/api/v1/campaigns", body).token(laiChauAdmin).header("Idempotency-Key", key).send();
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());

        var other = http.post("/api/v1/campaigns", campaign("LC-" + UUID.randomUUID())).token(laiChauAdmin)
                .header("Idempotency-Key", key).send();
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("code").asString()).isEqualTo("idempotency-key-reused");
    }

    @Test
    void badInputNamesTheFieldInTheCallersLanguageAndWritesNothing() {
        long before = http.get("/api/v1/campaigns").token(laiChauAdmin).send().json().get("totalItems").asLong();
        var bad = new java.util.HashMap<String, Object>(campaign("LC-" + UUID.randomUUID()));
        bad.put("startYear", 1500);
        var english = http.post("/api/v1/campaigns", bad).token(laiChauAdmin).header("Accept-Language", "en").send();
        assertThat(english.status()).isEqualTo(400);
        assertThat(english.json().path("errors").path(0).path("field").asString()).as(english.text()).isEqualTo("startYear");
        assertThat(english.json().get("errors").get(0).get("field").asString()).isEqualTo("startYear");
        assertThat(english.json().get("title").asString()).isEqualTo("Invalid input");

        var vietnamese = http.post("/api/v1/campaigns", "{\"code\": \"X\", \"startYear\": \"năm nay\"}")
                .token(laiChauAdmin).send();
        assertThat(vietnamese.status()).as(vietnamese.text()).isEqualTo(400);
        assertThat(vietnamese.json().get("title").asString()).as(vietnamese.text()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(vietnamese.json().path("errors").path(0).path("field").asString()).as(vietnamese.text())
                .isEqualTo("startYear");
        assertThat(vietnamese.json().get("errors").get(0).get("field").asString()).isEqualTo("startYear");

        var size = http.get("/api/v1/campaigns?size=1000").token(laiChauAdmin).send();
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().get("errors").get(0).get("field").asString()).isEqualTo("size");

        long after = http.get("/api/v1/campaigns").token(laiChauAdmin).send().json().get("totalItems").asLong();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void listsGiveSummariesUnlessTheFullPlanIsAskedFor() {
        String code = "LC-LIST-" + UUID.randomUUID();
        http.post("/api/v1/campaigns", campaign(code)).token(laiChauAdmin).send();

        JsonNode summary = itemWithCode(http.get("/api/v1/campaigns?size=100").token(laiChauAdmin).send().json(), code);
        assertThat(summary.get("name").asString()).isEqualTo("Lai Châu chung sức xây dựng nông thôn mới");
        assertThat(summary.get("status").asString()).isEqualTo("DRAFT");
        assertThat(summary.get("tenant").asString()).isEqualTo("12");
        assertThat(summary.get("startYear").asInt()).isEqualTo(2021);
        assertThat(summary.has("history")).isFalse();
        assertThat(summary.has("createdBy")).isFalse();

        JsonNode full = itemWithCode(http.get("/api/v1/campaigns?size=100&view=FULL").token(laiChauAdmin).send()
                .json(), code);
        assertThat(full.get("createdBy").asString()).isEqualTo("lc-admin");
        assertThat(full.has("history")).isTrue();

        var wrong = http.get("/api/v1/campaigns?view=everything").token(laiChauAdmin).send();
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").get(0).get("field").asString()).isEqualTo("view");
    }

    private static JsonNode itemWithCode(JsonNode page, String code) {
        for (JsonNode item : page.get("items")) {
            if (item.get("code").asString().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code + " not in " + page);
    }

    @Test
    void communeOfficerCannotCreate() {
        var response = http.post("/api/v1/campaigns", campaign("LC-" + UUID.randomUUID())).token(laiChauCommune)
                .send();
        assertThat(response.status()).isEqualTo(403);
    }

    @Test
    void updateNeedsIfMatchAndTwoConcurrentEditsGiveOneWinner() throws Exception {
        var created = http.post("/api/v1/campaigns", campaign("LC-" + UUID.randomUUID())).token(laiChauAdmin).send();
        String path = created.header("Location");
        String code = created.json().get("code").asString();
        var edit = new java.util.HashMap<String, Object>(campaign(code));

        assertThat(http.put(path, edit).token(laiChauAdmin).send().status()).isEqualTo(428);

        List<CompletableFuture<TestHttp.Response>> racers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var body = new java.util.HashMap<String, Object>(edit);
            body.put("name", "Edit " + i);
            racers.add(CompletableFuture.supplyAsync(() ->
                    http.put(path, body).token(laiChauAdmin).header("If-Match", "\"0\"").send()));
        }
        List<Integer> statuses = racers.stream().map(CompletableFuture::join).map(TestHttp.Response::status).sorted()
                .toList();
        assertThat(statuses).containsExactly(200, 412);
        assertThat(http.get(path).token(laiChauAdmin).send().header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void nationalAdminSeesEveryTenant() {
        http.post("/api/v1/campaigns", campaign("LC-" + UUID.randomUUID())).token(laiChauAdmin).send();
        http.post("/api/v1/campaigns", campaign("CB-" + UUID.randomUUID())).token(caoBangAdmin).send();
        String national = TestTokens.token("nat", null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN);
        var items = http.get("/api/v1/campaigns?size=100").token(national).send().json().get("items");
        List<String> tenants = new ArrayList<>();
        items.forEach(i -> tenants.add(i.get("tenant").asString()));
        assertThat(tenants).contains("12", "04");
    }
}
