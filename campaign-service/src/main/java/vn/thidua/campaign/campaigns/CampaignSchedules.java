package vn.thidua.campaign.campaigns;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import vn.thidua.campaign.calendar.Schedule;
import vn.thidua.campaign.calendar.ScheduleResolver;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * The resolved schedule of a campaign for a year, for everyone who may read the campaign. The appraisal time limit
 * is configuration ({@code thidua.campaigns.appraisal-working-days}) because the statutory figure under
 * NĐ 152/2025/NĐ-CP is not confirmed; a plan may set its own.
 */
@Service
public class CampaignSchedules {

    private final Campaigns campaigns;
    private final Schedule.Appraisal appraisalDefault;

    public CampaignSchedules(Campaigns campaigns,
            @Value("${thidua.campaigns.appraisal-working-days:10}") int appraisalWorkingDays,
            @Value("${thidua.campaigns.appraisal-legal-basis:}") String appraisalLegalBasis) {
        this.campaigns = campaigns;
        this.appraisalDefault = new Schedule.Appraisal(appraisalWorkingDays,
                appraisalLegalBasis.isBlank() ? null : appraisalLegalBasis);
    }

    public CampaignSchedule forYear(String id, Integer year, PlatformPrincipal caller) {
        Campaign campaign = campaigns.get(id, caller);
        CampaignPlan plan = campaign.plan();
        if (year == null) {
            throw ProblemException.invalid("year", "required");
        }
        if (year < plan.startYear() || year > plan.endYear()) {
            throw ProblemException.invalid("year", "outside-period", plan.startYear(), plan.endYear());
        }
        String planReference = plan.issuingDocument() != null && plan.issuingDocument().number() != null
                ? plan.issuingDocument().number() : plan.code();
        Schedule schedule = ScheduleResolver.resolve(plan.calendar(), plan.intakeWindows(),
                plan.standingAgencyCode(), year, planReference, appraisalDefault);
        return CampaignSchedule.of(campaign, year, schedule);
    }
}
