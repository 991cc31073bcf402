package vn.thidua.campaign.criteria;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A participant category (đối tượng thi đua) and its criteria.
 *
 * @param unitType the kind of participant: PROVINCIAL_BODY, DISTRICT, COMMUNE, VILLAGE, ENTERPRISE, COOPERATIVE,
 *                 OFFICIAL, WORKER, HOUSEHOLD, OTHER, AGENCY_DIVISION …
 */
public record ParticipantCategory(
        @NotBlank @Size(max = 64) String code,
        @NotBlank @Size(max = 500) String name,
        @NotNull NomineeType nomineeType,
        @NotBlank @Size(max = 64) String unitType,
        @Size(max = 50) List<@Valid @NotNull Criterion> criteria) {
}
