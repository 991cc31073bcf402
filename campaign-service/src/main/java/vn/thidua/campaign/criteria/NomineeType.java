package vn.thidua.campaign.criteria;

/** Who can be nominated: tập thể, cá nhân, hộ gia đình. */
public enum NomineeType {
    COLLECTIVE, INDIVIDUAL, HOUSEHOLD
}
