package vn.thidua.registration.targets;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.thidua.registration.campaigns.CampaignApi.ConditionRef;
import vn.thidua.registration.campaigns.CampaignApi.PopulationRef;
import vn.thidua.registration.campaigns.CampaignApi.ProgressRef;
import vn.thidua.registration.campaigns.CampaignApi.TargetRef;
import vn.thidua.registration.targets.TargetProgressItem.Attainment;
import vn.thidua.registration.targets.TargetProgressItem.Baseline;
import vn.thidua.registration.targets.TargetProgressItem.CommitmentCheck;
import vn.thidua.registration.targets.TargetProgressItem.Goal;
import vn.thidua.registration.targets.TargetProgressItem.Measure;
import vn.thidua.registration.targets.TargetProgressItem.YearChange;
import vn.thidua.registration.targets.TargetProgressItem.YearPoint;

/**
 * Progress towards a target (chỉ tiêu) computed from the progress series, by the target's method. Plain rules:
 * <ul>
 *   <li>COUNT_OF_UNITS_MEETING: the units of the population under the asked unit on the day (narrowed to those
 *       holding every flag, or to the named codes) that meet the unit condition; the value is their count, or
 *       their percent of the population when the target is in PERCENT; met when the count and/or the percent
 *       reach the thresholds (AT_LEAST unless the plan says otherwise).</li>
 *   <li>ABSOLUTE_MAXIMUM: the units of the population in the condition (còn nhiều nhất 04 xã dưới 15 tiêu chí);
 *       met when at most {@code maximumCount}.</li>
 *   <li>RATE: the indicator over the denominator indicator, in percent, against {@code thresholdPercent}.</li>
 *   <li>SUSTAINED_REDUCTION: the indicator's year-end values from the reference year; met when it fell by at least
 *       {@code pointsPerYear} in each of the last {@code consecutiveYears} years with results.</li>
 *   <li>MULTIPLE_OF_BASELINE: the indicator against {@code multiple} × the baseline (AT_LEAST for a multiple of 1
 *       or more, AT_MOST below 1: "giảm trên 50%" is a multiple of 0.5).</li>
 * </ul>
 * The baseline is the plan's value, else the method's value on the baseline day. The yearly path puts, for each
 * year after the baseline's to the horizon's, the value expected on a straight line from the baseline (on its day)
 * to the target value (on the horizon) next to the unit's value at the year's end (or on {@code asOf} in its own
 * year): ahead, on track or behind, in the target's direction. Missing results are not guessed: no data is no
 * decision.
 */
public final class TargetProgress {

    private TargetProgress() {
    }

    /** The units of the population under the asked unit on a day, from the registry, each with its series. */
    @FunctionalInterface
    public interface Population {
        List<Member> on(LocalDate day);
    }

    /**
     * A unit of the population with its series; {@code group} is the unit of the population's
     * {@code perUnitType} it lies in (its district for "mỗi huyện có 01 xã"), null otherwise.
     */
    public record Member(String code, Series series, String group) {

        public Member(String code, Series series) {
            this(code, series, null);
        }
    }

    /** The unit's registration for the year and its commitment to this target (null: none). */
    public record Registered(int year, String registrationId, String status, String indicator,
            BigDecimal committed) {
    }

    public static TargetProgressItem compute(TargetRef target, String unitCode, LocalDate asOf, Series own,
            Population population, Registered registered) {
        ProgressRef p = target.progress();
        String method = p == null ? null : p.method();
        Measure current = measure(target, own, population, asOf);
        Baseline baseline = baseline(target, own, population);
        Integer referenceYear = p != null && p.unitCondition() != null && p.unitCondition().referenceYear() != null
                ? p.unitCondition().referenceYear()
                : target.baseline() != null && target.baseline().date() != null ? target.baseline().date().getYear()
                : null;
        Double threshold = threshold(target, baseline);
        Comparison comparison = comparison(target);
        Boolean met = met(target, current, threshold, comparison);
        Double share = baseline.value() == null || current.value() == null || target.targetValue() == null
                || Math.abs(target.targetValue() - baseline.value()) < Comparison.EPSILON ? null
                : round((current.value() - baseline.value()) / (target.targetValue() - baseline.value()) * 100);
        boolean lowerIsBetter = lowerIsBetter(target, baseline);
        return new TargetProgressItem(target.code(), indicatorOf(target), target.unitOfMeasure(), method, unitCode,
                asOf, current, baseline, referenceYear, new Goal(target.targetValue(), target.horizon(),
                        comparison == null ? null : comparison.name(), threshold),
                new Attainment(met, share), path(target, own, population, baseline, asOf, lowerIsBetter),
                commitment(registered, own, asOf, lowerIsBetter));
    }

