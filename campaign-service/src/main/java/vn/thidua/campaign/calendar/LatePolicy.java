package vn.thidua.campaign.calendar;

/** What a late submission (or one outside an intake window) gets: accepted and flagged, or refused. */
public enum LatePolicy {
    FLAG, REFUSE
}
