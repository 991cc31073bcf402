package vn.thidua.registration.progress;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;

/** A correction (đính chính) of a recorded value: the new value and why; the old one is kept in the history. */
public record CorrectionRequest(@NotNull @Digits(integer = 15, fraction = 6) BigDecimal value,
        @NotBlank @Size(max = 2000) String reason) {
}