    static Measure measure(TargetRef target, Series own, Population population, LocalDate day) {
        ProgressRef p = target.progress();
        if (p == null || p.method() == null) {
            return new Measure(day, null, List.of(), null, null, null, null, null, null);
        }
        return switch (p.method()) {
            case "COUNT_OF_UNITS_MEETING" -> p.population() != null && p.population().perUnitType() != null
                    ? PerUnit.measure(target, p, population, day) : counted(target, p, population, day);
            case "ABSOLUTE_MAXIMUM" -> counted(target, p, population, day);
            case "RATE" -> rate(p, own, day);
            case "SUSTAINED_REDUCTION" -> reduction(target, p, own, day);
            case "MULTIPLE_OF_BASELINE" -> own.on(p.indicator(), day)
                    .map(v -> new Measure(day, v.number(), List.of(v), null, null, null, null, null, null))
                    .orElse(new Measure(day, null, List.of(), null, null, null, null, null, null));
            default -> new Measure(day, null, List.of(), null, null, null, null, null, null);
        };
    }

    /** The members the population keeps on the day: named codes only (when named), holding every flag. */
    static List<Member> members(ProgressRef p, Population population, LocalDate day) {
        PopulationRef scope = p.population();
        List<String> flags = scope == null || scope.flags() == null ? List.of() : scope.flags();
        List<String> named = scope == null || scope.unitCodes() == null ? List.of() : scope.unitCodes();
        return population.on(day).stream().filter(m -> named.isEmpty() || named.contains(m.code()))
                .filter(m -> flags.stream().allMatch(f -> m.series().on(f, day).map(v -> v.number() == 1)
                        .orElse(false)))
                .toList();
    }

    private static Measure counted(TargetRef target, ProgressRef p, Population population, LocalDate day) {
        int size = 0;
        int undecided = 0;
        List<String> counted = new ArrayList<>();
        for (Member m : members(p, population, day)) {
            size++;
            Optional<Boolean> holds = Conditions.decide(p.unitCondition(), m.series(), day).holds();
            if (holds.isEmpty()) {
                undecided++;
            } else if (holds.get()) {
                counted.add(m.code());
            }
        }
        counted.sort(null);
        Double value = inPercent(target) ? (size == 0 ? null : Double.valueOf(round(counted.size() * 100.0 / size)))
                : Double.valueOf(counted.size());
        return new Measure(day, value, List.of(), size, counted.size(), counted, undecided, null, null);
    }

    private static Measure rate(ProgressRef p, Series own, LocalDate day) {
        Optional<Series.Point> numerator = own.on(p.indicator(), day);
        Optional<Series.Point> denominator = own.on(p.denominatorIndicator(), day);
        List<Series.Point> inputs = new ArrayList<>();
        numerator.ifPresent(inputs::add);
        denominator.ifPresent(inputs::add);
        Double value = numerator.isEmpty() || denominator.isEmpty() || denominator.get().number() == 0 ? null
                : round(numerator.get().number() / denominator.get().number() * 100);
        return new Measure(day, value, inputs, null, null, null, null, null, null);
    }

    private static Measure reduction(TargetRef target, ProgressRef p, Series own, LocalDate day) {
        int from = target.baseline() != null && target.baseline().date() != null
                ? target.baseline().date().getYear() : day.getYear() - 10;
        List<YearChange> changes = new ArrayList<>();
        List<Series.Point> inputs = new ArrayList<>();
        for (int year = from + 1; year <= day.getYear(); year++) {
            Optional<Series.Point> before = own.yearEnd(p.indicator(), year - 1, day);
            Optional<Series.Point> now = own.yearEnd(p.indicator(), year, day);
            if (before.isPresent() && now.isPresent()) {
                if (!inputs.contains(before.get())) {
                    inputs.add(before.get());
                }
                inputs.add(now.get());
                changes.add(new YearChange(year, before.get().number(), now.get().number(),
                        round(before.get().number() - now.get().number())));
            }
        }
        int run = 0;
        for (int i = changes.size() - 1; i >= 0; i--) {
            boolean consecutive = i == changes.size() - 1 || changes.get(i).year() == changes.get(i + 1).year() - 1;
            if (!consecutive || p.pointsPerYear() == null || !Comparison.AT_LEAST.holds(changes.get(i).fall(),
                    p.pointsPerYear())) {
                break;
            }
            run++;
        }
        Double value = own.on(p.indicator(), day).map(Series.Point::number).orElse(null);
        return new Measure(day, value, inputs, null, null, null, null, changes, run);
    }

