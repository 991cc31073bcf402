package vn.thidua.systemtest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;

/**
 * One run of the generated plans through the gateway: each plan entered and launched by its tenant's province admin,
 * registrations and dossiers of the tenant's demo commune (random figures, nominees, years and occasions; some
 * creates retried with the same Idempotency-Key) submitted and moved by whoever holds them (forward, return, reject,
 * decide, appraise, council), refused dossiers submitted again once their blocking cause is removed. Every answer is
 * checked ({@link Answers#breach}), every quota finding against the {@link QuotaLedger}; {@link #outcomes} is the
 * sequence of statuses, ids left out, that a second run of the same seed must repeat.
 */
final class GeneratedRun {

    static final Set<String> HOLDING = Set.of("IN_REVIEW", "IN_APPRAISAL", "AWAITING_COUNCIL", "APPROVED", "DECIDED",
            "PUBLISHED", "PROPOSED_TO_STATE", "STATE_APPRAISED", "RETURNED_TO_PROVINCE");
    /** Who acts for the unit holding a dossier (the stop's role at that unit). */
    static final Map<String, String> ACTORS = Map.ofEntries(Map.entry("03390", "laichau.commune"),
            Map.entry("01654", "caobang.commune"), Map.entry("19597", "quangtri.commune"),
            Map.entry("106", "laichau.district"), Map.entry("051", "caobang.district"),
            Map.entry("12-SNNMT", "laichau.standing"), Map.entry("12", "laichau.appraiser"),
            Map.entry("04", "caobang.appraiser"), Map.entry("44", "quangtri.appraiser"));
    /** Where a stop can still act (forward, return, reject, decide, appraise, record the council's vote). */
    static final Set<String> MOVABLE = Set.of("IN_REVIEW", "IN_APPRAISAL", "AWAITING_COUNCIL");
    static final TestHttp GATEWAY = Stack.GATEWAY_HTTP;

    /** A dossier as the run knows it: where it is and what was written in it. */
    private static final class Dossier {
        final String label;
        final String id;
        final PlanGenerator.Plan plan;
        final PlanGenerator.Offer offer;
        final PlanGenerator.Category category;
        final Map<String, Object> body;
        final int year;
        final String occasion;
        String etag;
        String status;
        String holder;

        Dossier(String label, String id, PlanGenerator.Plan plan, PlanGenerator.Offer offer,
                PlanGenerator.Category category, Map<String, Object> body, String etag) {
            this.label = label;
            this.id = id;
            this.plan = plan;
            this.offer = offer;
            this.category = category;
            this.body = body;
            this.year = (Integer) body.get("year");
            this.occasion = (String) body.get("occasion");
            this.etag = etag;
            this.status = "DRAFT";
        }
    }

    final List<String> outcomes = new ArrayList<>();
    final List<String> breaches = new ArrayList<>();
    final QuotaLedger ledger = new QuotaLedger();
    int plans;
    int dossiers;
    int registrations;

    private final Random random;
    private final PlanGenerator generator;
    private final String tag;
    private final List<Dossier> all = new ArrayList<>();
    private final Map<String, Deque<Dossier>> waitingForASlot = new LinkedHashMap<>();
    private final String[] people;

    GeneratedRun(long seed, String tag, int peoplePerRun) {
        this.random = new Random(seed);
        // Plans from their own stream: the same seed gives the same plans whatever the number of dossiers driven.
        this.generator = new PlanGenerator(new Random(seed ^ 0x5DEECE66DL));
        this.tag = tag;
        // Citizen ids of this run only (once-only claims may be for life): the seed picks among them.
        this.people = new String[peoplePerRun];
        Random ids = new Random();
        for (int i = 0; i < peoplePerRun; i++) {
            people[i] = String.format("0%011d", ids.nextLong(10_000_000_000L, 99_999_999_999L));
        }
    }

    GeneratedRun drive(int planCount, int dossiersPerPlan) {
        for (int p = 0; p < planCount; p++) {
            PlanGenerator.Plan plan = generator.plan(p, tag);
            String admin = plan.tenant().admin();
            var created = call("plan " + p, GATEWAY.post("/api/v1/campaigns", plan.body()).token(Stack.token(admin)));
            outcome("p" + p + " (" + plan.tenant().code() + ", " + plan.body().get("kind").asString() + ", "
                    + plan.startYear() + "–" + plan.endYear() + ") enter " + created.status() + problem(created));
            if (created.status() != 201) {
                continue;
            }
            String campaignId = created.json().get("id").asString();
            var launched = call("launch " + p, GATEWAY.post("/api/v1/campaigns/" + campaignId + "/transitions",
                    Map.of("transition", "LAUNCH")).token(Stack.token(admin)));
            outcome("p" + p + " launch " + launched.status() + problem(launched));
            if (launched.status() != 200) {
                // Every generated plan is complete for its kind (those without targets are of kinds that need none).
                breaches.add("a generated plan was not launched: p" + p + " (" + plan.body().get("kind").asString()
                        + ", targets: " + plan.body().has("targets") + ") → " + launched.text());
                continue;
            }
            plans++;
            int span = plan.endYear() - plan.startYear() + 1;
            int first = random.nextInt(span);
            for (int r = 0; r < 2; r++) {
                register(plan, campaignId, plan.startYear() + (first + r) % span, "p" + p + ".r" + r);
            }
            for (int d = 0; d < dossiersPerPlan; d++) {
                dossier(plan, campaignId, "p" + p + ".d" + d);
            }
        }
        audit();
        return this;
    }

