package vn.thidua.registration.targets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.registration.campaigns.CampaignApi.ConditionRef;

/**
 * Whether a unit meets a condition on a day, decided from its series. Plain rules:
 * <ul>
 *   <li>STATUS_FLAG: the flag indicator's value on the day is 1 (đạt);</li>
 *   <li>NUMERIC_THRESHOLD: the indicator's value on the day compared with the threshold (AT_LEAST by default);</li>
 *   <li>RATE_SUSTAINED: the indicator's year-end value holds in each of the N years up to the day's year, or up
 *       to the year before when the day's year has no result yet (03 năm liên tục); with a reference year
 *       ("so với năm 2020") each year's value is its change from the reference year's year-end value, in the
 *       indicator's own unit (percentage points for a rate), and no value that year is not met;</li>
 *   <li>JUDGEMENT: not decidable from data (reviewers judge it): no answer;</li>
 *   <li>no result where one is needed: not met.</li>
 * </ul>
 */
public final class Conditions {

    private Conditions() {
    }

    /** The decision (empty: not decidable from data) and the results it used. */
    public record Decision(Optional<Boolean> holds, List<Series.Point> used) {

        static Decision of(boolean holds, List<Series.Point> used) {
            return new Decision(Optional.of(holds), used);
        }
    }

    public static Decision decide(ConditionRef condition, Series series, LocalDate day) {
        if (condition == null || condition.kind() == null || "JUDGEMENT".equals(condition.kind())) {
            return new Decision(Optional.empty(), List.of());
        }
        Comparison comparison = Comparison.of(condition.comparison(), Comparison.AT_LEAST);
        return switch (condition.kind()) {
            case "STATUS_FLAG" -> series.on(condition.flag(), day)
                    .map(p -> Decision.of(p.number() == 1, List.of(p))).orElse(Decision.of(false, List.of()));
            case "NUMERIC_THRESHOLD" -> condition.value() == null ? new Decision(Optional.empty(), List.of())
                    : series.on(condition.indicator(), day)
                            .map(p -> Decision.of(comparison.holds(p.number(), condition.value()), List.of(p)))
                            .orElse(Decision.of(false, List.of()));
            case "RATE_SUSTAINED" -> sustained(condition, comparison, series, day);
            default -> new Decision(Optional.empty(), List.of());
        };
    }

    private static Decision sustained(ConditionRef condition, Comparison comparison, Series series, LocalDate day) {
        if (condition.value() == null) {
            return new Decision(Optional.empty(), List.of());
        }
        int years = condition.consecutiveYears() == null ? 1 : condition.consecutiveYears();
        int last = series.yearEnd(condition.indicator(), day.getYear(), day).isPresent() ? day.getYear()
                : day.getYear() - 1;
        List<Series.Point> used = new ArrayList<>();
        double base = 0;
        if (condition.referenceYear() != null) {
            Optional<Series.Point> reference = series.yearEnd(condition.indicator(), condition.referenceYear(), day);
            if (reference.isEmpty()) {
                return Decision.of(false, used);
            }
            used.add(reference.get());
            base = reference.get().number();
        }
        for (int year = last - years + 1; year <= last; year++) {
            Optional<Series.Point> point = series.yearEnd(condition.indicator(), year, day);
            if (point.isEmpty() || !comparison.holds(point.get().number() - base, condition.value())) {
                point.ifPresent(used::add);
                return Decision.of(false, used);
            }
            used.add(point.get());
        }
        return Decision.of(true, used);
    }
}