    private static Baseline baseline(TargetRef target, Series own, Population population) {
        if (target.baseline() == null || target.baseline().date() == null) {
            return new Baseline(null, null, "NONE");
        }
        if (target.baseline().value() != null) {
            return new Baseline(target.baseline().value(), target.baseline().date(), "PLAN");
        }
        Double fromSeries = measure(target, own, population, target.baseline().date()).value();
        return new Baseline(fromSeries, target.baseline().date(), fromSeries == null ? "NONE" : "SERIES");
    }

    private static Double threshold(TargetRef target, Baseline baseline) {
        ProgressRef p = target.progress();
        if (p == null || p.method() == null) {
            return target.targetValue();
        }
        return switch (p.method()) {
            case "COUNT_OF_UNITS_MEETING" -> inPercent(target) && p.thresholdPercent() != null ? p.thresholdPercent()
                    : p.thresholdCount() != null ? Double.valueOf(p.thresholdCount()) : target.targetValue();
            case "ABSOLUTE_MAXIMUM" -> p.maximumCount() != null ? Double.valueOf(p.maximumCount())
                    : target.targetValue();
            case "RATE" -> p.thresholdPercent() != null ? p.thresholdPercent() : target.targetValue();
            case "SUSTAINED_REDUCTION" -> p.pointsPerYear();
            case "MULTIPLE_OF_BASELINE" -> p.multiple() == null || baseline.value() == null ? null
                    : round(p.multiple() * baseline.value());
            default -> target.targetValue();
        };
    }

    private static Comparison comparison(TargetRef target) {
        ProgressRef p = target.progress();
        if (p == null || p.method() == null) {
            return null;
        }
        return switch (p.method()) {
            case "ABSOLUTE_MAXIMUM" -> Comparison.AT_MOST;
            case "SUSTAINED_REDUCTION" -> Comparison.AT_LEAST;
            case "MULTIPLE_OF_BASELINE" -> Comparison.of(p.comparison(),
                    p.multiple() != null && p.multiple() < 1 ? Comparison.AT_MOST : Comparison.AT_LEAST);
            default -> Comparison.of(p.comparison(), Comparison.AT_LEAST);
        };
    }

    private static Boolean met(TargetRef target, Measure current, Double threshold, Comparison comparison) {
        ProgressRef p = target.progress();
        if (p == null || p.method() == null || comparison == null) {
            return null;
        }
        if (current.undecided() != null && current.undecided() > 0) {
            return null;
        }
        return switch (p.method()) {
            case "COUNT_OF_UNITS_MEETING" -> {
                if (current.population() == null || current.population() == 0) {
                    yield null;
                }
                if (p.population() != null && p.population().perUnitType() != null) {
                    yield current.counted().equals(current.population());
                }
                boolean count = p.thresholdCount() == null
                        || comparison.holds(current.counted(), p.thresholdCount());
                boolean percent = p.thresholdPercent() == null
                        || comparison.holds(current.counted() * 100.0 / current.population(), p.thresholdPercent());
                yield count && percent;
            }
            case "ABSOLUTE_MAXIMUM" -> threshold == null || current.counted() == null ? null
                    : comparison.holds(current.counted(), threshold);
            case "SUSTAINED_REDUCTION" -> p.consecutiveYears() == null || current.changes().isEmpty() ? null
                    : current.consecutiveYears() >= p.consecutiveYears();
            default -> threshold == null || current.value() == null ? null
                    : comparison.holds(current.value(), threshold);
        };
    }

