package vn.thidua.campaign.criteria;

/** How a value is compared with a threshold: từ … trở lên (AT_LEAST), trên (MORE_THAN), tối đa, dưới. */
public enum Comparison {
    AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EQUAL;

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold;
            case MORE_THAN -> value > threshold;
            case AT_MOST -> value <= threshold;
            case LESS_THAN -> value < threshold;
            case EQUAL -> value == threshold;
        };
    }
}
