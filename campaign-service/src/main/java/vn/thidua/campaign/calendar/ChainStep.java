package vn.thidua.campaign.calendar;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * One step of a submission chain: who forwards to whom (possibly through an agency), by which yearly deadline,
 * and what a late submission gets. Steps carry validity dates: the district steps end on 30/06/2025.
 *
 * @param from       who submits; several levels may share a step (districts, departments, enterprises)
 * @param yearOffset the deadline falls in year N + offset for the awards of year N (dossiers: 1, early next year)
 */
public record ChainStep(
        @NotNull @Min(1) Integer order,
        @Size(max = 500) String name,
        @NotNull @Size(min = 1, max = 10) List<@Valid @NotNull RouteEnd> from,
        @NotNull @Valid RouteEnd to,
        @Valid RouteEnd via,
        @NotNull @Valid DayMonth deadline,
        @Min(0) @Max(1) Integer yearOffset,
        @NotNull LatePolicy lateSubmission,
        LocalDate validFrom,
        LocalDate validTo) {

    /** The deadline of this step for the awards (or registrations) of a year. */
    public LocalDate deadlineFor(int year) {
        return deadline.inYear(year + (yearOffset == null ? 0 : yearOffset));
    }

    /** Whether the step is in force on a day. */
    public boolean inForceOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }

    /** On time, late but flagged, or refused: submitted on a day, for the awards of a year. */
    public Timeliness judge(LocalDate submittedOn, int year) {
        if (!submittedOn.isAfter(deadlineFor(year))) {
            return Timeliness.ON_TIME;
        }
        return lateSubmission == LatePolicy.REFUSE ? Timeliness.REFUSED : Timeliness.LATE_FLAGGED;
    }

    public enum Timeliness { ON_TIME, LATE_FLAGGED, REFUSED }
}
