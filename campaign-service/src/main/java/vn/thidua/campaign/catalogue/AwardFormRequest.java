package vn.thidua.campaign.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.campaign.criteria.NomineeType;

/** A province's addition to the catalogue (e.g. a province's own emulation title). */
public record AwardFormRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[A-Z0-9_]+") String code,
        @NotBlank @Size(max = 500) String name,
        @Size(max = 500) String nameEn,
        @NotNull AwardForm.EntryKind kind,
        @Size(max = 64) String category,
        @NotNull AwardForm.AwardLevel level,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank String> decidedBy,
        @NotNull @Size(min = 1, max = 3) List<@NotNull NomineeType> recipients,
        @NotBlank @Size(max = 100) String legalBasis,
        @NotNull LocalDate validFrom,
        LocalDate validTo) {
}