    // ------------------------------------------------------------------------------------------- registrations

    private void register(PlanGenerator.Plan plan, String campaignId, int year, String label) {
        String user = plan.tenant().commune();
        Map<String, Object> body = Map.of("campaignId", campaignId, "year", year, "unitCode",
                plan.tenant().communeCode(), "commitments", List.of(), "awardForms", List.of());
        String key = "gen-" + tag + "-" + label;
        var created = call(label, GATEWAY.post("/api/v1/registrations", body).token(Stack.token(user))
                .header("Idempotency-Key", key));
        outcome(label + " register " + year + " " + created.status() + problem(created));
        if (created.status() != 201) {
            return;
        }
        registrations++;
        if (random.nextInt(10) < 3) {
            replayed(label, created, GATEWAY.post("/api/v1/registrations", body).token(Stack.token(user))
                    .header("Idempotency-Key", key));
        }
        var submitted = call(label + " submit", GATEWAY.post("/api/v1/registrations/"
                + created.json().get("id").asString() + "/transitions", Map.of("action", "SUBMIT"))
                .token(Stack.token(user)).header("If-Match", created.header("ETag")));
        outcome(label + " submit " + submitted.status() + problem(submitted) + " "
                + submitted.json().path("status").asString(""));
    }

    // ------------------------------------------------------------------------------------------------ dossiers

    private void dossier(PlanGenerator.Plan plan, String campaignId, String label) {
        PlanGenerator.Offer offer = plan.offers().get(random.nextInt(plan.offers().size()));
        String categoryCode = offer.categoryCodes().get(random.nextInt(offer.categoryCodes().size()));
        PlanGenerator.Category category = plan.categories().stream().filter(c -> c.code().equals(categoryCode))
                .findFirst().orElseThrow();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("campaignId", campaignId);
        body.put("year", plan.startYear() + random.nextInt(plan.endYear() - plan.startYear() + 1));
        body.put("occasion", offer.occasions().get(random.nextInt(offer.occasions().size())));
        body.put("nominee", nominee(category.nomineeType(), label));
        body.put("categoryCode", categoryCode);
        body.put("awardFormCode", offer.formCode());
        body.put("achievementSummary", "Thành tích sinh ngẫu nhiên " + label);
        if (random.nextInt(10) < 7) {
            long[] contributions = {30_000_000L, 60_000_000L, 120_000_000L, 250_000_000L};
            body.put("figures", Map.of("CONTRIBUTION_VND", contributions[random.nextInt(4)], "OCOP_STARS",
                    1 + random.nextInt(5)));
        }
        String user = plan.tenant().commune();
        String key = "gen-" + tag + "-" + label;
        var created = call(label, GATEWAY.post("/api/v1/dossiers", body).token(Stack.token(user))
                .header("Idempotency-Key", key));
        outcome(label + " draft " + created.status() + problem(created));
        if (created.status() != 201) {
            return;
        }
        dossiers++;
        if (random.nextInt(10) < 3) {
            replayed(label, created, GATEWAY.post("/api/v1/dossiers", body).token(Stack.token(user))
                    .header("Idempotency-Key", key));
        }
        Dossier dossier = new Dossier(label, created.json().get("id").asString(), plan, offer, category, body,
                created.header("ETag"));
        all.add(dossier);
        submit(dossier, "submit");
        int moves = random.nextInt(4);
        for (int m = 0; m < moves && MOVABLE.contains(dossier.status); m++) {
            move(dossier);
        }
    }

    private Map<String, Object> nominee(String type, String label) {
        return switch (type) {
            case "COLLECTIVE" -> Map.of("type", "COLLECTIVE", "name", "Hợp tác xã " + label);
            case "HOUSEHOLD" -> Map.of("type", "HOUSEHOLD", "name", "Hộ gia đình " + label, "personalId",
                    people[random.nextInt(people.length)]);
            default -> Map.of("type", "INDIVIDUAL", "name", "Công dân " + label, "personalId",
                    people[random.nextInt(people.length)]);
        };
    }

