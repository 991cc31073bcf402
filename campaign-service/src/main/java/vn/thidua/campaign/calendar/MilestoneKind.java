package vn.thidua.campaign.calendar;

/** Dated events of a campaign. */
public enum MilestoneKind {
    PLAN_ISSUED, LOWER_PLANS_DUE, MID_TERM_REVIEW, FINAL_REVIEW, ANNUAL_REPORT, STATISTICS_REPORT,
    PERIODIC_REPORT, INSPECTION
}
