package vn.thidua.award.dossiers;

import java.time.LocalDate;
import vn.thidua.award.clients.CampaignApi.Rule;

/**
 * Tiền thưởng: the PRIZE_MONEY rule's multiple of the base salary in force on the decision day (households get
 * the household multiple of the individual amount), rounded up to the configured step. Plain Java.
 */
public final class PrizeMoney {

    private PrizeMoney() {
    }

    public static long amount(Rule rule, String nomineeType, long baseSalaryVnd, long roundingVnd) {
        double multiple = rule.baseSalaryMultiple() == null ? 0 : rule.baseSalaryMultiple();
        double exact = baseSalaryVnd * multiple;
        if ("HOUSEHOLD".equals(nomineeType) && rule.householdMultipleOfIndividual() != null) {
            exact = exact * rule.householdMultipleOfIndividual();
        }
        long step = Math.max(1, roundingVnd);
        return (long) Math.ceil(Math.round(exact) / (double) step) * step;
    }

    /** The snapshot's PRIZE_MONEY rule in force on the day, if any. */
    public static java.util.Optional<Rule> ruleOn(java.util.List<Rule> rules, LocalDate day) {
        return rules.stream().filter(r -> "PRIZE_MONEY".equals(r.kind())).filter(r -> r.inForceOn(day)).findFirst();
    }
}
