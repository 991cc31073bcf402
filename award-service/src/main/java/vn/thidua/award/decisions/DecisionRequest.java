package vn.thidua.award.decisions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code POST /api/v1/decisions}: number like 123/QĐ-UBND, date, issuing body, the dossiers it awards. The signer is
 * the authenticated decision-signer; {@code signerName} is only for a state decision the national board records
 * (signed outside the platform by Thủ tướng Chính phủ, Chủ tịch nước), where it is required.
 */
public record DecisionRequest(
        @NotBlank @Size(max = 64) String number,
        @NotNull LocalDate signedOn,
        @NotBlank @Size(max = 300) String issuingBody,
        @Size(max = 200) String signerName,
        @NotEmpty @Size(max = 500) List<@NotBlank String> dossierIds) {
}
