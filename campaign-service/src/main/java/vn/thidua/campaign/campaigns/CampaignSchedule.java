package vn.thidua.campaign.campaigns;

import java.util.List;
import vn.thidua.campaign.calendar.Schedule;

/**
 * A campaign's calendar resolved for one year, as the API answers it (GET /campaigns/{id}/schedule?year=). Dates
 * are days in {@link #timeZone}; a submission is late when today there is after its step's deadline.
 */
public record CampaignSchedule(
        String campaignId,
        Long campaignVersion,
        int year,
        String timeZone,
        String standingAgencyCode,
        String tenant,
        List<Schedule.Chain> chains,
        List<Schedule.Window> intakeWindows,
        List<Schedule.Event> milestones,
        Schedule.Appraisal appraisal) {

    /** Lateness is judged on the calendar of Vietnam. */
    public static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

    static CampaignSchedule of(Campaign campaign, int year, Schedule schedule) {
        return new CampaignSchedule(campaign.id(), campaign.version(), year, TIME_ZONE,
                campaign.plan().standingAgencyCode(), campaign.tenant(), schedule.chains(), schedule.intakeWindows(),
                schedule.milestones(), schedule.appraisal());
    }
}
