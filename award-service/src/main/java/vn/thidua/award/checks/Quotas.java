package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.FindingMessages.Part;
import vn.thidua.award.checks.RuleChecks.Fact;
import vn.thidua.award.checks.RuleChecks.Facts;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.QuotaShare;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * Quotas (số lượng khen thưởng) and the annual best (mỗi huyện 01 xã mỗi năm), counted per (rule, scope unit,
 * period): "3 households per commune per year" is one counter per commune and year, "5 individuals per NTM commune
 * over the campaign" one per commune for the whole plan, "at the final review 2 per department" one per
 * department and occasion. The annual best is ranked by reviewers, but never more than its number per scope and
 * year get through. Whether a quota that concerns only units holding a status applies is
 * {@link QuotaApplicability}'s: never on a value the proposer alone vouches for.
 */
final class Quotas {

    static final String CAMPAIGN = "CAMPAIGN";
    static final String YEAR = "YEAR";
    static final String OCCASION = "OCCASION";

    private Quotas() {
    }

    static void demand(int index, Rule rule, RuleSnapshot snapshot, Subject subject, Facts facts,
            List<Finding> findings, List<QuotaDemand> quotas) {
        boolean annualBest = "ANNUAL_BEST".equals(rule.kind());
        String period = period(rule);
        QuotaScopes.Resolved scope = QuotaScopes.resolve(rule.per(), subject, snapshot.category());
        String ruleName = annualBest ? "ANNUAL_BEST" : "QUOTA";
        String scopeType = scopeType(rule);
        if (annualBest) {
            Map<String, Object> numbers = new LinkedHashMap<>();
            numbers.put("maxCount", rule.maxCount() == null ? 0 : rule.maxCount());
            numbers.put("scopeType", scopeType);
            numbers.put("period", period);
            // The value reviewers rank by, quoted for the nominee unit when the registry has it.
            Optional<Fact> ranked = rule.rankBy() == null || subject.nomineeUnitCode() == null ? Optional.empty()
                    : facts.value(subject.nomineeUnitCode(), rule.rankBy());
            ranked.ifPresent(f -> {
                numbers.put("indicator", rule.rankBy());
                numbers.put("value", f.value());
                numbers.put("measuredOn", String.valueOf(f.measuredOn()));
            });
            Object rank = ranked.<Object>map(f -> CheckMessages.text("annual-best.value", rule.rankBy(),
                    CheckMessages.number(f.value()), f.measuredOn())).orElse("");
            findings.add(CheckMessages.finding(ruleName, Outcome.NEEDS_JUDGEMENT, "annual-best", rule.legalBasis(),
                    numbers, rule.description(), rule.maxCount(), scopeType, periodText(period, subject.year(),
                            subject.occasion()), rank));
        }
        if (!scope.found()) {
            if (scope.levelGone()) {
                findings.add(CheckMessages.finding(ruleName, Outcome.PASS, "quota.no-such-level", rule.legalBasis(),
                        Map.of("scopeType", scopeType, "year", String.valueOf(subject.year())), rule.description(),
                        scopeType, subject.year(), subject.proposingUnitCode()));
            }
            return;
        }
        String unit = scope.unitCode();
        List<String> statuses = rule.per().statusAnyOf();
        if (statuses != null && !statuses.isEmpty()) {
            // The status as it stood in the dossier's year (its last day), not today's: a commune that reached the
            // standard after that year does not bring the quota to that year's dossiers.
            LocalDate asOf = subject.year() == null ? null : LocalDate.of(subject.year(), 12, 31);
            QuotaApplicability.Judged judged = QuotaApplicability.judge(statuses, status -> asOf == null
                    ? facts.value(unit, status) : facts.valueAsOf(unit, status, asOf), subject.proposingUnitCode());
            String measured = judged.quoted().map(f -> String.valueOf(f.measuredOn())).orElse(null);
            switch (judged.verdict()) {
                case NOT_HELD -> {
                    findings.add(CheckMessages.finding(ruleName, Outcome.PASS, "quota.status-not-held",
                            rule.legalBasis(), Map.of("scopeUnit", unit), rule.description(), unit, statuses,
                            measured));
                    return;
                }
                case NOT_CONFIRMED -> findings.add(CheckMessages.finding(ruleName, Outcome.WARN,
                        "quota.status-not-confirmed", rule.legalBasis(), Map.of("scopeUnit", unit, "standing",
                                "DECLARED", "declaredByUnit", String.valueOf(judged.quoted().get().declaredByUnit())),
                        rule.description(), unit, statuses, measured));
                case UNKNOWN -> {
                    findings.add(CheckMessages.finding(ruleName, Outcome.WARN, "quota.status-unknown",
                            rule.legalBasis(), Map.of("scopeUnit", unit), rule.description(), unit, statuses,
                            measured));
                    return;
                }
                case HELD -> {
                    // The quota applies as written.
                }
            }
        }
        String share = null;
        int max = rule.maxCount() == null ? 0 : rule.maxCount();
        if (rule.split() != null && !rule.split().isEmpty()) {
            String decider = Competence.deciderLevel(snapshot.form() == null ? null : snapshot.form().level());
            for (QuotaShare s : rule.split()) {
                if (decider.equals(s.proposedAtLevel())) {
                    share = s.proposedAtLevel();
                    max = s.count();
                }
            }
        }
        quotas.add(new QuotaDemand(key(subject, index, unit, share, period), subject.tenant(), rule.description(),
                rule.legalBasis(), max, unit, share, period, subject.year(), subject.occasion(), rule.kind()));
    }

