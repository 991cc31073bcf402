package vn.thidua.campaign.awards;

/** When an award is given: hằng năm, sơ kết, tổng kết, or whenever the standard is reached. */
public enum Occasion {
    ANNUAL, MID_TERM_REVIEW, FINAL_REVIEW, ON_ACHIEVEMENT
}
