package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.thidua.award.clients.PlatformData;
import vn.thidua.award.clients.RegistrationApi.CurrentProgress;

/**
 * The {@link RuleChecks.Facts} of registration-service for one check, as the caller may see them: current values
 * as of a day and series between two days, each read once per check. {@code new RegistryFacts(data, asOf)}.
 */
public final class RegistryFacts implements RuleChecks.Facts {

    private final PlatformData data;
    private final PlatformData.ProgressMemo current;
    private final LocalDate today;
    private final Map<String, List<RuleChecks.Fact>> series = new HashMap<>();
    private final Map<LocalDate, PlatformData.ProgressMemo> asOf = new HashMap<>();

    public RegistryFacts(PlatformData data, LocalDate asOf) {
        this.data = data;
        this.current = data.progressMemo(asOf);
        this.today = asOf;
    }

    @Override
    public Optional<RuleChecks.Fact> value(String unitCode, String indicator) {
        return valueIn(current, unitCode, indicator);
    }

    private static Optional<RuleChecks.Fact> valueIn(PlatformData.ProgressMemo memo, String unitCode,
            String indicator) {
        CurrentProgress progress = memo.of(unitCode);
        if (progress == null || progress.indicators() == null) {
            return Optional.empty();
        }
        return progress.indicators().stream().filter(v -> indicator.equals(v.indicator()) && v.value() != null)
                .findFirst().map(v -> new RuleChecks.Fact(v.value(), v.measuredOn(), v.confirmed(),
                        v.declaredByUnit(), v.confirmedByUnit()));
    }

    @Override
    public List<RuleChecks.Fact> series(String unitCode, String indicator, LocalDate from, LocalDate to) {
        // Each series is read once per check, however many conditions and commitments ask for it.
        return series.computeIfAbsent(unitCode + "|" + indicator + "|" + from + "|" + to,
                key -> data.progressSeries(unitCode, indicator, from, to).stream()
                        .filter(p -> p.value() != null && p.measuredOn() != null && !p.rejected())
                        .map(p -> new RuleChecks.Fact(p.value(), p.measuredOn(), p.confirmed(), p.declaredByUnit(),
                                p.confirmedByUnit())).toList());
    }

    /** As of a past day: registration-service's current values as of that day (read once per day and unit). */
    @Override
    public Optional<RuleChecks.Fact> valueAsOf(String unitCode, String indicator, LocalDate day) {
        // A day not yet come (the dossier's year still running) reads today's values, the check's own memo.
        return valueIn(day.isBefore(today) ? asOf.computeIfAbsent(day, data::progressMemo) : current, unitCode,
                indicator);
    }

    /** Units whose values (current or as of a past day) the caller could not read: say so in a finding. */
    public List<String> notVisible() {
        Set<String> units = new LinkedHashSet<>(current.notVisible());
        asOf.values().forEach(memo -> units.addAll(memo.notVisible()));
        return List.copyOf(units);
    }
}
