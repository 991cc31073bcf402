package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Issue 11, "Done when", through the gateway with real Keycloak tokens: a new province plan that is not a seed
 * (Quảng Trị, 2025–2030, written below) is entered and launched by the province admin and behaves as written — a
 * quota of three households per commune per year, a contribution threshold of 100 million đồng for the benefactors'
 * category, a dossier chain whose first step refuses late dossiers (15/01 of the next year). Then seed 002's
 * agency-internal plan launches and its agency head decides a Giấy khen, and every launched demo plan accepts a
 * registration. No answer along the way is a 5xx ({@link Answers}).
 */
class AnyPlanSystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String ADMIN = "quangtri.admin";
    /** Xã Cam Lộ (19597), a commune of Quảng Trị since 1 July 2025. */
    static final String COMMUNE = "quangtri.commune";
    static final String COMMUNE_CODE = "19597";
    static final String QUOTA = "Mỗi xã không quá 03 hộ gia đình tiêu biểu mỗi năm";

    /**
     * The plan, as Sở Nội vụ Quảng Trị would write it: households per commune per year, benefactors with a threshold,
     * communes send to the standing agency (Sở Nông nghiệp và Môi trường) by 15/01 of the next year, late dossiers
     * refused; the standing agency sends to the province through Sở Nội vụ by 31/01.
     */
    static final String PLAN = """
            {
              "code": "%s",
              "name": "Phong trào thi đua \\"Quảng Trị chung sức xây dựng nông thôn mới\\" giai đoạn 2025–2030 (kiểm thử)",
              "level": "PROVINCE", "kind": "FIVE_YEAR", "startYear": 2025, "endYear": 2030,
              "issuingDocument": { "type": "KH-UBND", "number": "215/KH-UBND", "date": "2025-09-15",
                                   "issuingBody": "Ủy ban nhân dân tỉnh Quảng Trị", "signer": "Hoàng Nam" },
              "legalBasis": [ { "type": "Luật", "number": "06/2022/QH15", "date": "2022-06-15",
                                "issuingBody": "Quốc hội", "title": "Luật Thi đua, khen thưởng" } ],
              "standingAgencyCode": "44-SNNMT",
              "targets": [ {
                "code": "COMMUNES_NTM", "indicator": "COMMUNES_MEETING_NTM_STANDARD", "unitOfMeasure": "PERCENT",
                "description": "Ít nhất 80%% số xã đạt chuẩn nông thôn mới", "targetValue": 80, "horizon": "2030-12-31",
                "progress": { "method": "COUNT_OF_UNITS_MEETING", "population": { "unitType": "COMMUNE" },
                              "unitCondition": { "kind": "STATUS_FLAG", "flag": "NTM_STANDARD_MET" },
                              "thresholdPercent": 80 } } ],
              "categories": [
                { "code": "HOUSEHOLDS", "name": "Hộ gia đình tiêu biểu", "nomineeType": "HOUSEHOLD",
                  "unitType": "HOUSEHOLD",
                  "criteria": [ { "code": "MODEL_HOUSEHOLD", "condition": { "kind": "JUDGEMENT",
                                  "text": "Gương mẫu, tích cực hiến đất, ngày công xây dựng nông thôn mới" } } ] },
                { "code": "BENEFACTORS", "name": "Doanh nghiệp, tổ chức đóng góp xây dựng nông thôn mới",
                  "nomineeType": "COLLECTIVE", "unitType": "ENTERPRISE",
                  "criteria": [ { "code": "CONTRIBUTION_100M", "condition": { "kind": "NUMERIC_THRESHOLD",
                                  "indicator": "CONTRIBUTION_VND", "comparison": "AT_LEAST", "value": 100000000,
                                  "unit": "VND", "text": "đóng góp từ 100 triệu đồng trở lên" } } ] } ],
              "offers": [ {
                "formCode": "BANG_KHEN_CAP_BO_TINH", "categoryCodes": [ "HOUSEHOLDS", "BENEFACTORS" ],
                "occasions": [ "ANNUAL" ],
                "rules": [ { "kind": "QUOTA", "nomineeType": "HOUSEHOLD", "per": { "unitType": "COMMUNE" },
                             "maxCount": 3, "period": "YEAR", "description": "%s",
                             "legalBasis": "06/2022/QH15", "validFrom": "2025-07-01" } ] } ],
              "calendar": {
                "milestones": [ { "code": "SO_KET", "kind": "MID_TERM_REVIEW", "name": "Sơ kết", "year": 2028 },
                                { "code": "TONG_KET", "kind": "FINAL_REVIEW", "name": "Tổng kết", "year": 2030 } ],
                "chains": [ { "kind": "DOSSIER", "steps": [
                  { "order": 1, "name": "UBND xã gửi hồ sơ đề nghị khen thưởng về cơ quan thường trực",
                    "from": [ { "level": "COMMUNE" } ], "to": { "unitCode": "44-SNNMT" },
                    "deadline": { "day": 15, "month": 1 }, "yearOffset": 1, "lateSubmission": "REFUSE",
                    "validFrom": "2025-07-01" },
                  { "order": 2, "name": "Cơ quan thường trực trình UBND tỉnh qua Sở Nội vụ",
                    "from": [ { "unitCode": "44-SNNMT" } ], "to": { "level": "PROVINCE" },
                    "via": { "unitCode": "44-SNV" },
                    "deadline": { "day": 31, "month": 1 }, "yearOffset": 1, "lateSubmission": "FLAG" } ] } ] }
            }
            """;

    static String campaignId;

    @BeforeAll
    static void theProvinceAdminEntersAndLaunchesTheQuangTriPlan() {
        String code = "QT-ST-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        JsonNode plan = TestHttp.JSON.readTree(PLAN.formatted(code, QUOTA));
        var created = Answers.checked("plan", GATEWAY.post("/api/v1/campaigns", plan).token(Stack.token(ADMIN))
                .send());
        assertThat(created.status()).as("plan: " + created.text()).isEqualTo(201);
        campaignId = created.json().get("id").asString();
        var launched = Answers.checked("launch", GATEWAY.post("/api/v1/campaigns/" + campaignId + "/transitions",
                Map.of("transition", "LAUNCH", "note", "system test")).token(Stack.token(ADMIN)).send());
        assertThat(launched.status()).as("launch: " + launched.text()).isEqualTo(200);
    }

    @Test
    void theQuotaOfThreeHouseholdsPerCommuneCountsPerYearSoTheFourthOf2026IsRefusedAndThe2027OneAccepted() {
        // Three model households of Xã Cam Lộ for 2026 take the three slots of the year, one after the other.
        for (int slot = 1; slot <= 3; slot++) {
            var submitted = submit(draft(household(2026)));
            assertThat(submitted.status()).as("household %d of 2026: %s", slot, submitted.text()).isEqualTo(200);
            assertThat(submitted.json().get("holderUnitCode").asString()).isEqualTo("44-SNNMT");
            JsonNode quota = quotaFinding(submitted.json().get("findings"));
            assertThat(quota.get("outcome").asString()).isEqualTo("PASS");
            assertThat(quota.get("numbers").get("used").asInt()).as("slots of 2026 used").isEqualTo(slot);
            assertThat(quota.get("numbers").get("max").asInt()).isEqualTo(3);
        }

        // The fourth household of 2026 is refused, naming the quota and its use.
        var fourth = submit(draft(household(2026)));
        assertThat(fourth.status()).as(fourth.text()).isEqualTo(422);
        assertThat(fourth.json().get("code").asString()).isEqualTo("rule-checks-failed");
        assertThat(failing(fourth.json().get("findings"))).containsExactly("QUOTA");
        assertThat(fourth.json().get("detail").asString()).contains(QUOTA).contains("3/3");

        // 2027 is another year: its quota is untouched by 2026's households.
        var nextYear = submit(draft(household(2027)));
        assertThat(nextYear.status()).as("the first household of 2027 (the quota is per year): %s",
                nextYear.text()).isEqualTo(200);
        JsonNode quota = quotaFinding(nextYear.json().get("findings"));
        assertThat(quota.get("outcome").asString()).isEqualTo("PASS");
        assertThat(quota.get("numbers").get("used").asInt()).as("slots of 2027 used").isEqualTo(1);
    }

    @Test
    void aBenefactorWhoContributedOneHundredAndFiftyMillionMeetsTheThresholdAndIsAccepted() {
        var submitted = submit(draft(benefactor(2026, 150_000_000)));
        assertThat(submitted.status()).as("a contribution over the threshold: %s", submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("IN_REVIEW");
        JsonNode criterion = finding(submitted.json().get("findings"), "CRITERION:CONTRIBUTION_100M");
        assertThat(criterion.get("outcome").asString()).isEqualTo("PASS");
        assertQuotes(criterion, 150_000_000d, 100_000_000d);
    }

    @Test
    void aBenefactorWhoContributedFiftyMillionIsRefusedNamingTheThreshold() {
        var draft = draft(benefactor(2026, 50_000_000));
        var refused = submit(draft);
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.header("Content-Type")).contains("application/problem+json");
        assertThat(refused.json().get("code").asString()).isEqualTo("rule-checks-failed");
        assertThat(failing(refused.json().get("findings"))).containsExactly("CRITERION:CONTRIBUTION_100M");
        assertThat(refused.json().get("detail").asString()).contains("100.000.000");
        assertQuotes(finding(refused.json().get("findings"), "CRITERION:CONTRIBUTION_100M"), 50_000_000d,
                100_000_000d);
        // An error writes nothing: the dossier is still the commune's draft.
        assertThat(status(draft)).isEqualTo("DRAFT");
    }

    @Test
    void aDossierFor2025IsRefusedBecauseItsFirstStepClosedOn15January2026AndThePlanRefusesLateDossiers() {
        var draft = draft(household(2025));
        var late = submit(draft);
        assertThat(late.status()).as(late.text()).isEqualTo(422);
        assertThat(late.json().get("code").asString()).isEqualTo("deadline-passed");
        assertThat(late.json().get("detail").asString()).as("the refusal names the deadline")
                .containsAnyOf("2026-01-15", "15/01/2026");
        assertThat(status(draft)).isEqualTo("DRAFT");
    }

    /**
     * Seed 002: Ban Dân tộc Cao Bằng's own plan (no measurable targets) launches; its officer prepares a Giấy khen
     * of the head of the agency for one of its staff; the officer may not decide it; the head (thủ trưởng cơ quan)
     * decides it, issues the decision and publishes it. The agency's registration for its own plan is accepted.
     */
    @Test
    void seed002sAgencyPlanLaunchesAndItsHeadDecidesTheGiayKhenItsOfficerPrepared() {
        String campaign = AgencyPlanCopy.launched();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaign);
        body.put("year", 2025);
        body.put("occasion", "ANNUAL");
        body.put("nominee", Map.of("type", "INDIVIDUAL", "name", "Chuyên viên " + UUID.randomUUID().toString()
                .substring(0, 6), "personalId", DossierFixtures.personalId(), "position",
                "Chuyên viên Phòng Chính sách dân tộc"));
        body.put("categoryCode", "STAFF");
        body.put("awardFormCode", "GIAY_KHEN_THU_TRUONG_CO_QUAN");
        body.put("achievementSummary", "Tham mưu hiệu quả chính sách dân tộc trong xây dựng nông thôn mới năm 2025");
        var created = Answers.checked("agency dossier", GATEWAY.post("/api/v1/dossiers", body)
                .token(Stack.token(AgencyPlanCopy.OFFICER)).send());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var submitted = Answers.checked("agency submit", GATEWAY.post("/api/v1/dossiers/" + id + "/transitions",
                Map.of("action", "SUBMIT")).token(Stack.token(AgencyPlanCopy.OFFICER))
                .header("If-Match", created.header("ETag")).send());
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("holderUnitCode").asString()).as("an agency's Giấy khen stays at the agency")
                .isEqualTo("04-BDT");
        // One stop, the agency's, for its head (the decision signer): the plan has no chain of its own.
        assertThat(submitted.json().get("route")).hasSize(1);
        assertThat(submitted.json().get("route").get(0).get("role").asString()).isEqualTo("decision-signer");

        var byOfficer = Answers.checked("officer decides", GATEWAY.post("/api/v1/dossiers/" + id + "/transitions",
                Map.of("action", "DECIDE")).token(Stack.token(AgencyPlanCopy.OFFICER))
                .header("If-Match", submitted.header("ETag")).send());
        assertThat(byOfficer.status()).as("the officer who prepared it does not decide it: %s", byOfficer.text())
                .isEqualTo(403);
        var decided = DossierFixtures.move(AgencyPlanCopy.HEAD, id, submitted.header("ETag"), "DECIDE", null);
        assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(decided.json().get("decidedAtUnitCode").asString()).isEqualTo("04-BDT");

        String number = "ST-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-BDT";
        var decision = Answers.checked("agency decision", GATEWAY.post("/api/v1/decisions", Map.of("number", number,
                "signedOn", LocalDate.now().toString(), "issuingBody", "Ban Dân tộc tỉnh Cao Bằng",
                "dossierIds", List.of(id))).token(Stack.token(AgencyPlanCopy.HEAD)).send());
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);
        assertThat(decision.json().get("decidingUnitCode").asString()).isEqualTo("04-BDT");
        // The signer is the signed-in head of the agency, not a name typed in (separation of duties).
        assertThat(decision.json().get("signedBy").asString()).isEqualTo(AgencyPlanCopy.HEAD);
        var published = Answers.checked("publication", GATEWAY.post("/api/v1/decisions/"
                + decision.json().get("id").asString() + "/publication", Map.of())
                .token(Stack.token(AgencyPlanCopy.HEAD)).send());
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        JsonNode awarded = GATEWAY.get("/api/v1/dossiers/" + id).token(Stack.token(AgencyPlanCopy.OFFICER)).send()
                .json();
        assertThat(awarded.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(awarded.get("decisionNumber").asString()).isEqualTo(number);

        // The agency registers for its own plan too (a plan without a chain routes to the province).
        var registered = DemoPlans.registerAndSubmit(new DemoPlans.Launched("seed 002 (copy)", campaign,
                AgencyPlanCopy.OFFICER, "04", 2025, List.of("04-BDT")));
        assertThat(registered.status()).as("04-BDT's registration: %s", registered.text()).isEqualTo(200);
    }

    /**
     * Every launched demo plan (national 587 and 666, Lai Châu, Quảng Bình ×2, Bến Tre — with or without a
     * registration chain) accepts a registration: a unit of the plan's tenant registers for a
     * year of the period (201) and submits it (200, never 422 {@code no-route}).
     */
    @Test
    void everyLaunchedDemoPlanAcceptsARegistrationOfAUnitOfItsTenant() {
        List<String> refused = new ArrayList<>();
        for (DemoPlans.Launched plan : DemoPlans.launched()) {
            var submitted = DemoPlans.registerAndSubmit(plan);
            if (submitted.status() != 200) {
                refused.add(plan.code() + " → " + submitted.status() + " " + submitted.json().path("code")
                        .asString("") + ": " + submitted.json().path("detail").asString(""));
            }
        }
        assertThat(refused).as("plans whose registration was refused").isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------

    static Map<String, Object> household(int year) {
        return dossierBody(year, "HOUSEHOLDS", Map.of("type", "HOUSEHOLD", "name", "Hộ ông Lê Văn "
                + UUID.randomUUID().toString().substring(0, 5), "personalId", DossierFixtures.personalId(),
                "address", "Thôn Cam Lộ, xã Cam Lộ"), null);
    }

    static Map<String, Object> benefactor(int year, long contributionVnd) {
        return dossierBody(year, "BENEFACTORS", Map.of("type", "COLLECTIVE", "name", "Công ty TNHH Nông sản "
                + UUID.randomUUID().toString().substring(0, 5)), Map.of("CONTRIBUTION_VND", contributionVnd));
    }

    static Map<String, Object> dossierBody(int year, String category, Map<String, Object> nominee,
            Map<String, Object> figures) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("year", year);
        body.put("occasion", "ANNUAL");
        body.put("nominee", nominee);
        body.put("categoryCode", category);
        body.put("awardFormCode", "BANG_KHEN_CAP_BO_TINH");
        body.put("achievementSummary", "Thành tích tiêu biểu trong xây dựng nông thôn mới năm " + year);
        if (figures != null) {
            body.put("figures", figures);
        }
        return body;
    }

    static TestHttp.Response draft(Map<String, Object> body) {
        var created = Answers.checked("draft", GATEWAY.post("/api/v1/dossiers", body).token(Stack.token(COMMUNE))
                .send());
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created;
    }

    static TestHttp.Response submit(TestHttp.Response draft) {
        return Answers.checked("submit", GATEWAY.post("/api/v1/dossiers/" + draft.json().get("id").asString()
                + "/transitions", Map.of("action", "SUBMIT")).token(Stack.token(COMMUNE))
                .header("If-Match", draft.header("ETag")).send());
    }

    static String status(TestHttp.Response draft) {
        return GATEWAY.get("/api/v1/dossiers/" + draft.json().get("id").asString()).token(Stack.token(COMMUNE))
                .send().json().get("status").asString();
    }

    /** A finding quotes the value and the threshold under fixed keys, never under the plan's indicator code. */
    static void assertQuotes(JsonNode finding, double value, double threshold) {
        JsonNode numbers = finding.path("numbers");
        assertThat(numbers.path("value").isNumber() && numbers.path("threshold").isNumber())
                .as("the finding's numbers quote 'value' and 'threshold' (fixed keys, contract §3): %s", finding)
                .isTrue();
        assertThat(numbers.get("value").asDouble()).isEqualTo(value);
        assertThat(numbers.get("threshold").asDouble()).isEqualTo(threshold);
    }

    static JsonNode quotaFinding(JsonNode findings) {
        return finding(findings, "QUOTA");
    }

    static JsonNode finding(JsonNode findings, String rule) {
        for (JsonNode f : findings) {
            if (rule.equals(f.path("rule").asString(""))) {
                return f;
            }
        }
        throw new AssertionError("no finding " + rule + " in " + findings);
    }

    static List<String> failing(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> {
            if ("FAIL".equals(f.path("outcome").asString(""))) {
                rules.add(f.path("rule").asString(""));
            }
        });
        return rules;
    }
}
