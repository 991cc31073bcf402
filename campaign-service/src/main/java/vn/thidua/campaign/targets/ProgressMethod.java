package vn.thidua.campaign.targets;

/** How progress towards a target (chỉ tiêu) is computed from unit reports. */
public enum ProgressMethod {
    /** Units of the population meeting a condition, as a count and/or a percent of the population (≥ 87% = 112 xã). */
    COUNT_OF_UNITS_MEETING,
    /** An indicator divided by a denominator indicator. */
    RATE,
    /** An indicator falls by at least N points a year, over N consecutive years (giảm bình quân ≥ 1%/năm). */
    SUSTAINED_REDUCTION,
    /** An indicator compared with a multiple of its baseline (thu nhập ×1,5 so với cuối năm 2020). */
    MULTIPLE_OF_BASELINE,
    /** At most N units of the population in a condition (còn nhiều nhất 04 xã dưới 15 tiêu chí). */
    ABSOLUTE_MAXIMUM
}
