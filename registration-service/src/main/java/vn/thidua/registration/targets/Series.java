package vn.thidua.registration.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One unit's results over time, by indicator (kết quả thực hiện). The value on a day is the latest measured on or
 * before it; of two on the same day, the one recorded last (a correction), as {@code /progress/current} reads it.
 */
public final class Series {

    /** One result as quoted in an answer: the indicator, its value, the day it was true, and its record. */
    public record Point(String indicator, BigDecimal value, LocalDate measuredOn, String progressId) {

        public double number() {
            return value.doubleValue();
        }
    }

    private final Map<String, List<Point>> byIndicator = new HashMap<>();

    private Series() {
    }

    /** Points in the order they were recorded (a later one corrects an earlier one of the same day). */
    public static Series of(List<Point> recorded) {
        Series series = new Series();
        for (Point p : recorded) {
            if (p != null && p.value() != null && p.measuredOn() != null) {
                series.byIndicator.computeIfAbsent(p.indicator(), k -> new ArrayList<>()).add(p);
            }
        }
        return series;
    }

    public static Series empty() {
        return new Series();
    }

    /** The value of the indicator on the day: the latest result measured on or before it. */
    public Optional<Point> on(String indicator, LocalDate day) {
        if (indicator == null) {
            return Optional.empty();
        }
        Point best = null;
        for (Point p : byIndicator.getOrDefault(indicator, List.of())) {
            if (!p.measuredOn().isAfter(day) && (best == null || !p.measuredOn().isBefore(best.measuredOn()))) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The value at the end of a year as known on {@code asOf}: the latest result of that year up to both. */
    public Optional<Point> yearEnd(String indicator, int year, LocalDate asOf) {
        LocalDate end = LocalDate.of(year, 12, 31);
        LocalDate day = asOf.isBefore(end) ? asOf : end;
        return on(indicator, day).filter(p -> p.measuredOn().getYear() == year);
    }
}
