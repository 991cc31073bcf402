package vn.thidua.campaign.calendar;

/** What a late submission gets: accepted and flagged as late, or refused. */
public enum LatePolicy {
    FLAG, REFUSE
}