    /** SUBMIT (a draft or a returned dossier) by the commune; what it answered, checked against the ledger. */
    private TestHttp.Response submit(Dossier d, String step) {
        var answer = call(d.label + " " + step, GATEWAY.post("/api/v1/dossiers/" + d.id + "/transitions",
                Map.of("action", "SUBMIT")).token(Stack.token(d.plan.tenant().commune())).header("If-Match", d.etag));
        List<String> failing = failing(answer);
        moved(d, answer);
        outcome(d.label + " " + step + " " + answer.status() + problem(answer) + " " + failing + " → " + d.status);
        quotaFindings(d, answer);
        if (answer.status() == 422 && failing.equals(List.of("QUOTA")) && d.offer.quota() != null) {
            String key = quotaKey(d, answer.json().path("findings"));
            if (key != null) {
                waitingForASlot.computeIfAbsent(key, k -> new ArrayDeque<>()).add(d);
            }
        }
        List<String> figureCauses = failing.stream().filter(r -> "THRESHOLD".equals(r)
                || d.category.figureCriteria().contains(r)).toList();
        if (answer.status() == 422 && !figureCauses.isEmpty() && "submit".equals(step)) {
            raiseFiguresAndSubmitAgain(d, figureCauses);
        }
        return answer;
    }

    /** The blocking cause removed (the figures raised above every threshold): the threshold no longer refuses. */
    private void raiseFiguresAndSubmitAgain(Dossier d, List<String> causes) {
        d.body.put("figures", Map.of("CONTRIBUTION_VND", 500_000_000L, "OCOP_STARS", 5));
        var edited = call(d.label + " edit", GATEWAY.put("/api/v1/dossiers/" + d.id, d.body)
                .token(Stack.token(d.plan.tenant().commune())).header("If-Match", d.etag));
        outcome(d.label + " edit " + edited.status() + problem(edited));
        if (edited.status() != 200) {
            return;
        }
        d.etag = edited.header("ETag");
        var again = submit(d, "resubmit");
        List<String> still = failing(again).stream().filter(causes::contains).toList();
        if (!still.isEmpty()) {
            breaches.add("refused again by " + still + " after the figures were raised above every threshold: "
                    + d.label + " " + again.text());
        }
    }

    /** One move by whoever holds the dossier, chosen by the seed. */
    private void move(Dossier d) {
        String actor = ACTORS.get(d.holder);
        if (actor == null) {
            outcome(d.label + " waits at " + d.holder);
            return;
        }
        int dice = random.nextInt(10);
        Map<String, Object> body;
        if (dice < 2) {
            body = Map.of("action", "RETURN", "reason", "Bổ sung biên bản họp xét");
        } else if (dice < 3) {
            body = Map.of("action", "REJECT", "reason", "Không đủ tiêu chuẩn");
        } else if ("IN_APPRAISAL".equals(d.status)) {
            body = Map.of("action", "APPRAISE");
        } else if ("AWAITING_COUNCIL".equals(d.status)) {
            council(d, actor);
            return;
        } else if (d.holder.equals(d.plan.tenant().communeCode())) {
            body = Map.of("action", "DECIDE");
        } else {
            body = Map.of("action", "FORWARD");
        }
        var answer = call(d.label + " " + body.get("action"), GATEWAY.post("/api/v1/dossiers/" + d.id
                + "/transitions", body).token(Stack.token(actor)).header("If-Match", d.etag));
        moved(d, answer);
        outcome(d.label + " " + body.get("action") + " " + answer.status() + problem(answer) + " "
                + failing(answer) + " → " + d.status);
        if (answer.status() == 200 && !HOLDING.contains(d.status)) {
            freed(d);
        }
    }

    private void council(Dossier d, String actor) {
        boolean passes = random.nextBoolean();
        var answer = call(d.label + " council", GATEWAY.post("/api/v1/dossiers/" + d.id + "/council-result",
                Map.of("members", 15, "present", 12, "votesFor", passes ? 10 : 5, "votesAgainst", passes ? 2 : 7,
                        "abstentions", 0, "secretBallot", true, "meetingDate", "2026-11-20"))
                .token(Stack.token(actor)).header("If-Match", d.etag));
        moved(d, answer);
        outcome(d.label + " council " + answer.status() + problem(answer) + " → " + d.status);
        if (answer.status() == 200 && !HOLDING.contains(d.status)) {
            freed(d);
        }
    }

    /** A dossier left the flow: its slots are free, and one dossier refused for lack of such a slot goes again. */
    private void freed(Dossier d) {
        List<String> keys = ledger.keysHeldBy(d.id);
        ledger.released(d.id);
        for (String key : keys) {
            Deque<Dossier> waiting = waitingForASlot.get(key);
            if (waiting == null || waiting.isEmpty() || ledger.full(key)) {
                continue;
            }
            Dossier next = waiting.poll();
            var again = submit(next, "resubmit-after-slot-freed");
            if (failing(again).contains("QUOTA")) {
                breaches.add("a slot of " + key + " was freed by " + d.label + " but " + next.label
                        + " was refused by the quota again: " + again.text());
            }
        }
    }

