package vn.thidua.award.checks;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.thidua.award.clients.PlatformData;
import vn.thidua.award.clients.RegistrationApi.CurrentProgress;

/**
 * The {@link RuleChecks.Facts} of registration-service for one check, as the caller may see them: current values
 * as of a day and series between two days, each read once per check. {@code new RegistryFacts(data, asOf)}.
 */
public final class RegistryFacts implements RuleChecks.Facts {

    private final PlatformData data;
    private final PlatformData.ProgressMemo current;
    private final Map<String, List<RuleChecks.Fact>> series = new HashMap<>();
    private final Map<LocalDate, PlatformData.ProgressMemo> asOf = new HashMap<>();

    public RegistryFacts(PlatformData data, LocalDate asOf) {
        this.data = data;
        this.current = data.progressMemo(asOf);
    }

    @Override
    public Optional<RuleChecks.Fact> value(String unitCode, String indicator) {
        CurrentProgress progress = current.of(unitCode);
        if (progress == null || progress.indicators() == null) {
            return Optional.empty();
        }
        return progress.indicators().stream().filter(v -> indicator.equals(v.indicator()) && v.value() != null)
                .findFirst().map(v -> new RuleChecks.Fact(v.value(), v.measuredOn()));
    }

    @Override
    public List<RuleChecks.Fact> series(String unitCode, String indicator, LocalDate from, LocalDate to) {
        // Each series is read once per check, however many conditions and commitments ask for it.
        return series.computeIfAbsent(unitCode + "|" + indicator + "|" + from + "|" + to,
                key -> data.progressSeries(unitCode, indicator, from, to).stream()
                        .filter(p -> p.value() != null && p.measuredOn() != null)
                        .map(p -> new RuleChecks.Fact(p.value(), p.measuredOn())).toList());
    }

    /** As of a past day: registration-service's current values as of that day (read once per day and unit). */
    @Override
    public Optional<RuleChecks.Fact> valueAsOf(String unitCode, String indicator, LocalDate day) {
        PlatformData.ProgressMemo memo = asOf.computeIfAbsent(day, data::progressMemo);
        CurrentProgress progress = memo.of(unitCode);
        if (progress == null || progress.indicators() == null) {
            return Optional.empty();
        }
        return progress.indicators().stream().filter(v -> indicator.equals(v.indicator()) && v.value() != null)
                .findFirst().map(v -> new RuleChecks.Fact(v.value(), v.measuredOn()));
    }

    /** Units whose current values the caller could not read (outside their scope): say so in a finding. */
    public List<String> notVisible() {
        return current.notVisible();
    }
}
