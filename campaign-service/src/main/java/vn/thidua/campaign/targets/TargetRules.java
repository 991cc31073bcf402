package vn.thidua.campaign.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.campaign.validation.Violation;
import vn.thidua.campaign.criteria.ConditionRules;

/** Coherence of a target: baseline before horizon, horizon inside the period, the fields its method needs. */
public final class TargetRules {

    private TargetRules() {
    }

    public static List<Violation> check(Target t, String path, int startYear, int endYear) {
        List<Violation> out = new ArrayList<>();
        if (t.baseline() != null && t.baseline().date() != null && t.horizon() != null
                && !t.baseline().date().isBefore(t.horizon())) {
            out.add(new Violation(path + ".baseline.date", "date-not-before", path + ".horizon"));
        }
        if (t.horizon() != null && (t.horizon().isBefore(LocalDate.of(startYear, 1, 1))
                || t.horizon().isAfter(LocalDate.of(endYear, 12, 31)))) {
            out.add(new Violation(path + ".horizon", "outside-period", startYear, endYear));
        }
        ProgressSpec p = t.progress();
        if (p == null || p.method() == null) {
            return out;
        }
        String pp = path + ".progress";
        switch (p.method()) {
            case COUNT_OF_UNITS_MEETING -> {
                need(out, p.population(), pp + ".population");
                need(out, p.unitCondition(), pp + ".unitCondition");
                if (p.thresholdCount() == null && p.thresholdPercent() == null) {
                    out.add(Violation.required(pp + ".thresholdPercent"));
                }
            }
            case RATE -> {
                need(out, p.indicator(), pp + ".indicator");
                need(out, p.denominatorIndicator(), pp + ".denominatorIndicator");
                need(out, p.thresholdPercent(), pp + ".thresholdPercent");
            }
            case SUSTAINED_REDUCTION -> {
                need(out, p.indicator(), pp + ".indicator");
                need(out, p.pointsPerYear(), pp + ".pointsPerYear");
                need(out, p.consecutiveYears(), pp + ".consecutiveYears");
                if (p.pointsPerYear() != null && p.pointsPerYear() <= 0) {
                    out.add(new Violation(pp + ".pointsPerYear", "must-be-positive"));
                }
            }
            case MULTIPLE_OF_BASELINE -> {
                need(out, p.indicator(), pp + ".indicator");
                need(out, p.multiple(), pp + ".multiple");
                if (p.multiple() != null && p.multiple() <= 0) {
                    out.add(new Violation(pp + ".multiple", "must-be-positive"));
                }
                if (t.baseline() == null) {
                    out.add(Violation.required(path + ".baseline"));
                }
            }
            case ABSOLUTE_MAXIMUM -> {
                need(out, p.population(), pp + ".population");
                need(out, p.unitCondition(), pp + ".unitCondition");
                need(out, p.maximumCount(), pp + ".maximumCount");
            }
        }
        if (p.unitCondition() != null) {
            out.addAll(ConditionRules.check(p.unitCondition(), pp + ".unitCondition"));
        }
        return out;
    }

    private static void need(List<Violation> out, Object value, String field) {
        if (value == null) {
            out.add(Violation.required(field));
        }
    }
}
