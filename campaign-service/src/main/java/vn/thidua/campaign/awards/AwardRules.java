package vn.thidua.campaign.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.thidua.campaign.campaigns.Violation;
import vn.thidua.campaign.criteria.ConditionRules;

/** Coherence of the offers: forms from the catalogue, categories of the plan, the fields each rule kind needs. */
public final class AwardRules {

    private AwardRules() {
    }

    public static List<Violation> check(AwardOffer offer, String path, Predicate<String> formInCatalogue,
            Set<String> categoryCodes) {
        List<Violation> out = new ArrayList<>();
        if (offer.formCode() != null && !formInCatalogue.test(offer.formCode())) {
            out.add(new Violation(path + ".formCode", "unknown-award-form", offer.formCode()));
        }
        if (offer.categoryCodes() != null) {
            for (int i = 0; i < offer.categoryCodes().size(); i++) {
                if (!categoryCodes.contains(offer.categoryCodes().get(i))) {
                    out.add(new Violation(path + ".categoryCodes[" + i + "]", "unknown-category",
                            offer.categoryCodes().get(i)));
                }
            }
        }
        List<AwardRule> rules = offer.rules() == null ? List.of() : offer.rules();
        for (int i = 0; i < rules.size(); i++) {
            out.addAll(check(rules.get(i), path + ".rules[" + i + "]"));
        }
        return out;
    }

    static List<Violation> check(AwardRule r, String path) {
        List<Violation> out = new ArrayList<>();
        if (r.validFrom() != null && r.validTo() != null && r.validTo().isBefore(r.validFrom())) {
            out.add(new Violation(path + ".validTo", "date-not-before", path + ".validFrom"));
        }
        if (r.kind() == null) {
            return out;
        }
        switch (r.kind()) {
            case ONCE_PER_NOMINEE -> { }
            case ANNUAL_BEST -> {
                need(out, r.per(), path + ".per");
                need(out, r.maxCount(), path + ".maxCount");
                need(out, r.rankBy(), path + ".rankBy");
            }
            case THRESHOLD -> {
                if (r.conditions() == null || r.conditions().isEmpty()) {
                    out.add(Violation.required(path + ".conditions"));
                }
            }
            case QUOTA -> {
                need(out, r.per(), path + ".per");
                need(out, r.maxCount(), path + ".maxCount");
                if (r.maxCount() != null && r.split() != null && !r.split().isEmpty()
                        && !QuotaSplit.of(r).sumsToTotal()) {
                    out.add(new Violation(path + ".split", "quota-split-mismatch", r.maxCount()));
                }
            }
            case PRIZE_MONEY -> {
                need(out, r.baseSalaryMultiple(), path + ".baseSalaryMultiple");
                if (r.baseSalaryMultiple() != null && r.baseSalaryMultiple() <= 0) {
                    out.add(new Violation(path + ".baseSalaryMultiple", "must-be-positive"));
                }
            }
        }
        if (r.per() != null && r.per().unitType() == null && r.per().unitCode() == null) {
            out.add(Violation.required(path + ".per.unitType"));
        }
        if (r.conditions() != null) {
            for (int i = 0; i < r.conditions().size(); i++) {
                out.addAll(ConditionRules.check(r.conditions().get(i), path + ".conditions[" + i + "]"));
            }
        }
        return out;
    }

    private static void need(List<Violation> out, Object value, String field) {
        if (value == null) {
            out.add(Violation.required(field));
        }
    }
}
