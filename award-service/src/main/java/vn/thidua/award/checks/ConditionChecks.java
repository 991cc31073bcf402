package vn.thidua.award.checks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.FindingMessages.Part;
import vn.thidua.award.checks.RuleChecks.Fact;
import vn.thidua.award.checks.RuleChecks.Facts;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.Condition;
import vn.thidua.award.clients.CampaignApi.Criterion;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * Typed conditions (điều kiện) decided from data: a status flag from the registry, a numeric indicator against a
 * threshold (the registry's value, else the figure the dossier declares), a rate sustained over consecutive years
 * ({@link SustainedRate}); judgement criteria are listed for the reviewer. Each result quotes the value, the
 * threshold and the day it was measured.
 */
final class ConditionChecks {

    private ConditionChecks() {
    }

    /** One condition judged: outcome, the words, and its numbers under fixed keys ({@link FindingKeys}). */
    record Judged(Outcome outcome, Part text, Map<String, Object> numbers) {
    }

    static Finding criterion(Criterion criterion, Subject subject, Facts facts) {
        Judged judged = judge(criterion.condition(), subject, facts);
        String text = criterion.text() != null ? criterion.text()
                : criterion.condition().text() != null ? criterion.condition().text() : criterion.code();
        return CheckMessages.finding("CRITERION:" + criterion.code(), judged.outcome(), "criterion", null,
                judged.numbers(), text, judged.text());
    }

    /** A rule's conditions combined with ANY (một trong các tiêu chuẩn) or ALL; each condition's numbers listed. */
    static Finding conditions(String ruleName, Rule rule, Subject subject, Facts facts) {
        boolean any = !"ALL".equals(rule.conditionsMatch());
        List<Judged> judged = rule.conditions().stream().map(c -> judge(c, subject, facts)).toList();
        Outcome outcome;
        // A condition waiting for confirmation could still go either way: it outranks "to be judged", and
        // decides nothing on its own.
        if (any) {
            outcome = judged.stream().anyMatch(j -> j.outcome() == Outcome.PASS) ? Outcome.PASS
                    : judged.stream().anyMatch(j -> j.outcome() == Outcome.NOT_CONFIRMED) ? Outcome.NOT_CONFIRMED
                    : judged.stream().anyMatch(j -> j.outcome() == Outcome.NEEDS_JUDGEMENT) ? Outcome.NEEDS_JUDGEMENT
                    : Outcome.FAIL;
        } else {
            outcome = judged.stream().anyMatch(j -> j.outcome() == Outcome.FAIL) ? Outcome.FAIL
                    : judged.stream().anyMatch(j -> j.outcome() == Outcome.NOT_CONFIRMED) ? Outcome.NOT_CONFIRMED
                    : judged.stream().anyMatch(j -> j.outcome() == Outcome.NEEDS_JUDGEMENT) ? Outcome.NEEDS_JUDGEMENT
                    : Outcome.PASS;
        }
        Part parts = CheckMessages.text(any ? "join.ANY" : "join.ALL", judged.stream().map(Judged::text).toArray());
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("match", any ? "ANY" : "ALL");
        numbers.put("conditions", judged.stream().map(Judged::numbers).toList());
        return CheckMessages.finding(ruleName, outcome, "rule." + outcome, rule.legalBasis(), numbers,
                rule.description(), parts);
    }

    static Judged judge(Condition condition, Subject subject, Facts facts) {
        String text = condition.text() != null ? condition.text()
                : condition.flag() != null ? condition.flag() : String.valueOf(condition.indicator());
        return switch (condition.kind()) {
            case "STATUS_FLAG" -> flag(condition, text, subject, facts);
            case "NUMERIC_THRESHOLD" -> threshold(condition, text, subject, facts);
            case "RATE_SUSTAINED" -> SustainedRate.judge(condition, text, subject, facts);
            default -> new Judged(Outcome.NEEDS_JUDGEMENT, CheckMessages.text("judgement", text),
                    Map.of("kind", String.valueOf(condition.kind())));
        };
    }

    private static Judged flag(Condition condition, String text, Subject subject, Facts facts) {
        Optional<Fact> fact = subject.nomineeUnitCode() == null ? Optional.empty()
                : facts.value(subject.nomineeUnitCode(), condition.flag());
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("kind", "STATUS_FLAG");
        numbers.put("flag", condition.flag());
        if (fact.isEmpty()) {
            numbers.put("value", "unknown");
            return new Judged(Outcome.NEEDS_JUDGEMENT, CheckMessages.text("flag.unknown", text, condition.flag()),
                    numbers);
        }
        numbers.put("value", fact.get().value());
        numbers.put("measuredOn", String.valueOf(fact.get().measuredOn()));
        numbers.put("source", "REGISTRY");
        if (!fact.get().confirmed()) {
            return notConfirmed(numbers, text, condition.flag(), fact.get());
        }
        boolean met = fact.get().value() >= 1;
        return new Judged(met ? Outcome.PASS : Outcome.FAIL, CheckMessages.text(met ? "flag.met" : "flag.not-met",
                text, CheckMessages.text("source.registry", fact.get().measuredOn()), condition.flag(),
                CheckMessages.number(fact.get().value())), numbers);
    }

    private static Judged threshold(Condition condition, String text, Subject subject, Facts facts) {
        Optional<Fact> fact = subject.nomineeUnitCode() == null ? Optional.empty()
                : facts.value(subject.nomineeUnitCode(), condition.indicator());
        boolean declared = false;
        if (fact.isEmpty() && subject.figures() != null && subject.figures().get(condition.indicator()) != null) {
            fact = Optional.of(new Fact(subject.figures().get(condition.indicator()), null));
            declared = true;
        }
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("kind", "NUMERIC_THRESHOLD");
        numbers.put("indicator", condition.indicator());
        numbers.put("comparison", String.valueOf(condition.comparison()));
        numbers.put("threshold", condition.value());
        if (fact.isEmpty()) {
            numbers.put("value", "unknown");
            return new Judged(Outcome.NEEDS_JUDGEMENT, CheckMessages.text("threshold.unknown", text,
                    condition.indicator()), numbers);
        }
        double value = fact.get().value();
        boolean met = holds(condition.comparison(), value, condition.value());
        numbers.put("value", value);
        numbers.put("source", declared ? "DECLARED" : "REGISTRY");
        if (!declared) {
            numbers.put("measuredOn", String.valueOf(fact.get().measuredOn()));
            if (!fact.get().confirmed()) {
                return notConfirmed(numbers, text, condition.indicator(), fact.get());
            }
        }
        Part source = declared ? CheckMessages.text("source.declared")
                : CheckMessages.text("source.registry", fact.get().measuredOn());
        return new Judged(met ? Outcome.PASS : Outcome.FAIL, CheckMessages.text(met ? "threshold.met"
                : "threshold.not-met", text, condition.indicator(), CheckMessages.number(value), unit(condition),
                CheckMessages.sign(condition.comparison()), CheckMessages.number(condition.value()), source),
                numbers);
    }

    /**
     * A registry value only its own unit vouches for: quoted, neither met nor failed (issue 12). The reviewer sees
     * which value waits for the level above.
     */
    static Judged notConfirmed(Map<String, Object> numbers, String text, String indicator, Fact fact) {
        numbers.put("standing", "DECLARED");
        numbers.put("declaredByUnit", String.valueOf(fact.declaredByUnit()));
        return new Judged(Outcome.NOT_CONFIRMED, CheckMessages.text("value.not-confirmed", text, indicator,
                CheckMessages.number(fact.value()), fact.measuredOn(), String.valueOf(fact.declaredByUnit())),
                numbers);
    }

    private static final Set<String> KNOWN_COMPARISONS = Set.of("AT_LEAST", "MORE_THAN", "AT_MOST", "LESS_THAN",
            "EQUAL");

    static boolean holds(String comparison, double value, Double threshold) {
        if (threshold == null || comparison == null || !KNOWN_COMPARISONS.contains(comparison)) {
            return false;
        }
        return switch (comparison) {
            case "AT_LEAST" -> value >= threshold;
            case "MORE_THAN" -> value > threshold;
            case "AT_MOST" -> value <= threshold;
            case "LESS_THAN" -> value < threshold;
            default -> value == threshold;
        };
    }

    static String unit(Condition condition) {
        return condition.unit() == null || condition.unit().isBlank() ? "" : " " + condition.unit();
    }
}