    /** The period a rule counts over: as written, else CAMPAIGN for a quota (its old meaning), YEAR for the best. */
    static String period(Rule rule) {
        if (rule.period() != null) {
            return rule.period();
        }
        return "ANNUAL_BEST".equals(rule.kind()) ? YEAR : CAMPAIGN;
    }

    /** The counter's id: today's format for the whole campaign, the year or the occasion appended otherwise. */
    static String key(Subject subject, int index, String scopeUnit, String share, String period) {
        String key = subject.campaignId() + "|" + subject.formCode() + "|" + index + "|" + scopeUnit + "|"
                + (share == null ? "ALL" : share);
        return switch (period) {
            case YEAR -> key + "|Y" + subject.year();
            case OCCASION -> key + "|O" + subject.occasion() + "-" + subject.year();
            default -> key;
        };
    }

    static Finding finding(QuotaDemand demand, long used, boolean granted) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("used", used);
        numbers.put("max", demand.max());
        numbers.put("scopeUnit", demand.scopeUnit());
        String period = demand.period() == null ? CAMPAIGN : demand.period();
        numbers.put("period", period);
        if (!CAMPAIGN.equals(period)) {
            numbers.put("year", demand.year());
        }
        if (OCCASION.equals(period)) {
            numbers.put("occasion", demand.occasion());
        }
        if (demand.share() != null) {
            numbers.put("share", demand.share());
        }
        // Named after its rule: an annual best's slots are told apart from a quota's with the same scope.
        String rule = demand.ruleKind() == null ? "QUOTA" : demand.ruleKind();
        return CheckMessages.finding(rule, granted ? Outcome.PASS : Outcome.FAIL,
                granted ? "quota.within" : "quota.exceeded", demand.legalBasis(), numbers, demand.description(),
                used, demand.max(), demand.scopeUnit(), periodText(period, demand.year(), demand.occasion()));
    }

    private static Part periodText(String period, Integer year, String occasion) {
        return switch (period) {
            case YEAR -> CheckMessages.text("period.YEAR", year);
            case OCCASION -> CheckMessages.text("period.OCCASION", year, occasionText(occasion));
            default -> CheckMessages.text("period.CAMPAIGN");
        };
    }

    private static Object occasionText(String occasion) {
        return switch (occasion == null ? "" : occasion) {
            case "ANNUAL", "MID_TERM_REVIEW", "FINAL_REVIEW", "ON_ACHIEVEMENT" ->
                    CheckMessages.text("occasion." + occasion);
            default -> occasion;
        };
    }

    private static String scopeType(Rule rule) {
        if (rule.per() == null) {
            return "?";
        }
        return rule.per().unitCode() != null ? rule.per().unitCode() : String.valueOf(rule.per().unitType());
    }
}
