package vn.thidua.campaign.lowerplans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.calendar.Milestone;
import vn.thidua.campaign.calendar.MilestoneKind;
import vn.thidua.campaign.campaigns.Campaign;
import vn.thidua.campaign.campaigns.CampaignSchedule;
import vn.thidua.campaign.campaigns.CampaignStatus;
import vn.thidua.campaign.campaigns.Campaigns;
import vn.thidua.campaign.campaigns.StatusChange;
import vn.thidua.campaign.lowerplans.LowerPlanTracker.IssuedPlan;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * "Issue your plan by <date>" for a plan's LOWER_PLANS_DUE milestones: the units expected (from the registry, as of
 * the due date) against the launched plans that name this one as their parent. Anyone who may read the plan may
 * ask; a launched lower plan is public within its province.
 */
@Service
public class LowerPlans {

    private static final ZoneId VIETNAM = ZoneId.of(CampaignSchedule.TIME_ZONE);

    private final Campaigns campaigns;
    private final MongoTemplate mongo;
    private final UnitsBelow units;
    private final Clock clock;

    public LowerPlans(Campaigns campaigns, MongoTemplate mongo, UnitsBelow units) {
        this.campaigns = campaigns;
        this.mongo = mongo;
        this.units = units;
        this.clock = Clock.system(VIETNAM);
    }

    public LowerPlansView of(String id, PlatformPrincipal caller) {
        Campaign campaign = campaigns.get(id, caller);
        LocalDate today = LocalDate.now(clock);
        List<Milestone> dues = campaign.plan().calendar() == null || campaign.plan().calendar().milestones() == null
                ? List.of() : campaign.plan().calendar().milestones().stream()
                        .filter(m -> m.kind() == MilestoneKind.LOWER_PLANS_DUE && m.date() != null
                                && m.expectedFrom() != null && !m.expectedFrom().isEmpty())
                        .toList();
        List<IssuedPlan> issued = dues.isEmpty() ? List.of() : issuedUnder(campaign);
        List<LowerPlansView.Due> out = new ArrayList<>();
        for (Milestone due : dues) {
            var expected = units.expected(campaign.ownerUnitCode(), due.expectedFrom(), due.date());
            var result = LowerPlanTracker.track(due.date(), expected, issued, today);
            out.add(new LowerPlansView.Due(due.code(), due.name(), due.date(), due.expectedFrom(), result.counts(),
                    result.units()));
        }
        return new LowerPlansView(campaign.id(), today, CampaignSchedule.TIME_ZONE, out);
    }

    /** Launched plans implementing this one, in its tenant; a draft is not issued yet. */
    private List<IssuedPlan> issuedUnder(Campaign parent) {
        Query query = Query.query(Criteria.where("tenant").is(parent.tenant())
                .and("plan.parentCampaignId").is(parent.id()).and("status").ne(CampaignStatus.DRAFT));
        return mongo.find(query, Campaign.class).stream()
                .map(child -> new IssuedPlan(child.ownerUnitCode(), child.id(), child.plan().code(),
                        issuedOn(child)))
                .toList();
    }

    /** The issuing document's date (ngày ban hành); without one, the day it was launched on the platform. */
    static LocalDate issuedOn(Campaign plan) {
        if (plan.plan().issuingDocument() != null && plan.plan().issuingDocument().date() != null) {
            return plan.plan().issuingDocument().date();
        }
        List<StatusChange> history = plan.history() == null ? List.of() : plan.history();
        return history.stream().filter(change -> change.to() == CampaignStatus.LAUNCHED).findFirst()
                .map(change -> LocalDate.ofInstant(change.at(), VIETNAM))
                .orElse(LocalDate.ofInstant(plan.createdAt(), VIETNAM));
    }
}
