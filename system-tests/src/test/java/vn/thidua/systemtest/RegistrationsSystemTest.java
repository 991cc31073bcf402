package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Registrations, support assignments and progress through the gateway with real Keycloak tokens, on a campaign of
 * this run (see {@link RegistrationFixtures}). Today is judged by the server's clock: the 2025 registrations are
 * late (flagged), the 2027 ones on time.
 */
class RegistrationsSystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String COMMUNE = "laichau.commune";
    static final String DISTRICT = "laichau.district";
    static final String STANDING = "laichau.standing";
    static final String DEPARTMENT = "laichau.department";
    static final String PROVINCE = "laichau.admin";
    static final String FOREIGN = "caobang.admin";

    static String token(String user) {
        return Stack.token(user);
    }

    static TestHttp.Response transition(String user, String id, String etag, String action, String reason) {
        Map<String, Object> body = reason == null ? Map.of("action", action) : Map.of("action", action, "reason",
                reason);
        return GATEWAY.post("/api/v1/registrations/" + id + "/transitions", body).token(token(user))
                .header("If-Match", etag).send();
    }

    static long registrationsOf(String campaignId, int year) {
        return GATEWAY.get("/api/v1/registrations?campaignId=" + campaignId + "&year=" + year + "&unitCode=03390")
                .token(token(PROVINCE)).send().json().get("totalItems").asLong();
    }

    @Test
    void beforeTheReformACommuneRegistersLateItsDistrictApprovesAndForwardsAndTheProvinceSeesTheAggregate()
            throws Exception {
        String campaignId = RegistrationFixtures.campaignId();
        Map<String, Object> body = RegistrationFixtures.registrationBody(2025);

        // Bad input: a 4xx naming the field, nothing written.
        var bad = GATEWAY.post("/api/v1/registrations", Map.of("campaignId", campaignId, "year", 2025, "unitCode",
                "03390", "commitments", List.of(Map.of("targetCode", "NOT_A_TARGET", "committedValue", 1)),
                "awardForms", List.of("NOT_OFFERED"))).token(token(COMMUNE)).send();
        assertThat(bad.status()).as(bad.text()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("commitments[0].targetCode", "awardForms[0]");
        var outOfPeriod = GATEWAY.post("/api/v1/registrations", Map.of("campaignId", campaignId, "year", 2019,
                "unitCode", "03390")).token(token(COMMUNE)).send();
        assertThat(outOfPeriod.status()).isEqualTo(400);
        assertThat(outOfPeriod.json().get("errors").get(0).get("field").asString()).isEqualTo("year");
        assertThat(registrationsOf(campaignId, 2025)).isZero();

        // A create retried with the same Idempotency-Key gives one registration.
        String key = "st-" + UUID.randomUUID();
        var created = GATEWAY.post("/api/v1/registrations", body).token(token(COMMUNE))
                .header("Idempotency-Key", key).send();
        var retried = GATEWAY.post("/api/v1/registrations", body).token(token(COMMUNE))
                .header("Idempotency-Key", key).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(retried.status()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(retried.json().get("id").asString()).isEqualTo(id);
        assertThat(registrationsOf(campaignId, 2025)).isEqualTo(1);
        var second = GATEWAY.post("/api/v1/registrations", body).token(token(COMMUNE)).send();
        assertThat(second.status()).as("one per unit, campaign and year").isEqualTo(409);
        assertThat(created.json().get("unitPath").toString()).contains("106");

        // Submitted after 15/01/2025: accepted, flagged late, reviewed by the district (the commune is not on the
        // pre-reform chain; its district is).
        var submitted = transition(COMMUNE, id, created.header("ETag"), "SUBMIT", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        JsonNode s = submitted.json();
        assertThat(s.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(s.get("reviewerCode").asString()).isEqualTo("106");
        assertThat(s.get("late").asBoolean()).isTrue();
        assertThat(s.get("deadline").asString()).isEqualTo("2025-01-15");

        assertThat(GATEWAY.get("/api/v1/registrations/" + id).token(token(FOREIGN)).send().status()).isEqualTo(404);
        assertThat(transition(FOREIGN, id, submitted.header("ETag"), "APPROVE", null).status()).isEqualTo(404);
        assertThat(transition(COMMUNE, id, submitted.header("ETag"), "APPROVE", null).status())
                .as("the commune does not approve its own").isEqualTo(403);
        // The district reviewed it until 30/6/2025; today it reads it and writes nothing, and Sở Nội vụ reviews
        // on its behalf.
        var byDistrict = transition(DISTRICT, id, submitted.header("ETag"), "APPROVE", null);
        assertThat(byDistrict.status()).as(byDistrict.text()).isEqualTo(403);
        assertThat(byDistrict.json().get("code").asString()).isEqualTo("unit-not-in-force");
        assertThat(transition(PROVINCE, id, submitted.header("ETag"), "RETURN", null).json().get("errors").get(0)
                .get("field").asString()).isEqualTo("reason");
        assertThat(GATEWAY.post("/api/v1/registrations/" + id + "/transitions", Map.of("action", "APPROVE"))
                .token(token(PROVINCE)).send().status()).as("If-Match required").isEqualTo(428);

        // Two concurrent approvals with the same ETag: one winner, one 412.
        String etag = submitted.header("ETag");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> racers = new ArrayList<>();
        for (String user : List.of(PROVINCE, PROVINCE)) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return transition(user, id, etag, "APPROVE", null).status();
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (var racer : racers) {
            statuses.add(racer.get());
        }
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
        JsonNode approved = GATEWAY.get("/api/v1/registrations/" + id).token(token(DISTRICT)).send().json();
        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        assertThat(approved.get("history")).hasSize(2);

        // Sở Nội vụ forwards the district's approved registrations to the standing agency as a batch, on the
        // district's behalf (late: after 15/01).
        var batch = GATEWAY.post("/api/v1/registrations/batches", Map.of("campaignId", campaignId, "year", 2025,
                "fromUnitCode", "106")).token(token(PROVINCE)).send();
        assertThat(batch.status()).as(batch.text()).isEqualTo(201);
        assertThat(batch.json().get("toUnitCode").asString()).isEqualTo("12-SNNMT");
        assertThat(batch.json().get("late").asBoolean()).isTrue();
        assertThat(batch.json().get("registrationIds").toString()).contains(id);
        assertThat(GATEWAY.post("/api/v1/registrations/batches", Map.of("campaignId", campaignId, "year", 2025,
                "fromUnitCode", "106")).token(token(PROVINCE)).send().status()).as("nothing left to forward")
                .isEqualTo(422);

        // The standing agency now sees it, and forwards the aggregate to Sở Nội vụ.
        assertThat(GATEWAY.get("/api/v1/registrations/" + id).token(token(STANDING)).send().status()).isEqualTo(200);
        var onward = GATEWAY.post("/api/v1/registrations/batches", Map.of("campaignId", campaignId, "year", 2025))
                .token(token(STANDING)).send();
        assertThat(onward.status()).as(onward.text()).isEqualTo(201);
        assertThat(onward.json().get("toUnitCode").asString()).isEqualTo("12-SNV");
        assertThat(onward.json().get("deadline").asString()).isEqualTo("2025-01-31");

        // The province sees the aggregate.
        var aggregate = GATEWAY.get("/api/v1/registrations/aggregate?campaignId=" + campaignId + "&year=2025")
                .token(token(PROVINCE)).send();
        assertThat(aggregate.status()).isEqualTo(200);
        JsonNode a = aggregate.json();
        assertThat(a.get("registrations").asInt()).isEqualTo(1);
        assertThat(a.get("byStatus").get("APPROVED").asInt()).isEqualTo(1);
        assertThat(a.get("late").asInt()).isEqualTo(1);
        assertThat(a.get("byReviewer").get("106").get("APPROVED").asInt()).isEqualTo(1);
        assertThat(a.get("commitments").get(0).get("approved").asInt()).isEqualTo(19);
        assertThat(a.get("batches").asInt()).isEqualTo(2);
        assertThat(GATEWAY.get("/api/v1/registrations/aggregate?campaignId=" + campaignId + "&year=2025")
                .token(token(FOREIGN)).send().json().get("registrations").asInt()).isZero();
    }

    @Test
    void twoOfficersForwardingAtOnceNeverPutARegistrationInTwoBatches() throws Exception {
        String campaignId = RegistrationFixtures.campaignId();
        // Three communes of Huyện Tam Đường register for 2024 through their district; after 1 July 2025 Sở Nội vụ
        // enters and approves them on the district's behalf (the district writes nothing any more).
        List<String> ids = new ArrayList<>();
        for (String commune : List.of("03394", "03400", "03405")) {
            var created = GATEWAY.post("/api/v1/registrations", Map.of("campaignId", campaignId, "year", 2024,
                    "unitCode", commune)).token(token(PROVINCE)).header("Idempotency-Key", "st-" + UUID.randomUUID())
                    .send();
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            String id = created.json().get("id").asString();
            var submitted = transition(PROVINCE, id, created.header("ETag"), "SUBMIT", null);
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
            var approved = transition(PROVINCE, id, submitted.header("ETag"), "APPROVE", null);
            assertThat(approved.status()).as(approved.text()).isEqualTo(200);
            ids.add(id);
        }
        // Sở Nội vụ forwards on the district's behalf from six requests at the same moment, without a shared
        // Idempotency-Key (the district officer's own attempts are refused: its unit is no longer in force).
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<TestHttp.Response>> forwards = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            forwards.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                Map<String, Object> body = Map.of("campaignId", campaignId, "year", 2024, "fromUnitCode", "106");
                return GATEWAY.post("/api/v1/registrations/batches", body).token(token(PROVINCE)).send();
            }));
        }
        start.countDown();
        List<String> forwarded = new ArrayList<>();
        for (var forward : forwards) {
            TestHttp.Response response = forward.get();
            assertThat(response.status()).as(response.text()).isIn(201, 422);
            if (response.status() == 201) {
                response.json().get("registrationIds").forEach(id -> forwarded.add(id.asString()));
            }
        }
        assertThat(forwarded).as("each registration in exactly one batch").containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void afterTheReformACommuneGoesStraightToTheStandingAgencyOnTimeAndIsReturnedForCorrection() {
        String campaignId = RegistrationFixtures.campaignId();
        var created = GATEWAY.post("/api/v1/registrations", RegistrationFixtures.registrationBody(2027))
                .token(token(COMMUNE)).header("Idempotency-Key", "st-" + UUID.randomUUID()).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var submitted = transition(COMMUNE, id, created.header("ETag"), "SUBMIT", null);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("reviewerCode").asString()).isEqualTo("12-SNNMT");
        assertThat(submitted.json().get("late").asBoolean()).isFalse();
        assertThat(submitted.json().get("deadline").asString()).isEqualTo("2027-01-15");

        var returned = transition(STANDING, id, submitted.header("ETag"), "RETURN", "Bổ sung chỉ tiêu thu nhập");
        assertThat(returned.status()).as(returned.text()).isEqualTo(200);
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED");

        Map<String, Object> corrected = Map.of("campaignId", campaignId, "year", 2027, "unitCode", "03390",
                "commitments", List.of(Map.of("targetCode", "COMMUNES_NTM", "indicator", "NTM_CRITERIA_MET",
                        "committedValue", 19), Map.of("targetCode", "COMMUNES_ADVANCED_NTM", "committedValue", 1)),
                "awardForms", List.of("CO_THI_DUA_CAP_BO_TINH"));
        var stale = GATEWAY.put("/api/v1/registrations/" + id, corrected).token(token(COMMUNE))
                .header("If-Match", submitted.header("ETag")).send();
        assertThat(stale.status()).isEqualTo(412);
        var edited = GATEWAY.put("/api/v1/registrations/" + id, corrected).token(token(COMMUNE))
                .header("If-Match", returned.header("ETag")).send();
        assertThat(edited.status()).as(edited.text()).isEqualTo(200);
        assertThat(edited.json().get("commitments")).hasSize(2);
        var again = transition(COMMUNE, id, edited.header("ETag"), "SUBMIT", null);
        assertThat(again.status()).isEqualTo(200);
        var approved = transition(STANDING, id, again.header("ETag"), "APPROVE", null);
        assertThat(approved.status()).as(approved.text()).isEqualTo(200);
        assertThat(GATEWAY.get("/api/v1/registrations?campaignId=" + campaignId + "&year=2027&status=APPROVED")
                .token(token(STANDING)).send().json().get("totalItems").asLong()).isEqualTo(1);
    }

    @Test
    void aDepartmentSupportsACommuneSeenFromBothSidesButNotFromAnotherProvince() {
        String campaignId = RegistrationFixtures.campaignId();
        var created = GATEWAY.post("/api/v1/support-assignments", Map.of("supporterUnitCode", "12-SYT",
                "supportedUnitCode", "03390", "campaignId", campaignId, "years", List.of(2026, 2027)))
                .token(token(DEPARTMENT)).header("Idempotency-Key", "st-" + UUID.randomUUID()).send();
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        var bySupporter = GATEWAY.get("/api/v1/support-assignments?supporterUnitCode=12-SYT&campaignId=" + campaignId)
                .token(token(DEPARTMENT)).send().json();
        assertThat(bySupporter.get("totalItems").asLong()).isEqualTo(1);
        var bySupported = GATEWAY.get("/api/v1/support-assignments?supportedUnitCode=03390&campaignId=" + campaignId)
                .token(token(COMMUNE)).send().json();
        assertThat(bySupported.get("items").get(0).get("id").asString()).isEqualTo(id);
        assertThat(GATEWAY.get("/api/v1/support-assignments/" + id).token(token(FOREIGN)).send().status())
                .isEqualTo(404);
        var notASupporter = GATEWAY.post("/api/v1/support-assignments", Map.of("supporterUnitCode", "03390",
                "supportedUnitCode", "03394", "campaignId", campaignId)).token(token(PROVINCE)).send();
        assertThat(notASupporter.status()).isEqualTo(400);
        assertThat(notASupporter.json().get("errors").get(0).get("field").asString()).isEqualTo("supporterUnitCode");
    }

    @Test
    void progressGivesTheCurrentValueOfEachIndicator() {
        String indicator = "ST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        var recorded = GATEWAY.post("/api/v1/progress", Map.of("unitCode", "03390", "indicator", indicator,
                "value", 1, "unitOfMeasure", "FLAG", "measuredOn", "2026-01-02")).token(token(COMMUNE))
                .header("Idempotency-Key", "st-" + UUID.randomUUID()).send();
        assertThat(recorded.status()).as(recorded.text()).isEqualTo(201);
        var current = GATEWAY.get("/api/v1/progress/current?unitCode=03390").token(token(PROVINCE)).send();
        assertThat(current.status()).isEqualTo(200);
        List<String> indicators = new ArrayList<>();
        current.json().get("indicators").forEach(i -> indicators.add(i.get("indicator").asString()));
        assertThat(indicators).contains(indicator);
        var before = GATEWAY.get("/api/v1/progress/current?unitCode=03390&asOf=2026-01-01").token(token(PROVINCE))
                .send().json();
        before.get("indicators").forEach(i -> assertThat(i.get("indicator").asString()).isNotEqualTo(indicator));
        assertThat(GATEWAY.get("/api/v1/progress/current?unitCode=03390").token(token(FOREIGN)).send().status())
                .isEqualTo(404);
    }
}
