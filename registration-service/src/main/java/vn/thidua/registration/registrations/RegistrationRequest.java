package vn.thidua.registration.registrations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * A registration as a client writes it (create, and edit while it is a draft or returned; campaign, year and
 * unit cannot change).
 *
 * @param awardForms the campaign's award forms the unit aims for (formCode of its offers)
 */
public record RegistrationRequest(
        @NotBlank @Size(max = 64) String campaignId,
        @NotNull @Min(2000) @Max(2100) Integer year,
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9-]+") String unitCode,
        @Size(max = 100) List<@Valid @NotNull CommitmentRequest> commitments,
        @Size(max = 30) List<@NotBlank @Size(max = 100) String> awardForms,
        @Size(max = 2000) String note) {

    public record CommitmentRequest(
            @NotBlank @Size(max = 64) String targetCode,
            @Size(max = 100) String indicator,
            @NotNull @Digits(integer = 15, fraction = 6) BigDecimal committedValue,
            @Size(max = 40) String unitOfMeasure,
            @Size(max = 1000) String note) {
    }

    public List<CommitmentRequest> commitmentList() {
        return commitments == null ? List.of() : commitments;
    }

    public List<String> awardFormList() {
        return awardForms == null ? List.of() : awardForms;
    }
}
