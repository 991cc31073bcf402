package vn.thidua.campaign.awards;

/** The kinds of award rules a plan sets (seed 004 shows each). */
public enum RuleKind {
    /** Tặng 01 lần: once only per nominee in the campaign. */
    ONCE_PER_NOMINEE,
    /** Hằng năm: the best unit per scope each year (xã hoàn thành nhiều tiêu chí nhất của mỗi huyện). */
    ANNUAL_BEST,
    /** Tiêu chuẩn: conditions the nominee meets (đóng góp ≥ 100 triệu đồng, OCOP ≥ 3 sao). */
    THRESHOLD,
    /** Số lượng: at most N nominees per scope, optionally split by proposing level. */
    QUOTA,
    /** Tiền thưởng: a multiple of the base salary (mức lương cơ sở). */
    PRIZE_MONEY
}
