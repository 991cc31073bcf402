package vn.thidua.campaign.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.thidua.campaign.validation.Violation;
import vn.thidua.campaign.criteria.ConditionRules;

/** Coherence of the offers: forms from the catalogue, categories of the plan, the fields each rule kind needs. */
public final class AwardRules {

    private AwardRules() {
    }

    /**
     * @param categoryUnitTypes the unit types of the plan's participant categories: a quota may count per any of
     *                          them besides the administrative and agency scopes
     */
    public static List<Violation> check(AwardOffer offer, String path, Predicate<String> formInCatalogue,
            Set<String> categoryCodes, Set<String> categoryUnitTypes) {
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
            out.addAll(check(rules.get(i), path + ".rules[" + i + "]", categoryUnitTypes));
        }
        return out;
    }

    static List<Violation> check(AwardRule r, String path, Set<String> categoryUnitTypes) {
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
        if (r.period() != null && r.kind() != RuleKind.QUOTA && r.kind() != RuleKind.ANNUAL_BEST) {
            out.add(new Violation(path + ".period", "not-for-rule-kind", r.kind()));
        }
        if (r.onceScope() != null && r.kind() != RuleKind.ONCE_PER_NOMINEE) {
            out.add(new Violation(path + ".onceScope", "not-for-rule-kind", r.kind()));
        }
        if (r.per() != null) {
            out.addAll(checkScope(r.per(), path + ".per", categoryUnitTypes));
        }
        if (r.conditions() != null) {
            for (int i = 0; i < r.conditions().size(); i++) {
                out.addAll(ConditionRules.check(r.conditions().get(i), path + ".conditions[" + i + "]"));
            }
        }
        return out;
    }

    /** One unit type, or one named unit; a type is a scope every plan knows or one of the plan's categories. */
    static List<Violation> checkScope(QuotaScope scope, String path, Set<String> categoryUnitTypes) {
        if (scope.unitType() == null && scope.unitCode() == null) {
            return List.of(Violation.required(path + ".unitType"));
        }
        if (scope.unitType() != null && scope.unitCode() != null) {
            return List.of(new Violation(path + ".unitCode", "exclusive-with", path + ".unitType"));
        }
        if (scope.unitType() != null && !QuotaScope.UNIT_TYPES.contains(scope.unitType())
                && !categoryUnitTypes.contains(scope.unitType())) {
            return List.of(new Violation(path + ".unitType", "unknown-unit-type", scope.unitType()));
        }
        return List.of();
    }

    private static void need(List<Violation> out, Object value, String field) {
        if (value == null) {
            out.add(Violation.required(field));
        }
    }
}
