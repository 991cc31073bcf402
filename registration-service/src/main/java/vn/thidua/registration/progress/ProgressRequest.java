package vn.thidua.registration.progress;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A result to record. {@code campaignId} and {@code registrationId} are optional links (a result may serve several
 * campaigns); when a registration is named, the unit must be its unit.
 */
public record ProgressRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String unitCode,
        @Size(max = 64) String campaignId,
        @Size(max = 64) String registrationId,
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z][A-Z0-9_]*") String indicator,
        @NotNull @Digits(integer = 15, fraction = 6) BigDecimal value,
        @NotBlank @Size(max = 40) String unitOfMeasure,
        @NotNull LocalDate measuredOn,
        @Size(max = 2000) String note) {
}