    private static List<YearPoint> path(TargetRef target, Series own, Population population, Baseline baseline,
            LocalDate asOf, boolean lowerIsBetter) {
        if (baseline.date() == null || target.horizon() == null || !baseline.date().isBefore(target.horizon())) {
            return List.of();
        }
        List<YearPoint> path = new ArrayList<>();
        for (int year = baseline.date().getYear() + 1; year <= target.horizon().getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            LocalDate on = year == asOf.getYear() && asOf.isBefore(end) ? asOf : end;
            Double expected = expected(baseline, target, on);
            if (on.isAfter(asOf)) {
                path.add(new YearPoint(year, on, expected, null, "NOT_YET"));
                continue;
            }
            Double actual = measure(target, own, population, on).value();
            path.add(new YearPoint(year, on, expected, actual, status(expected, actual, lowerIsBetter)));
        }
        return path;
    }

    /** The plan's straight line from the baseline (on its day) to the target value (on the horizon). */
    static Double expected(Baseline baseline, TargetRef target, LocalDate on) {
        if (baseline.value() == null || target.targetValue() == null) {
            return null;
        }
        double whole = ChronoUnit.DAYS.between(baseline.date(), target.horizon());
        double done = Math.min(whole, Math.max(0, ChronoUnit.DAYS.between(baseline.date(), on)));
        return round(baseline.value() + (target.targetValue() - baseline.value()) * done / whole);
    }

    private static String status(Double expected, Double actual, boolean lowerIsBetter) {
        if (actual == null) {
            return "NO_DATA";
        }
        if (expected == null) {
            return "NO_BASELINE";
        }
        if (Math.abs(actual - expected) < 1e-6) {
            return "ON_TRACK";
        }
        return (actual > expected) != lowerIsBetter ? "AHEAD" : "BEHIND";
    }

    private static CommitmentCheck commitment(Registered registered, Series own, LocalDate asOf,
            boolean lowerIsBetter) {
        if (registered == null) {
            return null;
        }
        Optional<Series.Point> value = own.on(registered.indicator(), asOf);
        Boolean met = registered.committed() == null || value.isEmpty() ? null
                : lowerIsBetter ? value.get().value().compareTo(registered.committed()) <= 0
                : value.get().value().compareTo(registered.committed()) >= 0;
        return new CommitmentCheck(registered.year(), registered.registrationId(), registered.status(),
                registered.indicator(), registered.committed(), value.orElse(null), met);
    }

    /** Falling is progress for a maximum, a reduction, a multiple below 1, or a target below its baseline. */
    static boolean lowerIsBetter(TargetRef target, Baseline baseline) {
        ProgressRef p = target.progress();
        String method = p == null ? "" : String.valueOf(p.method());
        if (method.equals("ABSOLUTE_MAXIMUM") || method.equals("SUSTAINED_REDUCTION")) {
            return true;
        }
        if (method.equals("MULTIPLE_OF_BASELINE")) {
            Comparison c = comparison(target);
            return c == Comparison.AT_MOST || c == Comparison.LESS_THAN;
        }
        return baseline.value() != null && target.targetValue() != null && target.targetValue() < baseline.value();
    }

    /** The indicator a unit's own results are read for: the method's, else the target's. */
    static String indicatorOf(TargetRef target) {
        ProgressRef p = target.progress();
        return p != null && p.indicator() != null ? p.indicator() : target.indicator();
    }

    /** Indicators the population's results are needed for: the condition's and the flags'. */
    static List<String> populationIndicators(TargetRef target) {
        ProgressRef p = target.progress();
        List<String> out = new ArrayList<>();
        if (p == null) {
            return out;
        }
        ConditionRef c = p.unitCondition();
        if (c != null) {
            if (c.flag() != null) {
                out.add(c.flag());
            }
            if (c.indicator() != null) {
                out.add(c.indicator());
            }
        }
        if (p.population() != null && p.population().flags() != null) {
            out.addAll(p.population().flags());
        }
        return out;
    }

    static boolean needsPopulation(TargetRef target) {
        ProgressRef p = target.progress();
        return p != null && ("COUNT_OF_UNITS_MEETING".equals(p.method()) || "ABSOLUTE_MAXIMUM".equals(p.method()));
    }

    static boolean inPercent(TargetRef target) {
        ProgressRef p = target.progress();
        return "PERCENT".equals(target.unitOfMeasure())
                || (p != null && p.thresholdCount() == null && p.thresholdPercent() != null);
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
