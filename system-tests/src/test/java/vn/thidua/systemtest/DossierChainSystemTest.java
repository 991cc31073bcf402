package vn.thidua.systemtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * Issue 7 part 1 through the gateway with real Keycloak tokens, on a launched Lai Châu campaign of this run (the
 * demo plan of seed 004, see {@link DossierFixtures}): a year-2024 dossier of commune 03390 climbs commune →
 * district 106 → 12-SNNMT → Sở Nội vụ → council → decision → published, flagged late (today is after 05/01/2025);
 * the sixth individual of the NTM commune is refused with the quota named; a second emulation flag for the same
 * commune is refused; an idempotent retry gives one dossier; two moves from one ETag give one 412; every move is
 * in the audit trail and the chain verifies. The commune's NTM status comes from registration-service progress.
 */
class DossierChainSystemTest {

    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;
    static final String COMMUNE = "laichau.commune";
    static final String DISTRICT = "laichau.district";
    static final String STANDING = "laichau.standing";
    static final String APPRAISER = "laichau.appraiser";
    static final String SIGNER = "laichau.signer";
    static final String ADMIN = "laichau.admin";
    static final String COMMUNE_HEAD = SeparationOfDutiesSystemTest.COMMUNE_HEAD;
    static final String QUOTA = "Mỗi xã đạt chuẩn nông thôn mới; nông thôn mới nâng cao 05 cá nhân";

    static String campaignId;

    @BeforeAll
    static void campaignAndStatus() {
        campaignId = DossierFixtures.campaignId();
        // Thị trấn Tam Đường (03390) met the NTM standard: the commune quota of 5 individuals applies to it.
        DossierFixtures.status("03390", "NTM_STANDARD_MET");
    }

    static String token(String user) {
        return Stack.token(user);
    }

    static TestHttp.Response create(String user, Map<String, Object> body, String key) {
        TestHttp.Call call = GATEWAY.post("/api/v1/dossiers", body).token(token(user));
        if (key != null) {
            call.header("Idempotency-Key", key);
        }
        var created = call.send();
        assertThat(created.status()).as(created.text()).isIn(200, 201);
        return created;
    }

    static TestHttp.Response submit(String user, TestHttp.Response created) {
        return GATEWAY.post("/api/v1/dossiers/" + created.json().get("id").asString() + "/transitions",
                Map.of("action", "SUBMIT")).token(token(user)).header("If-Match", created.header("ETag")).send();
    }

    static long dossiersInCampaign() {
        return GATEWAY.get("/api/v1/dossiers?campaignId=" + campaignId + "&size=1").token(token(ADMIN)).send().json()
                .get("totalItems").asLong();
    }

