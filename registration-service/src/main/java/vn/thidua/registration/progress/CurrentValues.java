package vn.thidua.registration.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The current value of each indicator of a unit on a day: the latest result measured on or before that day; of
 * two results on the same day, the one recorded last. A value the level above rejected is no value: the one
 * before it stands. Each value says whether it is confirmed, by whom and on what, so a check can refuse to rely
 * on a value only its own unit vouches for. Plain Java.
 */
public final class CurrentValues {

    private CurrentValues() {
    }

    /** The answer of {@code GET /api/v1/progress/current}: award-service codes against this shape. */
    public record Current(String unitCode, LocalDate asOf, List<IndicatorValue> indicators) {
    }

    /**
     * @param standing        DECLARED (waiting for the level above) or CONFIRMED
     * @param declaredByUnit  the unit that declared the present value (null: stored before it was recorded)
     * @param confirmedByUnit the unit above that confirmed it, with who, when and on what source
     */
    public record IndicatorValue(String indicator, BigDecimal value, String unitOfMeasure, LocalDate measuredOn,
            String progressId, ProgressRecord.Standing standing, String declaredByUnit, String confirmedBy,
            String confirmedByUnit, Instant confirmedAt, String source) {

        static IndicatorValue of(ProgressRecord r) {
            ProgressRecord.Confirmation c = r.standing() == ProgressRecord.Standing.CONFIRMED ? r.confirmation() : null;
            return new IndicatorValue(r.indicator(), r.value(), r.unitOfMeasure(), LocalDate.parse(r.measuredOn()),
                    r.id(), r.standing(), r.declaredByUnit(), c == null ? null : c.by(), c == null ? null : c.byUnit(),
                    c == null ? null : c.at(), c == null ? null : c.source());
        }
    }

    static final Comparator<ProgressRecord> LATEST_FIRST = Comparator
            .comparing(ProgressRecord::measuredOn).reversed()
            .thenComparing(ProgressRecord::createdAt, Comparator.nullsFirst(Comparator.reverseOrder()))
            .thenComparing(ProgressRecord::id, Comparator.reverseOrder());

    public static Current of(String unitCode, LocalDate asOf, Collection<ProgressRecord> results) {
        String day = asOf.toString();
        Map<String, ProgressRecord> latest = new TreeMap<>();
        results.stream().filter(r -> r.measuredOn().compareTo(day) <= 0)
                .filter(r -> r.standing() != ProgressRecord.Standing.REJECTED).sorted(LATEST_FIRST)
                .forEach(r -> latest.putIfAbsent(r.indicator(), r));
        return new Current(unitCode, asOf, latest.values().stream().map(IndicatorValue::of).toList());
    }
}
