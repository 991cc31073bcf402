package vn.thidua.campaign.campaigns;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.thidua.campaign.awards.AwardRules;
import vn.thidua.campaign.calendar.CalendarRules;
import vn.thidua.campaign.criteria.ConditionRules;
import vn.thidua.campaign.criteria.Criterion;
import vn.thidua.campaign.criteria.ParticipantCategory;
import vn.thidua.campaign.targets.TargetRules;
import vn.thidua.campaign.validation.Violation;

/**
 * Coherence of a whole plan, beyond the shape checks of bean validation: the period, dates inside it, baselines
 * before horizons, the fields each typed spec needs, unique codes, award forms from the catalogue. Plain Java:
 * every violation names its field.
 */
public final class PlanRules {

    private PlanRules() {
    }

    public static List<Violation> check(CampaignPlan plan, Predicate<String> formInCatalogue) {
        List<Violation> out = new ArrayList<>();
        if (plan.startYear() == null || plan.endYear() == null) {
            return out;
        }
        int start = plan.startYear();
        int end = plan.endYear();
        if (end < start) {
            out.add(new Violation("endYear", "out-of-range", start, 2100));
            return out;
        }
        if (plan.level() == CampaignLevel.NATIONAL && plan.parentCampaignId() != null) {
            out.add(new Violation("parentCampaignId", "not-allowed-for-level", plan.level()));
        }
        out.addAll(CalendarRules.checkWindows(plan.intakeWindows(), start, end));
        if (plan.targets() != null) {
            unique(out, plan.targets().stream().map(t -> t.code()).toList(), "targets", "code");
            for (int i = 0; i < plan.targets().size(); i++) {
                out.addAll(TargetRules.check(plan.targets().get(i), "targets[" + i + "]", start, end));
            }
        }
        Set<String> categoryCodes = new HashSet<>();
        Set<String> categoryUnitTypes = new HashSet<>();
        if (plan.categories() != null) {
            unique(out, plan.categories().stream().map(ParticipantCategory::code).toList(), "categories", "code");
            for (int i = 0; i < plan.categories().size(); i++) {
                ParticipantCategory category = plan.categories().get(i);
                categoryCodes.add(category.code());
                categoryUnitTypes.add(category.unitType());
                List<Criterion> criteria = category.criteria() == null ? List.of() : category.criteria();
                for (int j = 0; j < criteria.size(); j++) {
                    out.addAll(ConditionRules.check(criteria.get(j).condition(),
                            "categories[" + i + "].criteria[" + j + "].condition"));
                }
            }
        }
        if (plan.offers() != null) {
            for (int i = 0; i < plan.offers().size(); i++) {
                out.addAll(AwardRules.check(plan.offers().get(i), "offers[" + i + "]", formInCatalogue,
                        categoryCodes, categoryUnitTypes));
            }
        }
        out.addAll(CalendarRules.check(plan.calendar(), start, end));
        return out;
    }

    private static void unique(List<Violation> out, List<String> codes, String list, String field) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            if (codes.get(i) != null && !seen.add(codes.get(i))) {
                out.add(new Violation(list + "[" + i + "]." + field, "duplicate-code", codes.get(i)));
            }
        }
    }
}
