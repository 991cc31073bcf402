package vn.thidua.campaign.criteria;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.campaign.campaigns.Violation;

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
        return out;
    }

    static void require(List<Violation> out, Object value, String field) {
        if (value == null) {
            out.add(Violation.required(field));
        }
    }
}
