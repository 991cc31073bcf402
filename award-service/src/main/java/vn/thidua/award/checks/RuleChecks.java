package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.clients.CampaignApi.Category;
import vn.thidua.award.clients.CampaignApi.Criterion;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * The rule checks of a dossier against its rule snapshot (kiểm tra điều kiện, tiêu chuẩn khen thưởng), as plain
 * Java: eligibility by category, criteria decidable from data ({@link ConditionChecks}), once-only and one
 * achievement one award ({@link OnceOnly}), thresholds, quotas and the annual best ({@link Quotas}). What needs a
 * counter or a claim is returned as a demand: the service settles it atomically in the store and turns the outcome
 * into a finding with {@link #quotaFinding} / {@link #claimFinding}.
 */
public final class RuleChecks {

    private RuleChecks() {
    }

    /**
     * A value of an indicator for a unit, with the day it was measured and who vouches for it (issue 12): declared
     * by {@code declaredByUnit}, {@code confirmed} by the level above ({@code confirmedByUnit}) or not yet.
     */
    public record Fact(double value, LocalDate measuredOn, boolean confirmed, String declaredByUnit,
            String confirmedByUnit) {

        /** A confirmed value whose units do not matter (the registry's, confirmed by the level above). */
        public Fact(double value, LocalDate measuredOn) {
            this(value, measuredOn, true, null, null);
        }

        /** A value the unit declared and nobody above confirmed yet. */
        public static Fact declared(double value, LocalDate measuredOn, String declaredByUnit) {
            return new Fact(value, measuredOn, false, declaredByUnit, null);
        }

        /**
         * Whether a rule may rely on it for a dossier of this proposing unit: confirmed, and not by the proposing
         * unit itself (a value the proposer alone vouches for bends nothing).
         */
        public boolean vouchedAgainst(String proposingUnitCode) {
            return confirmed && (confirmedByUnit == null || !confirmedByUnit.equals(proposingUnitCode));
        }
    }

    /** Indicator values by unit (registration-service progress); {@link RegistryFacts} reads them. */
    public interface Facts {

        /** How far back a value as of a day is looked for. */
        int HISTORY_YEARS = 30;

        /** The current value (the latest measured on or before the check's day). */
        Optional<Fact> value(String unitCode, String indicator);

        /**
         * Every measurement of the indicator for the unit between two days (both included), oldest first. Empty
         * when nothing is known: a rate sustained over years is then left to the reviewer, naming the years.
         */
        default List<Fact> series(String unitCode, String indicator, LocalDate from, LocalDate to) {
            return List.of();
        }

        /**
         * The value as it stood on a day (the latest measured on or before it): the current value when measured by
         * then, else the last of the series up to that day.
         */
        default Optional<Fact> valueAsOf(String unitCode, String indicator, LocalDate day) {
            Optional<Fact> current = value(unitCode, indicator)
                    .filter(f -> f.measuredOn() == null || !f.measuredOn().isAfter(day));
            if (current.isPresent()) {
                return current;
            }
            List<Fact> before = series(unitCode, indicator, day.minusYears(HISTORY_YEARS), day);
            return before.isEmpty() ? Optional.empty() : Optional.of(before.getLast());
        }
    }

    /**
     * What is checked about a dossier.
     *
     * @param nomineeType  INDIVIDUAL, COLLECTIVE or HOUSEHOLD (a unit nominee is a collective)
     * @param nomineeKeys  the nominee's key under each of its equivalent codes (first = its own)
     * @param figures      figures the dossier declares (CONTRIBUTION_VND …), used when the registry has none
     * @param unitPath     the proposing unit's path (province first) as of the dossier's year
     * @param pathLevels   the level of each code of the path (PROVINCE, DISTRICT, COMMUNE, AGENCY …)
     * @param year         the year the dossier proposes awards for (năm xét khen thưởng)
     */
    public record Subject(String campaignId, String tenant, String formCode, String nomineeType,
            List<String> nomineeKeys, String nomineeUnitCode, String occasion, Map<String, Double> figures,
            String achievementKey, String proposingUnitCode, String proposingLevel, List<String> unitPath,
            Map<String, String> pathLevels, Integer year) {
    }

    public record Evaluation(List<Finding> findings, List<QuotaDemand> quotas, List<ClaimDemand> claims) {
    }

    public static Evaluation evaluate(RuleSnapshot snapshot, Subject subject, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        List<QuotaDemand> quotas = new ArrayList<>();
        List<ClaimDemand> claims = new ArrayList<>();
        Category category = snapshot.category();
        findings.add(eligibility(snapshot, subject));
        if (category != null && category.criteria() != null) {
            for (Criterion criterion : category.criteria()) {
                findings.add(ConditionChecks.criterion(criterion, subject, facts));
            }
        }
        List<Rule> rules = snapshot.offer() == null ? List.of() : snapshot.offer().ruleList();
        for (int i = 0; i < rules.size(); i++) {
            Rule rule = rules.get(i);
            if (!applies(rule, subject, category)) {
                continue;
            }
            switch (rule.kind()) {
                case "ONCE_PER_NOMINEE" -> {
                    if (rule.conditions() != null && !rule.conditions().isEmpty()) {
                        findings.add(ConditionChecks.conditions("ONCE_PER_NOMINEE", rule, subject, facts));
                    }
                    OnceOnly.claim(rule, subject, findings, claims);
                }
                case "THRESHOLD" -> findings.add(ConditionChecks.conditions("THRESHOLD", rule, subject, facts));
                case "QUOTA", "ANNUAL_BEST" -> Quotas.demand(i, rule, snapshot, subject, facts, findings, quotas);
                default -> {
                    // PRIZE_MONEY is applied at the decision, not checked.
                }
            }
        }
        OnceOnly.achievement(subject).ifPresent(claims::add);
        return new Evaluation(findings, quotas, claims);
    }

    static Finding eligibility(RuleSnapshot snapshot, Subject subject) {
        Category category = snapshot.category();
        if (snapshot.offer() == null) {
            return CheckMessages.finding("ELIGIBILITY", Outcome.FAIL, "eligibility.no-offer", null, Map.of(),
                    subject.formCode());
        }
        if (category == null) {
            return CheckMessages.finding("ELIGIBILITY", Outcome.FAIL, "eligibility.no-category", null, Map.of());
        }
        Map<String, Object> numbers = Map.of("categoryCode", category.code());
        List<String> allowed = snapshot.offer().categoryCodes();
        if (allowed != null && !allowed.isEmpty() && !allowed.contains(category.code())) {
            return CheckMessages.finding("ELIGIBILITY", Outcome.FAIL, "eligibility.not-offered", null, numbers,
                    formName(snapshot), category.name());
        }
        if (!category.nomineeType().equals(subject.nomineeType())) {
            return CheckMessages.finding("ELIGIBILITY", Outcome.FAIL, "eligibility.wrong-type", null, numbers,
                    category.name(), category.nomineeType(), subject.nomineeType());
        }
        return CheckMessages.finding("ELIGIBILITY", Outcome.PASS, "eligibility.pass", null, numbers,
                category.name(), formName(snapshot));
    }

    /** The quota finding once the counter answered: FAIL names the quota, its period and its use. */
    public static Finding quotaFinding(QuotaDemand demand, long used, boolean granted) {
        return Quotas.finding(demand, used, granted);
    }

    /** The once-only / one-achievement finding once the claim was settled ({@code heldBy} null: free). */
    public static Finding claimFinding(ClaimDemand demand, String heldBy) {
        return OnceOnly.finding(demand, heldBy);
    }

    private static boolean applies(Rule rule, Subject subject, Category category) {
        if (rule.nomineeType() != null && !rule.nomineeType().equals(subject.nomineeType())) {
            return false;
        }
        if (rule.nomineeUnitType() != null && (category == null || !rule.nomineeUnitType().equals(category.unitType()))) {
            return false;
        }
        return rule.occasions() == null || rule.occasions().isEmpty() || rule.occasions().contains(subject.occasion());
    }

    static String formName(RuleSnapshot snapshot) {
        return snapshot.form() != null && snapshot.form().name() != null ? snapshot.form().name()
                : snapshot.offer().formCode();
    }
}
