package vn.thidua.systemtest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 8: plans generated within the model from a fixed seed ({@link PlanGenerator}) driven through the
 * gateway with real tokens ({@link GeneratedRun}), twice, on fresh plans each time. Bounded for CI: a few plans of a
 * dozen dossiers per run (override with {@code -Dthidua.generated.seed=…}, {@code .plans}, {@code .dossiers}).
 */
class GeneratedPlansSystemTest {

    /**
     * The fixed seed: its five plans span the three tenants, four kinds, every quota period (and none) and scope, a
     * plan without targets (a kind that needs none) and one without a dossier chain.
     */
    static final long SEED = Long.getLong("thidua.generated.seed", 6L);
    static final int PLANS = Integer.getInteger("thidua.generated.plans", 5);
    static final int DOSSIERS = Integer.getInteger("thidua.generated.dossiers", 12);
    static final int PEOPLE = 8;

    @Test
    void generatedPlansNeverAnswerAServerErrorNeverExceedAQuotaLeaveNothingTakenWhenRefusedAndRepeatTheirAnswers() {
        System.out.println("generated plans: seed " + SEED + " (-Dthidua.generated.seed=" + SEED + " repeats it)");
        // The same seed twice, each time on fresh plans (codes and citizen ids of the run), one run after the other.
        String salt = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        GeneratedRun first = new GeneratedRun(SEED, salt + "A", PEOPLE).drive(PLANS, DOSSIERS);
        GeneratedRun second = new GeneratedRun(SEED, salt + "B", PEOPLE).drive(PLANS, DOSSIERS);

        // What was driven: the plans (tenant, kind, period) and the answers by kind, for whoever reads the log.
        first.outcomes.stream().filter(line -> line.contains(" enter ")).forEach(line -> System.out.println(
                "generated plans: " + line));
        Map<String, Integer> answers = new TreeMap<>();
        first.outcomes.forEach(line -> answers.merge(line.replaceAll("^p\\d+(\\.[dr]\\d+)? ", "")
                .replaceAll(" \\[.*", "").replaceAll("\\(.*\\) ", "").replaceAll("\\d{4}", "#"), 1, Integer::sum));
        System.out.println("generated plans: answers of one run: " + answers);
        // Every breach of both runs, grouped by shape with one example each.
        Map<String, List<String>> breaches = new LinkedHashMap<>();
        breaches.put("answers (5xx, 4xx without a problem, replays)", concat(first.breaches, second.breaches));
        breaches.put("quotas (used, refusals, holders)", concat(first.ledger.breaches(), second.ledger.breaches()));
        breaches.forEach((kind, list) -> {
            System.out.println("generated plans: " + list.size() + " breach(es) of " + kind);
            summary(list).forEach((shape, example) -> System.out.println("  " + shape + " e.g. "
                    + abbreviate(example)));
        });

        System.out.println("generated plans: " + (first.plans + second.plans) + ", dossiers: "
                + (first.dossiers + second.dossiers) + ", registrations: "
                + (first.registrations + second.registrations) + ", seed: " + SEED);

        // All of it is asserted at once, so that one failing rule does not hide the others.
        SoftAssertions softly = new SoftAssertions();
        breaches.forEach((kind, list) -> softly.assertThat(list.stream().map(GeneratedPlansSystemTest::abbreviate)
                .toList()).as(kind).isEmpty());
        softly.assertThat(first.plans).as("plans launched").isPositive();
        softly.assertThat(second.outcomes).as("the same seed on fresh plans gives the same sequence of answers")
                .containsExactlyElementsOf(first.outcomes);
        softly.assertAll();
    }

    /** Breaches of the same shape (labels, ids, plan codes and years left out) with their count and one example. */
    static Map<String, String> summary(List<String> breaches) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, String> examples = new LinkedHashMap<>();
        for (String breach : breaches) {
            String shape = breach.replaceAll("p\\d+\\.[dr]\\d+|p\\d+\\b|[0-9a-f]{24}|GEN-\\w+-\\d+|\\|Y?\\d{4}\\b", "#");
            shape = shape.substring(0, Math.min(100, shape.length()));
            counts.merge(shape, 1, Integer::sum);
            examples.putIfAbsent(shape, breach);
        }
        Map<String, String> out = new LinkedHashMap<>();
        counts.forEach((shape, n) -> out.put(n + " × " + shape, examples.get(shape)));
        return out;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String abbreviate(String breach) {
        return breach.length() > 600 ? breach.substring(0, 600) + "…" : breach;
    }
}
