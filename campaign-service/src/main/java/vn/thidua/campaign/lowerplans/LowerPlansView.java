package vn.thidua.campaign.lowerplans;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.campaign.calendar.RouteEnd;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.Counts;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.UnitState;

/** Who has issued their own plan by each LOWER_PLANS_DUE date of a plan, who is late, who still has time. */
public record LowerPlansView(String campaignId, LocalDate today, String timeZone, List<Due> milestones) {

    /** One "issue your plan by" milestone: the date, whom it names, and each expected unit's state. */
    public record Due(String code, String name, LocalDate dueDate, List<RouteEnd> expectedFrom, Counts counts,
            List<UnitState> units) {
    }
}
