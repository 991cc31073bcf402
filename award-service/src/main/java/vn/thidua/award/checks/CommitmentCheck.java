package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.RuleChecks.Fact;
import vn.thidua.award.checks.RuleChecks.Facts;
import vn.thidua.award.clients.CampaignApi.Target;
import vn.thidua.award.clients.RegistrationApi.Commitment;
import vn.thidua.award.clients.RegistrationApi.RegistrationItem;

/**
 * "Phải nêu cụ thể chỉ tiêu thi đua phấn đấu thực hiện trong năm làm căn cứ xét khen thưởng cuối năm" (seed 004):
 * each commitment of the unit's registration for the year, compared with what the unit achieved. One finding per
 * commitment, for the reviewer, never blocking: met (PASS), not met or without a value (WARN), each quoting the
 * committed and achieved numbers and the day measured.
 * <ul>
 * <li>The indicator is the commitment's own, else its target's; the unit of measure likewise.</li>
 * <li>Achieved: the latest value of the indicator measured within the registration's year (the year-end result
 * stands; a value of the next year is not this year's result).</li>
 * <li>Met: achieved compared with committed by the target's comparison (AT_LEAST unless the target says AT_MOST,
 * as for a poverty rate to stay under).</li>
 * <li>An achieved value the level above has not confirmed is quoted as NOT_CONFIRMED: neither met nor not met.</li>
 * </ul>
 */
public final class CommitmentCheck {

    static final String RULE = "COMMITMENT";

    private CommitmentCheck() {
    }

    public static List<Finding> check(RegistrationItem registration, List<Target> targets, Facts facts) {
        List<Finding> findings = new ArrayList<>();
        if (registration == null || registration.year() == null) {
            return findings;
        }
        for (Commitment commitment : registration.commitmentList()) {
            findings.add(one(registration, commitment, target(targets, commitment.targetCode()), facts));
        }
        return findings;
    }

    private static Finding one(RegistrationItem registration, Commitment commitment, Optional<Target> target,
            Facts facts) {
        String indicator = commitment.indicator() != null ? commitment.indicator()
                : target.map(Target::indicator).orElse(null);
        String unit = commitment.unitOfMeasure() != null ? commitment.unitOfMeasure()
                : target.map(Target::unitOfMeasure).orElse("");
        String comparison = target.map(Target::comparison).orElse("AT_LEAST");
        String name = target.map(Target::description).filter(d -> !d.isBlank()).orElse(commitment.targetCode());
        int year = registration.year();
        Map<String, Object> numbers = new LinkedHashMap<>();
        numbers.put("registrationId", registration.id());
        numbers.put("targetCode", commitment.targetCode());
        numbers.put("indicator", String.valueOf(indicator));
        numbers.put("committedValue", commitment.committedValue());
        numbers.put("comparison", comparison);
        numbers.put("unitOfMeasure", unit);
        numbers.put("year", year);
        Optional<Fact> achieved = indicator == null || commitment.committedValue() == null ? Optional.empty()
                : achieved(registration.unitCode(), indicator, year, facts);
        if (achieved.isEmpty()) {
            return CheckMessages.finding(RULE, Outcome.WARN, "commitment.no-value", null, numbers, name,
                    indicator, CheckMessages.number(commitment.committedValue()), unit, year);
        }
        Fact value = achieved.get();
        numbers.put("achievedValue", value.value());
        numbers.put("measuredOn", value.measuredOn().toString());
        if (!value.confirmed()) {
            // Only the unit vouches for what it achieved: neither met nor not met until the level above confirms.
            numbers.put("standing", "DECLARED");
            return CheckMessages.finding(RULE, Outcome.NOT_CONFIRMED, "commitment.not-confirmed", null, numbers,
                    name, indicator, CheckMessages.number(commitment.committedValue()), unit,
                    CheckMessages.number(value.value()), value.measuredOn(), year);
        }
        boolean met = ConditionChecks.holds(comparison, value.value(), commitment.committedValue());
        return CheckMessages.finding(RULE, met ? Outcome.PASS : Outcome.WARN,
                met ? "commitment.met" : "commitment.not-met", null, numbers, name, indicator,
                CheckMessages.number(commitment.committedValue()), unit, CheckMessages.number(value.value()),
                value.measuredOn(), year, CheckMessages.sign(comparison));
    }

    /** The latest value measured within the year: from the series, else the current value if it is of that year. */
    private static Optional<Fact> achieved(String unitCode, String indicator, int year, Facts facts) {
        SustainedRate.YearValue fromSeries = SustainedRate.yearly(facts.series(unitCode, indicator,
                LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))).get(year);
        if (fromSeries != null) {
            return Optional.of(new Fact(fromSeries.value(), fromSeries.measuredOn(), fromSeries.confirmed(), null,
                    null));
        }
        return facts.value(unitCode, indicator)
                .filter(f -> f.measuredOn() != null && f.measuredOn().getYear() == year);
    }

    private static Optional<Target> target(List<Target> targets, String code) {
        return targets == null || code == null ? Optional.empty()
                : targets.stream().filter(t -> code.equals(t.code())).findFirst();
    }
}
