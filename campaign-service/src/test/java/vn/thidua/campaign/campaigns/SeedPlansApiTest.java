package vn.thidua.campaign.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.shared.security.PlatformRole.COMMUNE_OFFICER;
import static vn.thidua.shared.security.PlatformRole.NATIONAL_ADMIN;
import static vn.thidua.shared.security.PlatformRole.PROVINCE_ADMIN;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.thidua.shared.security.UnitLevel;
import vn.thidua.shared.test.PlatformTestSupport;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.shared.test.TestTokens;

/**
 * The five seed plans and the two national campaigns, posted from the very file the launcher's demo loader sends
 * ({@code launcher/src/main/resources/demo/demo-data.json}), read back equal, with their numbers as typed data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PlatformTestSupport.class)
class SeedPlansApiTest {

    static final Path DEMO = Path.of("../launcher/src/main/resources/demo/demo-data.json");
    static final Pattern REF = Pattern.compile("\\{ref:([^}]+)}");

    /** The demo users of the realm, as test tokens with the same claims. */
    static final Map<String, String> USERS = Map.of(
            "national.admin", TestTokens.token("national.admin", null, "VN", UnitLevel.NATIONAL, NATIONAL_ADMIN),
            "laichau.admin", TestTokens.token("laichau.admin", "12", "12", UnitLevel.PROVINCE, PROVINCE_ADMIN),
            "caobang.admin", TestTokens.token("caobang.admin", "04", "04", UnitLevel.PROVINCE, PROVINCE_ADMIN),
            "quangtri.admin", TestTokens.token("quangtri.admin", "44", "44", UnitLevel.PROVINCE, PROVINCE_ADMIN),
            "vinhlong.admin", TestTokens.token("vinhlong.admin", "86", "86", UnitLevel.PROVINCE, PROVINCE_ADMIN));
    static final String LAICHAU_COMMUNE = TestTokens.token("laichau.commune", "12", "03390", UnitLevel.COMMUNE,
            COMMUNE_OFFICER);

    /** Loaded once per test context: key → id, and key → the body as sent. */
    static final Map<String, String> IDS = new LinkedHashMap<>();
    static final Map<String, JsonNode> SENT = new LinkedHashMap<>();
    static final Map<String, String> OWNERS = new HashMap<>();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PlatformTestSupport.mongoProperties(registry, "campaign-seeds-test");
    }

    @LocalServerPort
    int port;

    TestHttp http;

    @BeforeEach
    void loadTheDemoDataOnce() throws Exception {
        http = new TestHttp("http://localhost:" + port);
        synchronized (IDS) {
            if (!IDS.isEmpty()) {
                return;
            }
            JsonNode data = TestHttp.JSON.readTree(Files.readString(DEMO));
            for (JsonNode item : data.get("requests")) {
                String key = item.get("key").asString();
                String as = item.get("as").asString();
                if (!item.get("path").asString().startsWith("/api/v1/campaigns")) {
                    continue; // units, registrations, dossiers: other services' demo data
                }
                String path = resolve(item.get("path").asString());
                String body = resolve(TestHttp.JSON.writeValueAsString(item.get("body")));
                var response = http.post(path, body).token(USERS.get(as)).header("Idempotency-Key", "demo-" + key)
                        .send();
                assertThat(response.status()).as(key + ": " + response.text()).isBetween(200, 201);
                IDS.put(key, response.json().get("id").asString());
                SENT.put(key, TestHttp.JSON.readTree(body));
                OWNERS.put(key, as);
            }
        }
    }

    static String resolve(String text) {
        Matcher matcher = REF.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, IDS.get(matcher.group(1)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    JsonNode read(String key) {
        var response = http.get("/api/v1/campaigns/" + IDS.get(key)).token(USERS.get(OWNERS.get(key))).send();
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    @Test
    void everyPlanIsReadBackAsSent() {
        List<String> plans = SENT.keySet().stream().filter(k -> k.startsWith("campaign-")).toList();
        assertThat(plans).contains("campaign-587", "campaign-666", "campaign-laichau-ntm", "campaign-caobang-bdt",
                "campaign-quangbinh-ntm", "campaign-quangbinh-poverty", "campaign-bentre-ntm");
        for (String key : plans) {
            JsonNode back = read(key);
            List<String> differences = new ArrayList<>();
            compare(SENT.get(key), back, key, differences);
            assertThat(differences).as("differences of " + key).isEmpty();
        }
    }

    /** Every field sent comes back with the same value (numbers compared as numbers: 87 = 87.0). */
    static void compare(JsonNode sent, JsonNode back, String path, List<String> differences) {
        if (back == null || back.isMissingNode() || back.isNull()) {
            differences.add(path + " missing");
        } else if (sent.isObject()) {
            sent.properties().forEach(e -> compare(e.getValue(), back.get(e.getKey()), path + "." + e.getKey(),
                    differences));
        } else if (sent.isArray()) {
            if (sent.size() != back.size()) {
                differences.add(path + " size " + sent.size() + " ≠ " + back.size());
                return;
            }
            for (int i = 0; i < sent.size(); i++) {
                compare(sent.get(i), back.get(i), path + "[" + i + "]", differences);
            }
        } else if (sent.isNumber()) {
            if (!back.isNumber() || sent.decimalValue().compareTo(back.decimalValue()) != 0) {
                differences.add(path + ": " + sent + " ≠ " + back);
            }
        } else if (!sent.equals(back)) {
            differences.add(path + ": " + sent + " ≠ " + back);
        }
    }

    static JsonNode byCode(JsonNode list, String field, String value) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> value.equals(n.path(field).asString()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + list));
    }

    @Test
    void quangBinhNumbersAreTypedFields() {
        JsonNode qb = read("campaign-quangbinh-ntm");
        JsonNode communes = byCode(qb.get("targets"), "code", "COMMUNES_NTM").get("progress");
        assertThat(communes.get("method").asString()).isEqualTo("COUNT_OF_UNITS_MEETING");
        assertThat(communes.get("thresholdPercent").asDouble()).isEqualTo(87.0);
        assertThat(communes.get("thresholdCount").asInt()).isEqualTo(112);
        assertThat(communes.at("/population/unitType").asString()).isEqualTo("COMMUNE");
        assertThat(communes.at("/unitCondition/flag").asString()).isEqualTo("NTM_STANDARD_MET");
        assertThat(byCode(qb.get("targets"), "code", "COMMUNES_ADVANCED_NTM").at("/progress/thresholdCount").asInt())
                .isEqualTo(39);
        assertThat(byCode(qb.get("targets"), "code", "COMMUNES_MODEL_NTM").at("/progress/thresholdCount").asInt())
                .isEqualTo(13);
        JsonNode atMost4 = byCode(qb.get("targets"), "code", "AT_MOST_4_BELOW_15").get("progress");
        assertThat(atMost4.get("method").asString()).isEqualTo("ABSOLUTE_MAXIMUM");
        assertThat(atMost4.get("maximumCount").asInt()).isEqualTo(4);
        assertThat(atMost4.at("/unitCondition/value").asDouble()).isEqualTo(15.0);
        assertThat(atMost4.at("/unitCondition/comparison").asString()).isEqualTo("LESS_THAN");
        JsonNode income = byCode(qb.get("targets"), "code", "RURAL_INCOME_X1_5");
        assertThat(income.at("/progress/multiple").asDouble()).isEqualTo(1.5);
        assertThat(income.at("/baseline/date").asString()).isEqualTo("2020-12-31");
        assertThat(byCode(qb.get("targets"), "code", "VILLAGES_49").at("/progress/thresholdCount").asInt())
                .isEqualTo(49);
        assertThat(qb.get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(qb.get("tenant").asString()).isEqualTo("44");
        assertThat(qb.get("parentCampaignId").asString()).isEqualTo(IDS.get("campaign-587"));

        JsonNode poverty = read("campaign-quangbinh-poverty");
        assertThat(poverty.at("/issuingDocument/number").asString()).isEqualTo("123/KH-UBND");
        assertThat(poverty.at("/issuingDocument/date").asString()).isEqualTo("2022-07-08");
        JsonNode report = byCode(poverty.at("/calendar/milestones"), "code", "ANNUAL_REPORT");
        assertThat(report.at("/yearlyBy/day").asInt()).isEqualTo(25);
        assertThat(report.at("/yearlyBy/month").asInt()).isEqualTo(11);
        assertThat(byCode(poverty.get("targets"), "code", "POVERTY_RATE_DOWN_1").at("/progress/pointsPerYear")
                .asDouble()).isEqualTo(1.0);
        assertThat(byCode(poverty.get("targets"), "code", "ETHNIC_POVERTY_DOWN_4").at("/progress/pointsPerYear")
                .asDouble()).isEqualTo(4.0);
        JsonNode halved = byCode(poverty.get("targets"), "code", "POOR_NEAR_POOR_HALVED").get("progress");
        assertThat(halved.get("multiple").asDouble()).isEqualTo(0.5);
        assertThat(halved.get("comparison").asString()).isEqualTo("LESS_THAN");
        JsonNode minhHoa = byCode(byCode(poverty.get("categories"), "code", "DISTRICTS").get("criteria"), "code",
                "MINH_HOA_DOWN_4_FOR_3_YEARS").get("condition");
        assertThat(minhHoa.get("kind").asString()).isEqualTo("RATE_SUSTAINED");
        assertThat(minhHoa.get("consecutiveYears").asInt()).isEqualTo(3);
        assertThat(minhHoa.get("value").asDouble()).isEqualTo(4.0);
        JsonNode mid = byCode(poverty.at("/calendar/milestones"), "kind", "MID_TERM_REVIEW");
        assertThat(mid.get("year").asInt()).isEqualTo(2023);
        assertThat(byCode(poverty.at("/calendar/milestones"), "kind", "FINAL_REVIEW").get("year").asInt())
                .isEqualTo(2025);
    }

    @Test
    void laiChauRulesQuotasAndCalendarAreTypedFields() {
        JsonNode lc = read("campaign-laichau-ntm");
        assertThat(lc.get("standingAgencyCode").asString()).isEqualTo("12-SNNMT");
        assertThat(byCode(lc.get("targets"), "code", "COMMUNES_NTM").at("/progress/thresholdPercent").asDouble())
                .isEqualTo(57.5);
        assertThat(byCode(lc.get("targets"), "code", "NO_COMMUNE_BELOW_15").at("/progress/maximumCount").asInt())
                .isZero();
        JsonNode bangKhen = byCode(lc.get("offers"), "formCode", "BANG_KHEN_CAP_BO_TINH").get("rules");
        List<JsonNode> quotas = StreamSupport.stream(bangKhen.spliterator(), false)
                .filter(r -> r.get("kind").asString().equals("QUOTA")).toList();
        JsonNode perCommune = quotas.stream().filter(q -> "COMMUNE".equals(q.at("/per/unitType").asString()))
                .findFirst().orElseThrow();
        assertThat(perCommune.get("maxCount").asInt()).isEqualTo(5);
        JsonNode perDistrict = quotas.stream().filter(q -> "DISTRICT".equals(q.at("/per/unitType").asString()))
                .findFirst().orElseThrow();
        assertThat(perDistrict.get("maxCount").asInt()).isEqualTo(20);
        assertThat(perDistrict.at("/split/0/count").asInt()).isEqualTo(5);
        assertThat(perDistrict.at("/split/0/proposedAtLevel").asString()).isEqualTo("PROVINCE");
        assertThat(perDistrict.at("/split/1/count").asInt()).isEqualTo(15);
        assertThat(quotas.stream().filter(q -> "PROVINCIAL_DEPARTMENT".equals(q.at("/per/unitType").asString()))
                .findFirst().orElseThrow().get("maxCount").asInt()).isEqualTo(2);
        assertThat(quotas.stream().filter(q -> "12-SNNMT".equals(q.at("/per/unitCode").asString()))
                .findFirst().orElseThrow().get("maxCount").asInt()).isEqualTo(4);
        JsonNode annual = byCode(bangKhen, "kind", "ANNUAL_BEST");
        assertThat(annual.at("/per/unitType").asString()).isEqualTo("DISTRICT");
        assertThat(annual.get("maxCount").asInt()).isEqualTo(1);
        List<Double> thresholds = new ArrayList<>();
        bangKhen.forEach(r -> r.path("conditions").forEach(c -> {
            if (c.has("value")) {
                thresholds.add(c.get("value").asDouble());
            }
        }));
        assertThat(thresholds).contains(100_000_000.0, 50_000_000.0, 3.0);
        bangKhen.forEach(r -> {
            assertThat(r.get("legalBasis").asString()).isNotBlank();
            assertThat(r.get("validFrom").asString()).isNotBlank();
        });
        JsonNode prize = byCode(lc.get("offers"), "formCode", "GIAY_KHEN_CHU_TICH_UBND_XA").at("/rules/0");
        assertThat(prize.get("baseSalaryMultiple").asDouble()).isEqualTo(0.3);
        assertThat(prize.get("householdMultipleOfIndividual").asDouble()).isEqualTo(1.5);
        assertThat(prize.get("legalBasis").asString()).isEqualTo("152/2025/NĐ-CP");
        assertThat(prize.get("validFrom").asString()).isEqualTo("2025-07-01");

        JsonNode dossiers = byCode(lc.at("/calendar/chains"), "kind", "DOSSIER").get("steps");
        List<String> deadlines = new ArrayList<>();
        dossiers.forEach(s -> deadlines.add(s.at("/deadline/day").asInt() + "/" + s.at("/deadline/month").asInt()));
        assertThat(deadlines).containsSubsequence("5/1", "10/1", "15/1", "20/1");
        assertThat(dossiers.get(0).get("validTo").asString()).isEqualTo("2025-06-30");
        assertThat(dossiers.get(0).get("lateSubmission").asString()).isIn("FLAG", "REFUSE");
        JsonNode last = dossiers.get(dossiers.size() - 1);
        assertThat(last.at("/from/0/unitCode").asString()).isEqualTo("12-SNNMT");
        assertThat(last.at("/via/unitCode").asString()).isEqualTo("12-SNV");
        JsonNode registrations = byCode(lc.at("/calendar/chains"), "kind", "REGISTRATION").get("steps");
        List<String> registrationDeadlines = new ArrayList<>();
        registrations.forEach(s -> registrationDeadlines.add(s.at("/deadline/day").asInt() + "/"
                + s.at("/deadline/month").asInt()));
        assertThat(registrationDeadlines).contains("15/1", "31/1");
        JsonNode statistics = byCode(lc.at("/calendar/milestones"), "kind", "STATISTICS_REPORT");
        assertThat(statistics.at("/yearlyBy/day").asInt()).isEqualTo(15);
        assertThat(statistics.at("/yearlyBy/month").asInt()).isEqualTo(12);
    }

    @Test
    void benTreAndCaoBangPlansKeepTheirOwnersAndParents() {
        JsonNode bt = read("campaign-bentre-ntm");
        assertThat(bt.get("tenant").asString()).isEqualTo("86");
        assertThat(bt.at("/issuingDocument/number").asString()).isEqualTo("4798/KH-UBND");
        assertThat(byCode(bt.get("targets"), "code", "COMMUNES_NTM").at("/progress/thresholdPercent").asDouble())
                .isEqualTo(80.0);
        assertThat(byCode(bt.get("targets"), "code", "COMMUNES_ADVANCED_NTM").at("/progress/thresholdPercent")
                .asDouble()).isEqualTo(40.0);
        assertThat(byCode(bt.get("targets"), "code", "MODEL_COMMUNE_PER_DISTRICT").at("/progress/population/perUnitType")
                .asString()).isEqualTo("DISTRICT");
        JsonNode cb = read("campaign-caobang-bdt");
        assertThat(cb.get("level").asString()).isEqualTo("AGENCY_INTERNAL");
        assertThat(cb.get("ownerUnitCode").asString()).isEqualTo("04-BDT");
        assertThat(cb.get("parentCampaignId").asString()).isEqualTo(IDS.get("campaign-caobang-ntm"));
        // Seed 002 has no measurable targets: an agency's internal emulation launches on its criteria and awards.
        assertThat(cb.get("status").asString()).isEqualTo("LAUNCHED");
        assertThat(cb.at("/offers/0/formCode").asString()).isEqualTo("GIAY_KHEN_THU_TRUONG_CO_QUAN");
        var form = http.get("/api/v1/award-catalogue/GIAY_KHEN_THU_TRUONG_CO_QUAN").token(USERS.get("caobang.admin"))
                .send().json();
        assertThat(form.get("level").asString()).isEqualTo("AGENCY");
        // The agency's head and officers see their own launched plan.
        String head = TestTokens.token("caobang.bdt.head", "04", "04-BDT", UnitLevel.AGENCY,
                vn.thidua.shared.security.PlatformRole.DECISION_SIGNER);
        assertThat(http.get("/api/v1/campaigns/" + IDS.get("campaign-caobang-bdt")).token(head).send().status())
                .isEqualTo(200);
    }

    @Test
    void everyDemoPlanIsLaunchedAndRoutesEveryYearByItsOwnChainOrTheDefaultedOne() {
        for (String key : SENT.keySet().stream().filter(k -> k.startsWith("campaign-")).toList()) {
            JsonNode plan = read(key);
            assertThat(plan.get("status").asString()).as(key).isEqualTo("LAUNCHED");
            for (int year = plan.get("startYear").asInt(); year <= plan.get("endYear").asInt(); year++) {
                var schedule = http.get("/api/v1/campaigns/" + IDS.get(key) + "/schedule?year=" + year)
                        .token(USERS.get(OWNERS.get(key))).send();
                assertThat(schedule.status()).as(key + " " + year).isEqualTo(200);
                for (JsonNode chain : schedule.json().get("chains")) {
                    assertThat(chain.get("steps").size()).as(key + " " + year + " " + chain.get("kind"))
                            .isPositive();
                }
            }
        }
        JsonNode laiChau = http.get("/api/v1/campaigns/" + IDS.get("campaign-laichau-ntm") + "/schedule?year=2024")
                .token(USERS.get("laichau.admin")).send().json();
        assertThat(byCode(laiChau.get("chains"), "kind", "DOSSIER").get("defaulted").asBoolean()).isFalse();
        JsonNode caoBang = http.get("/api/v1/campaigns/" + IDS.get("campaign-caobang-bdt") + "/schedule?year=2023")
                .token(USERS.get("caobang.admin")).send().json();
        assertThat(byCode(caoBang.get("chains"), "kind", "DOSSIER").get("defaulted").asBoolean()).isTrue();
        assertThat(caoBang.at("/milestones/0/code").asString()).isEqualTo("MID_TERM_2023");
    }

    @Test
    void aProvinceAdminSeesEveryLaunchedCampaignInScopeAndNeverAnotherTenantsDrafts() {
        List<String> laiChauSees = codes(USERS.get("laichau.admin"));
        assertThat(laiChauSees).contains("587/QD-TTg", "666/QD-TTg", "LC-NTM-2021-2025")
                .doesNotContain("CB-BDT-NTM-2021-2025", "CB-NTM-2021-2025", "QB-NTM-2021-2025", "BT-NTM-2021-2025");
        List<String> caoBangSees = codes(USERS.get("caobang.admin"));
        assertThat(caoBangSees).contains("587/QD-TTg", "CB-BDT-NTM-2021-2025", "CB-NTM-2021-2025")
                .doesNotContain("LC-NTM-2021-2025");
        // A commune officer sees the launched province campaign and the launched national ones, not drafts.
        assertThat(codes(LAICHAU_COMMUNE)).contains("LC-NTM-2021-2025", "587/QD-TTg");
        assertThat(http.get("/api/v1/campaigns/" + IDS.get("campaign-laichau-ntm")).token(LAICHAU_COMMUNE).send()
                .status()).isEqualTo(200);
        // Another tenant's objects are 404 by id, launched or not.
        assertThat(http.get("/api/v1/campaigns/" + IDS.get("campaign-laichau-ntm")).token(USERS.get("caobang.admin"))
                .send().status()).isEqualTo(404);
        assertThat(http.get("/api/v1/campaigns/" + IDS.get("campaign-caobang-bdt")).token(USERS.get("laichau.admin"))
                .send().status()).isEqualTo(404);
        // A national draft is the national board's only.
        String nationalDraft = http.post("/api/v1/campaigns", Map.of("code", "NAT-" + UUID.randomUUID(), "name",
                "Dự thảo quốc gia", "level", "NATIONAL", "startYear", 2026, "endYear", 2030))
                .token(USERS.get("national.admin")).send().json().get("id").asString();
        assertThat(http.get("/api/v1/campaigns/" + nationalDraft).token(USERS.get("laichau.admin")).send().status())
                .isEqualTo(404);
    }

    List<String> codes(String token) {
        var list = http.get("/api/v1/campaigns?size=100").token(token).send();
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        List<String> codes = new ArrayList<>();
        list.json().get("items").forEach(i -> codes.add(i.get("code").asString()));
        return codes;
    }

    @Test
    void theOwnerChangesAQuotaWithANewVersionAndTheOldOneStaysReadable() {
        String token = USERS.get("laichau.admin");
        String path = "/api/v1/campaigns/" + IDS.get("campaign-laichau-ntm");
        var before = http.get(path).token(token).send();
        String etag = before.header("ETag");
        long n = Long.parseLong(etag.replace("\"", ""));
        ObjectNode plan = (ObjectNode) SENT.get("campaign-laichau-ntm").deepCopy();
        JsonNode perCommune = StreamSupport.stream(byCode(plan.get("offers"), "formCode", "BANG_KHEN_CAP_BO_TINH")
                .get("rules").spliterator(), false).filter(r -> "QUOTA".equals(r.get("kind").asString())
                && "COMMUNE".equals(r.at("/per/unitType").asString())).findFirst().orElseThrow();
        ((ObjectNode) perCommune).put("maxCount", 6);

        assertThat(http.put(path, plan.toString()).token(token).send().status()).isEqualTo(428);
        assertThat(http.put(path, plan.toString()).token(token).header("If-Match", "\"" + (n + 7) + "\"").send()
                .status()).isEqualTo(412);
        assertThat(http.put(path, plan.toString()).token(USERS.get("caobang.admin")).header("If-Match", etag).send()
                .status()).isEqualTo(404);
        var changed = http.put(path, plan.toString()).token(token).header("If-Match", etag).send();
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"" + (n + 1) + "\"");
        assertThat(changed.json().get("status").asString()).isEqualTo("LAUNCHED");

        var versions = http.get(path + "/versions").token(token).send();
        assertThat(versions.status()).isEqualTo(200);
        List<Long> numbers = new ArrayList<>();
        versions.json().forEach(v -> numbers.add(v.get("n").asLong()));
        assertThat(numbers).contains(n, n + 1);
        JsonNode old = http.get(path + "/versions/" + n).token(token).send().json();
        JsonNode current = http.get(path + "/versions/" + (n + 1)).token(token).send().json();
        assertThat(quotaPerCommune(old)).isEqualTo(5);
        assertThat(quotaPerCommune(current)).isEqualTo(6);
        assertThat(http.get(path + "/versions/" + n).token(USERS.get("caobang.admin")).send().status())
                .isEqualTo(404);
        assertThat(http.get(path + "/versions/abc").token(token).send().status()).isEqualTo(404);
    }

    static int quotaPerCommune(JsonNode campaign) {
        return StreamSupport.stream(byCode(campaign.get("offers"), "formCode", "BANG_KHEN_CAP_BO_TINH").get("rules")
                .spliterator(), false).filter(r -> "QUOTA".equals(r.get("kind").asString())
                && "COMMUNE".equals(r.at("/per/unitType").asString())).findFirst().orElseThrow().get("maxCount")
                .asInt();
    }
}
