package vn.thidua.campaign.targets;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The baseline (giá trị cơ sở) and the date it was measured (e.g. end of 2020). */
public record Baseline(Double value, @NotNull LocalDate date) {
}
