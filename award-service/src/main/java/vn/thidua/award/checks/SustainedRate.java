package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.award.checks.ConditionChecks.Judged;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.RuleChecks.Fact;
import vn.thidua.award.checks.RuleChecks.Facts;
import vn.thidua.award.checks.RuleChecks.Subject;
import vn.thidua.award.clients.CampaignApi.Condition;

/**
 * RATE_SUSTAINED, decided from the unit's progress series: "… bình quân từ 4%/năm trở lên, trong 03 năm liên tục
 * trước khi trình khen thưởng", optionally "so với năm Y".
 * <ul>
 * <li>The years: the N years ending with the dossier's year, named in the finding with that reason. The dossier's year is the year whose results are
 * awarded and the dossier is submitted after it (seed 004: awards for year N are proposed from 05/01 of N+1), so
 * the N years before the submission of a 2024 dossier with N = 3 are 2022, 2023 and 2024.</li>
 * <li>A year's value is the latest measurement of that year (a unit re-measures; the year-end figure stands).</li>
 * <li>Each year must meet the comparison: its value, or with {@code referenceYear} its change from the reference
 * year's value (value − reference: a fall is negative, "giảm ít nhất 4 điểm so với năm 2020" is AT_MOST −4).</li>
 * <li>PASS when every year meets it; FAIL naming the first confirmed year that does not, with its value; else
 * NOT_CONFIRMED naming the years whose value (or the reference year's) the level above has not confirmed — they
 * decide nothing either way (issue 12); otherwise NEEDS_JUDGEMENT naming the years (or the reference year)
 * without a value.</li>
 * </ul>
 */
final class SustainedRate {

    private SustainedRate() {
    }

    /** The value of one year: its latest measurement, and whether the level above confirmed it. */
    record YearValue(int year, double value, LocalDate measuredOn, boolean confirmed) {

        YearValue(int year, double value, LocalDate measuredOn) {
            this(year, value, measuredOn, true);
        }
    }

    static Judged judge(Condition condition, String text, Subject subject, Facts facts) {
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("kind", "RATE_SUSTAINED");
        numbers.put("indicator", condition.indicator());
        numbers.put("comparison", String.valueOf(condition.comparison()));
        numbers.put("threshold", condition.value());
        int n = condition.consecutiveYears() == null || condition.consecutiveYears() < 1 ? 1
                : condition.consecutiveYears();
        numbers.put("consecutiveYears", n);
        if (subject.nomineeUnitCode() == null || subject.year() == null || condition.indicator() == null) {
            return new Judged(Outcome.NEEDS_JUDGEMENT, CheckMessages.text("rate.no-unit", text,
                    condition.indicator()), numbers);
        }
        int last = subject.year();
        int first = last - n + 1;
        numbers.put("firstYear", first);
        numbers.put("lastYear", last);
        Object judgedYears = CheckMessages.text("rate.years", String.format("%02d", n), first, last);
        Map<Integer, YearValue> yearly = yearly(facts.series(subject.nomineeUnitCode(), condition.indicator(),
                LocalDate.of(first, 1, 1), LocalDate.of(last, 12, 31)));
        Integer referenceYear = condition.referenceYear();
        YearValue reference = null;
        if (referenceYear != null) {
            numbers.put("referenceYear", referenceYear);
            reference = yearly.containsKey(referenceYear) ? yearly.get(referenceYear)
                    : yearly(facts.series(subject.nomineeUnitCode(), condition.indicator(),
                            LocalDate.of(referenceYear, 1, 1), LocalDate.of(referenceYear, 12, 31))).get(referenceYear);
            if (reference != null) {
                numbers.put("referenceValue", reference.value());
            }
        }
        List<Map<String, Object>> years = new ArrayList<>();
        List<String> quoted = new ArrayList<>();
        List<Integer> missing = new ArrayList<>();
        // Years whose value (or the reference year's) only the unit vouches for: they decide nothing (issue 12).
        List<Integer> unconfirmed = new ArrayList<>();
        boolean referenceConfirmed = reference == null || reference.confirmed();
        if (!referenceConfirmed) {
            unconfirmed.add(referenceYear);
        }
        YearValue failed = null;
        Double failedMeasure = null;
        for (int year = first; year <= last; year++) {
            YearValue value = yearly.get(year);
            if (value == null) {
                missing.add(year);
                continue;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("year", year);
            point.put("value", value.value());
            point.put("measuredOn", value.measuredOn().toString());
            Double measure = referenceYear == null ? Double.valueOf(value.value())
                    : reference == null ? null : value.value() - reference.value();
            if (referenceYear != null && measure != null) {
                point.put("change", measure);
            }
            years.add(point);
            quoted.add(year + ": " + CheckMessages.number(value.value())
                    + (referenceYear != null && measure != null ? " (Δ " + CheckMessages.number(measure) + ")" : "")
                    + " [" + value.measuredOn() + "]" + (value.confirmed() ? "" : " *"));
            if (!value.confirmed()) {
                point.put("standing", "DECLARED");
                unconfirmed.add(year);
                continue;
            }
            if (failed == null && measure != null && referenceConfirmed
                    && !ConditionChecks.holds(condition.comparison(), measure, condition.value())) {
                failed = value;
                failedMeasure = measure;
            }
        }
        numbers.put("years", years);
        String series = quoted.isEmpty() ? "—" : String.join("; ", quoted);
        Object basis = referenceYear == null ? CheckMessages.text("rate.basis.value")
                : CheckMessages.text("rate.basis.change", referenceYear, reference == null ? "?"
                        : CheckMessages.number(reference.value()), reference == null ? "?" : reference.measuredOn());
        String required = CheckMessages.sign(condition.comparison()) + " " + CheckMessages.number(condition.value());
        if (failed != null) {
            numbers.put("failedYear", failed.year());
            return new Judged(Outcome.FAIL, CheckMessages.text("rate.failed", text, condition.indicator(), basis,
                    failed.year(), CheckMessages.number(failedMeasure), failed.measuredOn(), required, judgedYears,
                    series), numbers);
        }
        if (!unconfirmed.isEmpty()) {
            numbers.put("unconfirmedYears", unconfirmed);
            return new Judged(Outcome.NOT_CONFIRMED, CheckMessages.text("rate.not-confirmed", text,
                    condition.indicator(), unconfirmed.stream().map(String::valueOf).toList(), judgedYears, series),
                    numbers);
        }
        if (referenceYear != null && reference == null) {
            missing.addFirst(referenceYear);
        }
        if (!missing.isEmpty()) {
            numbers.put("missingYears", missing);
            return new Judged(Outcome.NEEDS_JUDGEMENT, CheckMessages.text("rate.missing", text, condition.indicator(),
                    missing.stream().map(String::valueOf).toList(), judgedYears, series), numbers);
        }
        return new Judged(Outcome.PASS, CheckMessages.text("rate.met", text, condition.indicator(), basis, required,
                judgedYears, series), numbers);
    }

    /** The latest measurement of each year (the later of two on the same day: the one listed last). */
    static Map<Integer, YearValue> yearly(List<Fact> series) {
        Map<Integer, YearValue> byYear = new TreeMap<>();
        for (Fact fact : series == null ? List.<Fact>of() : series) {
            if (fact.measuredOn() == null) {
                continue;
            }
            int year = fact.measuredOn().getYear();
            YearValue known = byYear.get(year);
            if (known == null || !fact.measuredOn().isBefore(known.measuredOn())) {
                byYear.put(year, new YearValue(year, fact.value(), fact.measuredOn(), fact.confirmed()));
            }
        }
        return byYear;
    }
}
