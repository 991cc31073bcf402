package vn.thidua.registration.targets;

/** How a value is compared with a threshold: từ … trở lên (AT_LEAST), trên, tối đa (AT_MOST), dưới, bằng. */
public enum Comparison {
    AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN, EQUAL;

    static final double EPSILON = 1e-9;

    public boolean holds(double value, double threshold) {
        return switch (this) {
            case AT_LEAST -> value >= threshold - EPSILON;
            case MORE_THAN -> value > threshold + EPSILON;
            case AT_MOST -> value <= threshold + EPSILON;
            case LESS_THAN -> value < threshold - EPSILON;
            case EQUAL -> Math.abs(value - threshold) <= EPSILON;
        };
    }

    /** The plan's comparison, or the given default when the plan leaves it out (or writes one we do not know). */
    public static Comparison of(String name, Comparison otherwise) {
        if (name == null) {
            return otherwise;
        }
        for (Comparison c : values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return otherwise;
    }
}
