package vn.thidua.campaign.calendar;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A window in which registrations or dossiers are received (đợt tiếp nhận), with dates. */
public record IntakeWindow(@NotNull ChainKind kind, Integer forYear, @NotNull LocalDate opensOn,
        @NotNull LocalDate closesOn) {
}
