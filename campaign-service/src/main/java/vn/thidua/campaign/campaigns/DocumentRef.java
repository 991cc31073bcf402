package vn.thidua.campaign.campaigns;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A legal document (văn bản): number like {@code 123/KH-UBND} or {@code 587/QĐ-TTg}, date, signer, issuing body.
 * The number may be unknown for a plan still in signature ("Số: /KH-UBND").
 */
public record DocumentRef(
        @Size(max = 64) @Pattern(regexp = DocumentRef.NUMBER, message = "must look like 123/KH-UBND") String number,
        @Size(max = 40) String type,
        LocalDate date,
        @Size(max = 200) String signer,
        @Size(max = 300) String issuingBody,
        @Size(max = 1000) String title) {

    /** 123/KH-UBND, 587/QĐ-TTg, 06/2022/QH15, 152/2025/NĐ-CP, 01-CT/TU. */
    public static final String NUMBER = "\\d+[\\p{L}\\p{N}.\\-]*(/\\d{4})?/[\\p{L}\\p{N}.\\-]+";
}
