package vn.thidua.campaign.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * A window in which registrations or dossiers are received (đợt tiếp nhận), with dates.
 *
 * @param forYear       the year it serves; null: every year of the plan
 * @param outsidePolicy what a submission outside the window gets: REFUSE (null, the old meaning) or FLAG
 */
public record IntakeWindow(@NotNull ChainKind kind, Integer forYear, @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn, LatePolicy outsidePolicy) {
}
