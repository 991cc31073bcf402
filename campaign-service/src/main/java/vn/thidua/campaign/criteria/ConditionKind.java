package vn.thidua.campaign.criteria;

/** What decides a criterion (tiêu chí): data the platform holds, or the judgement of reviewers. */
public enum ConditionKind {
    /** A recognised status of the unit, e.g. NTM_STANDARD_MET (đạt chuẩn nông thôn mới). */
    STATUS_FLAG,
    /** A numeric indicator against a threshold, e.g. contribution ≥ 100,000,000 VND, OCOP ≥ 3 stars. */
    NUMERIC_THRESHOLD,
    /** A rate held every year for N consecutive years before the proposal (… 03 năm liên tục trước khi trình). */
    RATE_SUSTAINED,
    /** Left to reviewers: free text (đánh giá của hội đồng). */
    JUDGEMENT
}
