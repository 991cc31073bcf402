package vn.thidua.campaign.criteria;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.campaign.validation.Violation;

/** Which fields each kind of condition needs. Plain Java. */
public final class ConditionRules {

    private ConditionRules() {
    }

    public static List<Violation> check(Condition c, String path) {
        List<Violation> out = new ArrayList<>();
        if (c == null || c.kind() == null) {
            return out; // bean validation names the missing kind
        }
        switch (c.kind()) {
            case STATUS_FLAG -> require(out, c.flag(), path + ".flag");
            case NUMERIC_THRESHOLD -> {
                require(out, c.indicator(), path + ".indicator");
                require(out, c.comparison(), path + ".comparison");
                require(out, c.value(), path + ".value");
            }
            case RATE_SUSTAINED -> {
                require(out, c.indicator(), path + ".indicator");
                require(out, c.comparison(), path + ".comparison");
                require(out, c.value(), path + ".value");
                require(out, c.consecutiveYears(), path + ".consecutiveYears");
            }
            case JUDGEMENT -> require(out, c.text() == null || c.text().isBlank() ? null : c.text(), path + ".text");
        }
        if (c.referenceYear() != null) {
            if (c.kind() != ConditionKind.RATE_SUSTAINED) {
                out.add(new Violation(path + ".referenceYear", "not-for-condition-kind", c.kind()));
            } else if (c.referenceYear() < 2000 || c.referenceYear() > 2100) {
                out.add(new Violation(path + ".referenceYear", "out-of-range", 2000, 2100));
            }
        }
        return out;
    }

    static void require(List<Violation> out, Object value, String field) {
        if (value == null) {
            out.add(Violation.required(field));
        }
    }
}