    static List<String> rulesOf(JsonNode findings, String outcome) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> {
            if (outcome.equals(f.path("outcome").asString())) {
                rules.add(f.path("rule").asString());
            }
        });
        return rules;
    }

    @Test
    void theLaiChauChainRunsEndToEndThenTheSixthIndividualIsRefusedByTheQuotaAndRevocationFreesASlot()
            throws Exception {
        long before = dossiersInCampaign();

        // A commune officer drafts a dossier; the phone retries with the same Idempotency-Key: one dossier.
        Map<String, Object> body = DossierFixtures.individual(2024, null);
        String key = "st-dossier-" + UUID.randomUUID();
        var created = create(COMMUNE, body, key);
        var retried = create(COMMUNE, body, key);
        String id = created.json().get("id").asString();
        assertThat(created.status()).isEqualTo(201);
        assertThat(retried.json().get("id").asString()).isEqualTo(id);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(dossiersInCampaign()).isEqualTo(before + 1);
        assertThat(created.json().get("unitPath").toString()).contains("106");

        // Submission: the 2024 plan routes through district 106, but a dossier submitted after 1 July 2025 is
        // re-routed commune → 12-SNNMT (no district any more); the plan's deadlines have passed → flagged late.
        var submitted = submit(COMMUNE, created);
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        JsonNode dossier = submitted.json();
        assertThat(dossier.get("status").asString()).isEqualTo("IN_REVIEW");
        assertThat(dossier.get("holderUnitCode").asString()).isEqualTo("12-SNNMT");
        List<String> route = new ArrayList<>();
        dossier.get("route").forEach(stop -> route.add(stop.get("unitCode").asString()));
        assertThat(route).containsExactly("12-SNNMT", "12-SNV");
        assertThat(dossier.get("late").asBoolean()).isTrue();
        assertThat(dossier.get("lateFlags").get(0).get("deadline").asString()).startsWith("2025-01-");
        assertThat(dossier.get("rules").get("campaignVersion").asString()).isNotBlank();
        assertThat(dossier.get("rules").get("rulesInForceOn").asString()).isEqualTo("2025-01-05");
        assertThat(dossier.get("findings").toString()).contains(QUOTA);
        // Slots of the commune's quota already used in this run's campaign (other tests may have taken one).
        int used = 0;
        for (JsonNode finding : dossier.get("findings")) {
            if ("QUOTA".equals(finding.get("rule").asString())
                    && "03390".equals(finding.path("numbers").path("scopeUnit").asString())) {
                used = finding.get("numbers").get("used").asInt();
            }
        }
        assertThat(used).isBetween(1, 5);

        // The district reads it (its subtree's history) and writes nothing after 1 July 2025.
        assertThat(GATEWAY.get("/api/v1/dossiers/" + id).token(token(DISTRICT)).send().status()).isEqualTo(200);
        var byDistrict = GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "FORWARD"))
                .token(token(DISTRICT)).header("If-Match", submitted.header("ETag")).send();
        assertThat(byDistrict.status()).as(byDistrict.text()).isEqualTo(403);
        assertThat(byDistrict.json().get("code").asString()).isEqualTo("unit-not-in-force");

        // Two standing-agency moves from the same ETag: one wins, the other gets 412.
        String etag = submitted.header("ETag");
        CountDownLatch go = new CountDownLatch(1);
        CompletableFuture<Integer> forward = CompletableFuture.supplyAsync(() -> {
            await(go);
            return GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "FORWARD"))
                    .token(token(STANDING)).header("If-Match", etag).send().status();
        });
        CompletableFuture<Integer> forwardAgain = CompletableFuture.supplyAsync(() -> {
            await(go);
            return GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "FORWARD"))
                    .token(token(STANDING)).header("If-Match", etag).send().status();
        });
        go.countDown();
        assertThat(List.of(forward.get(), forwardAgain.get())).containsExactlyInAnyOrder(200, 412);
        var appraisal = GATEWAY.get("/api/v1/dossiers/" + id).token(token(APPRAISER)).send();
        assertThat(appraisal.json().get("status").asString()).isEqualTo("IN_APPRAISAL");
        // Without If-Match: 428.
        assertThat(GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "APPRAISE"))
                .token(token(APPRAISER)).send().status()).isEqualTo(428);

        var appraised = DossierFixtures.move(APPRAISER, id, appraisal.header("ETag"), "APPRAISE", null);
        var council = GATEWAY.post("/api/v1/dossiers/" + id + "/council-result", Map.of("members", 15, "present",
                12, "votesFor", 10, "votesAgainst", 1, "abstentions", 1, "secretBallot", true, "meetingDate",
                "2025-02-10")).token(token(APPRAISER)).header("If-Match", appraised.header("ETag")).send();
        assertThat(council.status()).as(council.text()).isEqualTo(200);
        assertThat(council.json().get("status").asString()).isEqualTo("APPROVED");
        assertThat(council.json().get("council").get("explanation").get("vi").asString()).contains("bỏ phiếu kín");

        String number = "ST-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND";
        var decision = GATEWAY.post("/api/v1/decisions", Map.of("number", number, "signedOn",
                LocalDate.now().toString(), "issuingBody", "Ủy ban nhân dân tỉnh Lai Châu", "dossierIds", List.of(id))).token(token(SIGNER)).send();
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);
        assertThat(decision.json().get("awardees").get(0).get("dossierId").asString()).isEqualTo(id);
        String decisionId = decision.json().get("id").asString();
        var published = GATEWAY.post("/api/v1/decisions/" + decisionId + "/publication", Map.of())
                .token(token(SIGNER)).send();
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        var awarded = GATEWAY.get("/api/v1/dossiers/" + id).token(token(COMMUNE)).send().json();
        assertThat(awarded.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(awarded.get("decisionNumber").asString()).isEqualTo(number);

        // Every move is in the audit trail, which inspectors read, and the chain verifies.
        JsonNode trail = GATEWAY.get("/api/v1/audit?tenant=12&subjectId=" + id + "&size=50")
                .token(token("national.inspector")).send().json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(r -> actions.add(r.get("action").asString()));
        assertThat(actions).contains("CREATE", "SUBMIT", "FORWARD", "APPRAISE", "COUNCIL_RESULT", "DECISION",
                "PUBLICATION");
        assertThat(actions.stream().filter("FORWARD"::equals)).hasSize(1);
        assertThat(awarded.get("transitions").toString()).doesNotContain("\"audited\":false");
        JsonNode verified = GATEWAY.get("/api/v1/audit/verify?tenant=12").token(token("national.inspector")).send()
                .json();
        assertThat(verified.get("valid").asBoolean()).as(verified.toString()).isTrue();

        // More individuals of the commune fill its quota (this one awarded + the others in flight); the sixth is
        // refused.
        for (int i = used; i < 5; i++) {
            var next = submit(COMMUNE, create(COMMUNE, DossierFixtures.individual(2024, null), null));
            assertThat(next.status()).as(next.text()).isEqualTo(200);
        }
        var sixthDraft = create(COMMUNE, DossierFixtures.individual(2024, null), null);
        var sixth = submit(COMMUNE, sixthDraft);
        assertThat(sixth.status()).as(sixth.text()).isEqualTo(422);
        assertThat(sixth.json().get("code").asString()).isEqualTo("rule-checks-failed");
        assertThat(rulesOf(sixth.json().get("findings"), "FAIL")).containsExactly("QUOTA");
        assertThat(sixth.json().get("detail").asString()).contains(QUOTA).contains("5/5");
        var refusedEn = GATEWAY.post("/api/v1/dossiers/" + sixthDraft.json().get("id").asString() + "/transitions",
                Map.of("action", "SUBMIT")).token(token(COMMUNE)).header("If-Match", sixthDraft.header("ETag"))
                .header("Accept-Language", "en").send();
        assertThat(refusedEn.json().get("title").asString()).isEqualTo("Rule checks failed");

        // Revocation (reason + legal basis) gives the awarded slot back: the sixth now goes through.
        var revoked = GATEWAY.post("/api/v1/dossiers/" + id + "/revocation", Map.of("reason",
                "Kê khai thành tích không đúng sự thật", "legalBasis", "Điều 94 Luật Thi đua, khen thưởng 2022"))
                .token(token(SIGNER)).header("If-Match", GATEWAY.get("/api/v1/dossiers/" + id).token(token(SIGNER))
                        .send().header("ETag")).send();
        assertThat(revoked.status()).as(revoked.text()).isEqualTo(200);
        assertThat(revoked.json().get("status").asString()).isEqualTo("REVOKED");
        var sixthAgain = submit(COMMUNE, sixthDraft);
        assertThat(sixthAgain.status()).as(sixthAgain.text()).isEqualTo(200);
    }

    @Test
    void aSecondEmulationFlagForTheSameCommuneIsRefusedUntilTheFirstIsRejected() {
        // One of district 106's communes is proposed for the province's Cờ thi đua (tặng 01 lần for an NTM commune)
        // in the district's name: after 1 July 2025 the district writes nothing, so Sở Nội vụ enters it.
        List<String> communes = new ArrayList<>();
        GATEWAY.get("/api/v1/units/106/children?asOf=2024-06-01&size=100").token(token(DISTRICT)).send().json()
                .get("items").forEach(u -> communes.add(u.get("code").asString()));
        // 03390's flag is in the demo data, and once-only follows the 2025 mergers: the old communes merged into
        // Xã Bình Lư (03390) share its flag. Any other commune of the district will do.
        communes.remove("03390");
        GATEWAY.get("/api/v1/units/03390/predecessors").token(token(DISTRICT)).send().json()
                .forEach(p -> communes.remove(p.get("unit").get("code").asString()));
        assertThat(communes).isNotEmpty();
        String commune = communes.get(java.util.concurrent.ThreadLocalRandom.current().nextInt(communes.size()));
        DossierFixtures.status(commune, "NTM_STANDARD_MET");

        Map<String, Object> flag = new java.util.LinkedHashMap<>(DossierFixtures.flagFor(commune, "Xã " + commune));
        flag.put("proposingUnitCode", "106");
        var first = submit(ADMIN, create(ADMIN, flag, null));
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.json().get("holderUnitCode").asString()).isEqualTo("12-SNNMT");
        assertThat(first.json().get("findings").toString()).contains("CRITERION:COMMUNE_NTM");
        assertThat(rulesOf(first.json().get("findings"), "PASS")).contains("ONCE_PER_NOMINEE");

        var secondDraft = create(ADMIN, flag, null);
        var second = submit(ADMIN, secondDraft);
        assertThat(second.status()).as(second.text()).isEqualTo(422);
        assertThat(rulesOf(second.json().get("findings"), "FAIL")).contains("ONCE_PER_NOMINEE");
        assertThat(second.json().get("findings").toString()).contains(first.json().get("id").asString());

        // The standing agency rejects the first (a reason is required); the claim is free again.
        String firstId = first.json().get("id").asString();
        assertThat(GATEWAY.post("/api/v1/dossiers/" + firstId + "/transitions", Map.of("action", "REJECT"))
                .token(token(STANDING)).header("If-Match", first.header("ETag")).send().status()).isEqualTo(400);
        DossierFixtures.move(STANDING, firstId, first.header("ETag"), "REJECT", "Hồ sơ thiếu biên bản họp xét");
        var secondAgain = submit(ADMIN, secondDraft);
        assertThat(secondAgain.status()).as(secondAgain.text()).isEqualTo(200);
        // Clean up for the next run on this stack: reject it too.
        DossierFixtures.move(STANDING, secondAgain.json().get("id").asString(), secondAgain.header("ETag"), "REJECT",
                "Dọn dữ liệu kiểm thử");
    }

    @Test
    void aDossierForAYearWhoseDeadlinesAreAheadIsOnTimeAndGoesStraightToTheStandingAgency() {
        var submitted = submit(COMMUNE, create(COMMUNE, DossierFixtures.individual(2026, null), null));

        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("late").asBoolean()).isFalse();
        assertThat(submitted.json().get("holderUnitCode").asString()).isEqualTo("12-SNNMT");
        assertThat(submitted.json().get("route").get(0).get("arrival").get("date").asString()).isEqualTo("2027-01-15");
        // Cao Bằng never sees it.
        assertThat(GATEWAY.get("/api/v1/dossiers/" + submitted.json().get("id").asString())
                .token(token("caobang.admin")).send().status()).isEqualTo(404);
        // The checks can be re-run and explained at any time.
        var checks = GATEWAY.get("/api/v1/dossiers/" + submitted.json().get("id").asString() + "/checks")
                .token(token(STANDING)).send();
        assertThat(checks.status()).as(checks.text()).isEqualTo(200);
        assertThat(checks.json().toString()).contains("ELIGIBILITY");
    }

    @Test
    void aLevelForwardsAListInOneActionAllOrNothingAndDecidesOnlyWithinItsCompetence() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            var submitted = submit(COMMUNE, create(COMMUNE, DossierFixtures.individual(2026, null), null));
            assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
            ids.add(submitted.json().get("id").asString());
        }
        String draft = create(COMMUNE, DossierFixtures.individual(2026, null), null).json().get("id").asString();

        // One dossier of the list is not at the standing agency (still a draft): nothing moves, the error names it.
        var refused = GATEWAY.post("/api/v1/dossiers/forwardings", Map.of("dossierIds",
                List.of(ids.get(0), ids.get(1), draft), "note", "Danh sách đề nghị đợt 1")).token(token(STANDING))
                .send();
        assertThat(refused.status()).as(refused.text()).isEqualTo(422);
        assertThat(refused.json().get("dossierErrors")).hasSize(1);
        assertThat(refused.json().get("dossierErrors").get(0).get("dossierId").asString()).isEqualTo(draft);
        assertThat(GATEWAY.get("/api/v1/dossiers/" + ids.get(0)).token(token(STANDING)).send().json().get("status")
                .asString()).isEqualTo("IN_REVIEW");

        var forwarded = GATEWAY.post("/api/v1/dossiers/forwardings", Map.of("dossierIds", ids, "note",
                "Danh sách đề nghị đợt 1")).token(token(STANDING)).send();
        assertThat(forwarded.status()).as(forwarded.text()).isEqualTo(200);
        assertThat(forwarded.json().get("forwarded")).hasSize(2);
        for (String id : ids) {
            assertThat(GATEWAY.get("/api/v1/dossiers/" + id).token(token(APPRAISER)).send().json().get("status")
                    .asString()).isEqualTo("IN_APPRAISAL");
        }

        // A 2024 dossier submitted today no longer stops at the district (re-routed), and the district writes
        // nothing (a district's competence before 30/6/2025 is award-service's CompetenceTest).
        var rerouted = submit(COMMUNE, create(COMMUNE, DossierFixtures.individual(2024, null), null));
        if (rerouted.status() == 200) {
            assertThat(rerouted.json().get("holderUnitCode").asString()).isEqualTo("12-SNNMT");
            var decided = GATEWAY.post("/api/v1/dossiers/" + rerouted.json().get("id").asString() + "/transitions",
                    Map.of("action", "DECIDE")).token(token(DISTRICT)).header("If-Match", rerouted.header("ETag"))
                    .send();
            assertThat(decided.status()).as(decided.text()).isEqualTo(403);
            assertThat(decided.json().get("code").asString()).isEqualTo("unit-not-in-force");
        } else {
            // The commune's quota is already used by the chain test of this run.
            assertThat(rerouted.json().get("findings").toString()).contains(QUOTA);
        }
    }

    @Test
    void aDraftCarriesItsAttachmentsWithTheirChecksum() throws Exception {
        var draft = create(COMMUNE, DossierFixtures.individual(2026, null), null);
        String id = draft.json().get("id").asString();
        byte[] pdf = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String boundary = "st-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"bien-ban-hop-xet.pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.writeBytes(pdf);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        var upload = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.GATEWAY
                + "/api/v1/dossiers/" + id + "/attachments")).header("Authorization", "Bearer " + token(COMMUNE))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        JsonNode stored = TestHttp.JSON.readTree(upload.body());
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(pdf));
        assertThat(stored.get("sha256").asString()).isEqualTo(sha256);

        var listed = GATEWAY.get("/api/v1/dossiers/" + id).token(token(COMMUNE)).send().json();
        assertThat(listed.get("attachments").get(0).get("id").asString()).isEqualTo(stored.get("id").asString());
        var download = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(Stack.GATEWAY
                + "/api/v1/dossiers/" + id + "/attachments/" + stored.get("id").asString()))
                .header("Authorization", "Bearer " + token(COMMUNE)).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(GATEWAY.get("/api/v1/dossiers/" + id + "/attachments/" + stored.get("id").asString())
                .token(token("caobang.commune")).send().status()).isEqualTo(404);
    }

    @Test
    void theCommuneDecidesItsChairmansGiayKhenWithPrizeMoneyFromTheBaseSalary() {
        // Year 2025: the rules in force include NĐ 152/2025's prize money (0.3 × base salary; households 1.5×).
        Map<String, Object> body = Map.of("campaignId", campaignId, "year", 2025, "occasion", "ANNUAL",
                "nominee", Map.of("type", "HOUSEHOLD", "name", "Hộ ông Lò Văn Pản", "personalId",
                        DossierFixtures.personalId()),
                "categoryCode", "HOUSEHOLDS", "awardFormCode", "GIAY_KHEN_CHU_TICH_UBND_XA",
                "achievementSummary", "Hộ gia đình tiêu biểu hiến đất làm đường năm 2025");
        var submitted = submit(COMMUNE, create(COMMUNE, body, null));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        assertThat(submitted.json().get("holderUnitCode").asString()).isEqualTo("03390");
        String id = submitted.json().get("id").asString();
        // The commune office prepared it: it does not decide it (separation of duties); its chairman does.
        var byOffice = GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "DECIDE"))
                .token(token(COMMUNE)).header("If-Match", submitted.header("ETag")).send();
        assertThat(byOffice.status()).as(byOffice.text()).isEqualTo(403);
        assertThat(byOffice.json().get("code").asString()).isEqualTo("preparer-cannot-decide");
        Assumptions.assumeTrue(SeparationOfDutiesSystemTest.tokenOrNull(COMMUNE_HEAD) != null,
                COMMUNE_HEAD + " (decision-signer at 03390) is not in the realm yet");
        var decided = DossierFixtures.move(COMMUNE_HEAD, id, submitted.header("ETag"), "DECIDE", null);
        assertThat(decided.json().get("status").asString()).isEqualTo("APPROVED");

        // Two decisions for the same dossier issued at the same moment: one is written, the other is refused
        // naming the dossier and leaves nothing behind.
        CountDownLatch start = new CountDownLatch(1);
        List<String> numbers = List.of("ST-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND",
                "ST-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-UBND");
        List<CompletableFuture<TestHttp.Response>> racers = new ArrayList<>();
        for (String number : numbers) {
            racers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return GATEWAY.post("/api/v1/decisions", Map.of("number", number, "signedOn",
                        LocalDate.now().toString(), "issuingBody", "Ủy ban nhân dân xã Bình Lư", "dossierIds", List.of(id))).token(token(COMMUNE_HEAD)).send();
            }));
        }
        start.countDown();
        List<TestHttp.Response> answers = racers.stream().map(CompletableFuture::join).toList();
        assertThat(answers.stream().map(TestHttp.Response::status).toList()).containsExactlyInAnyOrder(201, 409);
        TestHttp.Response decision = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
        TestHttp.Response refused = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow();
        assertThat(refused.json().get("code").asString()).isEqualTo("dossier-already-on-decision");
        String lostNumber = numbers.get(answers.indexOf(refused));
        List<String> written = new ArrayList<>();
        GATEWAY.get("/api/v1/decisions?size=100").token(token(COMMUNE)).send().json().get("items")
                .forEach(d -> written.add(d.get("number").asString()));
        assertThat(written).contains(decision.json().get("number").asString()).doesNotContain(lostNumber);
        // 0.3 × 2 340 000 × 1.5 = 1 053 000 → rounded up to tens of thousands: 1 060 000 đồng.
        assertThat(decision.json().get("awardees").get(0).get("prizeMoneyVnd").asLong()).isEqualTo(1_060_000L);
        assertThat(decision.json().get("awardees").get(0).get("prizeMoneyBasis").asString()).contains("152/2025");
        var published = GATEWAY.post("/api/v1/decisions/" + decision.json().get("id").asString() + "/publication",
                Map.of()).token(token(COMMUNE_HEAD)).send();
        assertThat(published.status()).as(published.text()).isEqualTo(200);
        assertThat(GATEWAY.get("/api/v1/dossiers/" + id).token(token(COMMUNE)).send().json().get("prizeMoneyVnd")
                .asLong()).isEqualTo(1_060_000L);
    }

    /**
     * The national leg of a state award: a Bằng khen của Thủ tướng Chính phủ for an official of commune 03390 at the
     * final review of 2025 goes 12-SNNMT → Sở Nội vụ → council; the province may not decide it (competence says who
     * does), so its Chairman's submission (tờ trình) proposes it; the national board (national.admin) returns it
     * once with reasons, the province proposes again, the board appraises it, records the Prime Minister's decision
     * and publishes it; the award is on the nominee's history. Cao Bằng: 404.
     */
    @Test
    void aStateAwardIsProposedByTheProvinceAndAppraisedDecidedAndPublishedByTheNationalBoard() {
        Map<String, Object> body = new java.util.LinkedHashMap<>(DossierFixtures.individual(2025, null));
        body.put("occasion", "FINAL_REVIEW");
        body.put("awardFormCode", "BANG_KHEN_THU_TUONG");
        body.put("achievementSummary", "Thành tích xuất sắc trong 5 năm xây dựng nông thôn mới 2021–2025");
        String personalId = ((Map<?, ?>) body.get("nominee")).get("personalId").toString();
        var submitted = submit(COMMUNE, create(COMMUNE, body, null));
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        String id = submitted.json().get("id").asString();
        assertThat(submitted.json().get("holderUnitCode").asString()).isEqualTo("12-SNNMT");
        assertThat(submitted.json().get("findings").toString()).contains("NATIONAL");

        var appraisal = DossierFixtures.move(STANDING, id, submitted.header("ETag"), "FORWARD", null);
        var appraised = DossierFixtures.move(APPRAISER, id, appraisal.header("ETag"), "APPRAISE", null);
        var council = GATEWAY.post("/api/v1/dossiers/" + id + "/council-result", Map.of("members", 15, "present",
                13, "votesFor", 12, "votesAgainst", 1, "abstentions", 0, "secretBallot", true, "meetingDate",
                LocalDate.now().toString())).token(token(APPRAISER)).header("If-Match", appraised.header("ETag"))
                .send();
        assertThat(council.status()).as(council.text()).isEqualTo(200);
        assertThat(council.json().get("status").asString()).isEqualTo("APPROVED");

        // The province may not decide a state award: competence says the national level does.
        var provinceDecision = GATEWAY.post("/api/v1/decisions", Map.of("number", "ST-" + UUID.randomUUID()
                .toString().substring(0, 6) + "/QĐ-UBND", "signedOn", LocalDate.now().toString(), "issuingBody",
                "Ủy ban nhân dân tỉnh Lai Châu", "dossierIds", List.of(id)))
                .token(token(SIGNER)).send();
        assertThat(provinceDecision.status()).as(provinceDecision.text()).isEqualTo(422);
        JsonNode refusal = provinceDecision.json().get("dossierErrors").get(0).get("findings");
        assertThat(rulesOf(refusal, "FAIL")).containsExactly("COMPETENCE");
        assertThat(refusal.toString()).contains("Cấp tỉnh không có thẩm quyền quyết định")
                .contains("Thủ tướng Chính phủ").contains("Ban Thi đua – Khen thưởng Trung ương");

        // The Chairman of the provincial People's Committee signs the submission; the dossier goes to the board.
        String submissionNumber = "ST-" + UUID.randomUUID().toString().substring(0, 6) + "/TTr-UBND";
        Map<String, Object> propose = Map.of("action", "PROPOSE", "submission", Map.of("number", submissionNumber,
                "signedOn", LocalDate.now().toString(), "signerName", "Lê Văn Lương"));
        var proposed = GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", propose).token(token(SIGNER))
                .header("If-Match", council.header("ETag")).send();
        assertThat(proposed.status()).as(proposed.text()).isEqualTo(200);
        assertThat(proposed.json().get("status").asString()).isEqualTo("PROPOSED_TO_STATE");
        assertThat(proposed.json().get("holderUnitCode").asString()).isEqualTo("VN");
        assertThat(proposed.json().get("stateProposal").get("number").asString()).isEqualTo(submissionNumber);
        assertThat(proposed.json().get("findings").toString()).contains("STATE_PROPOSAL");
        // A stale ETag: 412.
        assertThat(GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", propose).token(token(SIGNER))
                .header("If-Match", council.header("ETag")).send().status()).isEqualTo(412);
        // The province keeps seeing it but cannot appraise for the board; Cao Bằng never sees it.
        assertThat(GATEWAY.get("/api/v1/dossiers/" + id).token(token(ADMIN)).send().status()).isEqualTo(200);
        assertThat(GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "APPRAISE"))
                .token(token(ADMIN)).header("If-Match", proposed.header("ETag")).send().status()).isEqualTo(403);
        assertThat(GATEWAY.get("/api/v1/dossiers/" + id).token(token("caobang.admin")).send().status())
                .isEqualTo(404);

        // The national board sees it among those it holds, appraises it, records the Prime Minister's decision.
        String board = "national.admin";
        assertThat(GATEWAY.get("/api/v1/dossiers?holderUnitCode=VN&status=PROPOSED_TO_STATE&size=100")
                .token(token(board)).send().json().get("items").toString()).contains(id);
        // The board returns it to the province with its reasons; the province completes it and proposes again.
        var returned = DossierFixtures.move(board, id, proposed.header("ETag"), "RETURN",
                "Bổ sung ý kiến hiệp y của Ủy ban Mặt trận Tổ quốc tỉnh");
        assertThat(returned.json().get("status").asString()).isEqualTo("RETURNED_TO_PROVINCE");
        assertThat(returned.json().get("holderUnitCode").asString()).isEqualTo("12");
        String secondSubmission = "ST-" + UUID.randomUUID().toString().substring(0, 6) + "/TTr-UBND";
        var proposedAgain = GATEWAY.post("/api/v1/dossiers/" + id + "/transitions", Map.of("action", "PROPOSE",
                "submission", Map.of("number", secondSubmission, "signedOn", LocalDate.now().toString(),
                        "signerName", "Lê Văn Lương"))).token(token(ADMIN))
                .header("If-Match", returned.header("ETag")).send();
        assertThat(proposedAgain.status()).as(proposedAgain.text()).isEqualTo(200);
        assertThat(proposedAgain.json().get("stateProposal").get("number").asString()).isEqualTo(secondSubmission);
        var accepted = DossierFixtures.move(board, id, proposedAgain.header("ETag"), "APPRAISE", null);
        assertThat(accepted.json().get("status").asString()).isEqualTo("STATE_APPRAISED");
        String number = "ST-" + UUID.randomUUID().toString().substring(0, 6) + "/QĐ-TTg";
        var decision = GATEWAY.post("/api/v1/decisions", Map.of("number", number, "signedOn",
                LocalDate.now().toString(), "issuingBody", "Thủ tướng Chính phủ", "signerName", "Phạm Minh Chính",
                "dossierIds", List.of(id))).token(token(board)).send();
        assertThat(decision.status()).as(decision.text()).isEqualTo(201);
        assertThat(decision.json().path("tenant").isMissingNode() || decision.json().path("tenant").isNull())
                .isTrue();
        assertThat(decision.json().get("awardees").get(0).get("dossierId").asString()).isEqualTo(id);
        var published = GATEWAY.post("/api/v1/decisions/" + decision.json().get("id").asString() + "/publication",
                Map.of()).token(token(board)).send();
        assertThat(published.status()).as(published.text()).isEqualTo(200);

        JsonNode awarded = GATEWAY.get("/api/v1/dossiers/" + id).token(token(COMMUNE)).send().json();
        assertThat(awarded.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(awarded.get("decisionNumber").asString()).isEqualTo(number);
        assertThat(awarded.get("decisionIssuingBody").asString()).isEqualTo("Thủ tướng Chính phủ");
        assertThat(awarded.get("transitions").toString()).doesNotContain("\"audited\":false");
        assertThat(GATEWAY.get("/api/v1/dossiers/" + id).token(token("caobang.admin")).send().status())
                .isEqualTo(404);
        JsonNode history = GATEWAY.get("/api/v1/award-history?personalId=" + personalId).token(token(ADMIN)).send()
                .json();
        assertThat(history.get("items").toString()).contains(number).contains("BANG_KHEN_THU_TUONG");

        // Every move is in the province's trail, the decision in the national chain; both verify.
        JsonNode trail = GATEWAY.get("/api/v1/audit?tenant=12&subjectId=" + id + "&size=50")
                .token(token("national.inspector")).send().json();
        List<String> actions = new ArrayList<>();
        trail.get("items").forEach(r -> actions.add(r.get("action").asString()));
        assertThat(actions).contains("COUNCIL_RESULT", "RETURN", "DECISION", "PUBLICATION");
        assertThat(actions.stream().filter("PROPOSE"::equals)).hasSize(2);
        assertThat(actions.stream().filter("APPRAISE"::equals)).hasSize(2);
        assertThat(trail.toString()).contains(submissionNumber);
        for (String chain : List.of("tenant=12", "tenant=national")) {
            JsonNode verified = GATEWAY.get("/api/v1/audit/verify?" + chain).token(token("national.inspector"))
                    .send().json();
            assertThat(verified.get("valid").asBoolean()).as(chain + ": " + verified).isTrue();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
