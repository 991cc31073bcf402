package vn.thidua.registration.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The current value of each indicator of a unit on a day: the latest result measured on or before that day; of
 * two results on the same day, the one recorded last (a correction). Plain Java.
 */
public final class CurrentValues {

    private CurrentValues() {
    }

    /** The answer of {@code GET /api/v1/progress/current}: award-service codes against this shape. */
    public record Current(String unitCode, LocalDate asOf, List<IndicatorValue> indicators) {
    }

    public record IndicatorValue(String indicator, BigDecimal value, String unitOfMeasure, LocalDate measuredOn,
            String progressId) {
    }

    static final Comparator<ProgressRecord> LATEST_FIRST = Comparator
            .comparing(ProgressRecord::measuredOn).reversed()
            .thenComparing(ProgressRecord::createdAt, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(ProgressRecord::id, Comparator.reverseOrder());

    public static Current of(String unitCode, LocalDate asOf, Collection<ProgressRecord> results) {
        String day = asOf.toString();
        Map<String, ProgressRecord> latest = new TreeMap<>();
        results.stream().filter(r -> r.measuredOn().compareTo(day) <= 0).sorted(LATEST_FIRST)
                .forEach(r -> latest.putIfAbsent(r.indicator(), r));
        return new Current(unitCode, asOf, latest.values().stream().map(r -> new IndicatorValue(r.indicator(),
                r.value(), r.unitOfMeasure(), LocalDate.parse(r.measuredOn()), r.id())).toList());
    }
}