    private void moved(Dossier d, TestHttp.Response answer) {
        if (answer.status() == 200) {
            d.etag = answer.header("ETag");
            d.status = answer.json().path("status").asString(d.status);
            d.holder = answer.json().path("holderUnitCode").asString(null);
        }
    }

    // ---------------------------------------------------------------------------------------------- quotas

    /** Compares the quota finding of an answer with the ledger (a granted slot, or a refusal by the quota). */
    private void quotaFindings(Dossier d, TestHttp.Response answer) {
        PlanGenerator.Quota quota = d.offer.quota();
        if (quota == null || (answer.status() != 200 && answer.status() != 422)) {
            return;
        }
        for (JsonNode f : answer.json().path("findings")) {
            if (!"QUOTA".equals(f.path("rule").asString("")) || !f.path("numbers").has("used")) {
                continue;
            }
            String key = quotaKey(d, f);
            long used = f.path("numbers").path("used").asLong();
            int max = f.path("numbers").path("max").asInt();
            if (answer.status() == 200 && "PASS".equals(f.path("outcome").asString(""))) {
                ledger.granted(key, d.id, used, max, d.label);
            } else if ("FAIL".equals(f.path("outcome").asString(""))) {
                ledger.refused(key, used, max, d.label);
            }
        }
    }

    private String quotaKey(Dossier d, JsonNode findingOrFindings) {
        JsonNode finding = findingOrFindings;
        if (findingOrFindings.isArray()) {
            finding = null;
            for (JsonNode f : findingOrFindings) {
                if ("QUOTA".equals(f.path("rule").asString(""))) {
                    finding = f;
                }
            }
            if (finding == null) {
                return null;
            }
        }
        return QuotaLedger.key(d.body.get("campaignId").toString(), d.offer.formCode(),
                finding.path("numbers").path("scopeUnit").asString(""), d.offer.quota().period(), d.year, d.occasion);
    }

    /** At the end: the dossiers that still hold a slot, as the platform stores them, never exceed a quota. */
    private void audit() {
        Map<String, Integer> holders = new HashMap<>();
        Map<String, Integer> maxima = new HashMap<>();
        for (Dossier d : all) {
            var stored = call(d.label + " read", GATEWAY.get("/api/v1/dossiers/" + d.id)
                    .token(Stack.token(d.plan.tenant().admin())));
            if (stored.status() != 200 || d.offer.quota() == null
                    || !HOLDING.contains(stored.json().path("status").asString(""))) {
                continue;
            }
            for (JsonNode f : stored.json().path("findings")) {
                if ("QUOTA".equals(f.path("rule").asString("")) && "PASS".equals(f.path("outcome").asString(""))
                        && f.path("numbers").has("used")) {
                    String key = quotaKey(d, f);
                    holders.merge(key, 1, Integer::sum);
                    maxima.put(key, f.path("numbers").path("max").asInt());
                }
            }
        }
        holders.forEach((key, count) -> {
            if (count > maxima.get(key)) {
                breaches.add("stored dossiers hold " + count + " slots of " + key + " whose quota is "
                        + maxima.get(key));
            }
        });
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private TestHttp.Response call(String what, TestHttp.Call call) {
        TestHttp.Response answer = call.send();
        String breach = Answers.breach(what, answer);
        if (breach != null) {
            breaches.add(breach);
        }
        // A plan without a chain of a kind routes to its standing agency, then to Sở Nội vụ (contract §1).
        if (answer.status() == 422 && "no-route".equals(answer.json().path("code").asString(""))) {
            breaches.add("no-route: " + what + " → " + answer.text());
        }
        return answer;
    }

    private void replayed(String label, TestHttp.Response first, TestHttp.Call retry) {
        var again = call(label + " retry", retry);
        if (!(again.status() == 200 || again.status() == 201)
                || !first.json().get("id").asString().equals(again.json().path("id").asString(""))
                || !"true".equals(again.header("Idempotent-Replayed"))) {
            breaches.add("a retry with the same Idempotency-Key did not replay the first answer: " + label + " → "
                    + again.status() + " " + again.text());
        }
    }

    private void outcome(String line) {
        outcomes.add(line);
    }

    private static String problem(TestHttp.Response answer) {
        return answer.status() >= 400 ? " " + answer.json().path("code").asString("") : "";
    }

    private static List<String> failing(TestHttp.Response answer) {
        List<String> rules = new ArrayList<>();
        answer.json().path("findings").forEach(f -> {
            if ("FAIL".equals(f.path("outcome").asString(""))) {
                rules.add(f.path("rule").asString(""));
            }
        });
        return rules;
    }
}
