package vn.thidua.award.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.INSPECTOR;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * Award history written as the decision workflow writes it and looked up over HTTP by citizen id and by name,
 * within scope. Lookups by unit need the unit registry (successions): covered as a plain rule in
 * {@link UnitEquivalenceTest} and through the running stack in the system test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class HistoryApiTest {

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "award-history-test");
        // Nothing listens here: a lookup that needs the registry must fail plainly, never invent an answer.
        registry.add("thidua.services.registration", () -> "http://127.0.0.1:9");
    }

    @LocalServerPort
    int port;

    @Autowired
    AwardHistory history;

    TestHttp http;
    final String laiChauAdmin = TestTokens.token("lc-admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String laiChauCommune = TestTokens.token("lc-commune", "12", "03390", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String otherCommune = TestTokens.token("lc-other", "12", "03430", UnitLevel.COMMUNE, COMMUNE_OFFICER);
    final String caoBangAdmin = TestTokens.token("cb-admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN);
    final String nationalInspector = TestTokens.token("n-insp", null, "00", UnitLevel.NATIONAL, INSPECTOR);
    final String nationalAdmin = TestTokens.token("n-admin", null, "00", UnitLevel.NATIONAL, NATIONAL_ADMIN);

    @BeforeEach
    void setUp() {
        http = new TestHttp("http://localhost:" + port);
    }

    static String personalId() {
        return String.format("%012d", Math.abs(UUID.randomUUID().getMostSignificantBits()) % 1_000_000_000_000L);
    }

    static AwardedEntry award(String name, String personalId, int year, String tenant, String unit, String form) {
        return new AwardedEntry("dossier-" + UUID.randomUUID(), "decision-" + year, year + "/QĐ-UBND",
                LocalDate.of(year + 1, 1, 20), "UBND tỉnh", form, "Bằng khen của Chủ tịch UBND tỉnh", "campaign-1",
                year, "INDIVIDUAL", name, personalId, LocalDate.of(1980, 5, 1), unit, unit, tenant,
                List.of(tenant, unit), 1_404_000L);
    }

    @Test
    void aPersonsAwardsAcrossYearsAndProvincesByCitizenId() {
        String id = personalId();
        history.recordAwarded(award("Nguyễn Thị Đào", id, 2022, "12", "03390", "BK_CT_UBND_TINH"));
        history.recordAwarded(award("Nguyễn Thị Đào", id, 2024, "12", "03390", "GK_CT_UBND_XA"));
        // Moved to Cao Bằng: her later award belongs to that tenant.
        history.recordAwarded(award("Nguyễn Thị Đào", id, 2025, "04", "01279", "BK_CT_UBND_TINH"));

        JsonNode national = lookup("personalId=" + id, nationalInspector);
        assertThat(national.get("totalItems").asLong()).isEqualTo(3);
        assertThat(years(national)).containsExactly(2022, 2024, 2025);
        assertThat(national.get("items").get(0).get("personalId").asString()).isEqualTo(id);
        assertThat(national.get("items").get(0).get("awardedUnitCode").asString()).isEqualTo("03390");
        assertThat(national.get("items").get(0).has("relation")).isFalse();

        // A province sees its own tenant's part of the history only.
        assertThat(years(lookup("personalId=" + id, laiChauAdmin))).containsExactly(2022, 2024);
        assertThat(years(lookup("personalId=" + id, caoBangAdmin))).containsExactly(2025);
        // A commune sees what was made in its subtree only.
        assertThat(lookup("personalId=" + id, laiChauCommune).get("totalItems").asLong()).isEqualTo(2);
        assertThat(lookup("personalId=" + id, otherCommune).get("totalItems").asLong()).isZero();
        // Filters.
        assertThat(years(lookup("personalId=" + id + "&year=2024", nationalAdmin))).containsExactly(2024);
        assertThat(years(lookup("personalId=" + id + "&awardFormCode=BK_CT_UBND_TINH", nationalAdmin)))
                .containsExactly(2022, 2025);
    }

    @Test
    void byNameIgnoringAccentsAndCaseWithTheCitizenIdMasked() {
        String marker = "Hoàng Văn Lở " + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9]", "x");
        String id = personalId();
        for (int year = 2021; year <= 2025; year++) {
            history.recordAwarded(award(marker, id, year, "12", "03390", "GK_CT_UBND_XA"));
        }
        String query = NameKeys.fold(marker).toUpperCase().replace(' ', '+');
        JsonNode page = lookup("name=" + query + "&size=2", laiChauAdmin);
        assertThat(page.get("totalItems").asLong()).isEqualTo(5);
        assertThat(years(page)).containsExactly(2021, 2022);
        assertThat(years(lookup("name=" + query + "&size=2&page=2", laiChauAdmin))).containsExactly(2025);
        String shown = page.get("items").get(0).get("personalId").asString();
        assertThat(shown).endsWith(id.substring(9)).startsWith("*********").doesNotContain(id.substring(0, 9));
        // A name is never a pattern: punctuation folds away, and nothing left is nothing to look for.
        assertThat(http.get("/api/v1/award-history?name=.*").token(nationalAdmin).send().status()).isEqualTo(400);
        assertThat(lookup("name=" + query.replace("+", ".*"), nationalAdmin).get("totalItems").asLong())
                .isEqualTo(5);
        assertThat(lookup("name=" + query, caoBangAdmin).get("totalItems").asLong()).isZero();
    }

    @Test
    void aRevokedAwardStaysMarkedAndAReplayDoesNotUndoIt() {
        String id = personalId();
        AwardedEntry entry = award("Lò Văn Pản", id, 2023, "12", "03390", "BK_CT_UBND_TINH");
        history.recordAwarded(entry);
        history.recordRevoked(entry.dossierId(), "Khai man thành tích", "Điều 94 Luật Thi đua, khen thưởng 2022",
                LocalDate.of(2025, 3, 1));
        history.recordAwarded(entry);
        JsonNode item = lookup("personalId=" + id, laiChauAdmin).get("items").get(0);
        assertThat(item.get("revoked").asBoolean()).isTrue();
        assertThat(item.get("revocation").get("reason").asString()).isEqualTo("Khai man thành tích");
        assertThat(item.get("revocation").get("legalBasis").asString()).contains("Điều 94");
        assertThat(item.get("revocation").get("revokedOn").asString()).isEqualTo("2025-03-01");
        assertThat(lookup("personalId=" + id, laiChauAdmin).get("totalItems").asLong()).isEqualTo(1);
        assertThatThrownBy(() -> history.recordRevoked("no-such-dossier", "x", "y", LocalDate.of(2025, 1, 1)))
                .isInstanceOf(ProblemException.class);
    }

    @Test
    void exactlyOneKeyAndSaneValuesOr400NamingTheField() {
        for (String query : List.of("", "personalId=012345678901&name=Dao", "year=2024")) {
            var response = http.get("/api/v1/award-history?" + query).token(laiChauAdmin).send();
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("personalId");
        }
        var badId = http.get("/api/v1/award-history?personalId=12ab").token(laiChauAdmin).send();
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.json().get("errors").get(0).get("code").asString()).isEqualTo("history-personal-id");
        var english = http.get("/api/v1/award-history?name=a").token(laiChauAdmin).header("Accept-Language", "en")
                .send();
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must have at least 2 letters");
        assertThat(http.get("/api/v1/award-history?personalId=012345678901").send().status()).isEqualTo(401);
    }

    @Test
    void aUnitLookupWithoutTheRegistryIs503NotAGuess() {
        var response = http.get("/api/v1/award-history?unitCode=03390").token(laiChauAdmin).send();
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.json().get("code").asString()).isEqualTo("service-unavailable");
    }

    private JsonNode lookup(String query, String token) {
        var response = http.get("/api/v1/award-history?" + query).token(token).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static List<Integer> years(JsonNode page) {
        List<Integer> years = new ArrayList<>();
        page.get("items").forEach(item -> years.add(item.get("year").asInt()));
        return years;
    }
}
