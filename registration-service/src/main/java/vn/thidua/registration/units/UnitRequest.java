package vn.thidua.registration.units;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a client may set on a registered unit (agency, mass organisation, village, enterprise, cooperative).
 * Tenant, province, path and version are the server's.
 */
public record UnitRequest(
        @Schema(description = "Optional on create (the server assigns e.g. 12-TH-0007); must start with the "
                + "tenant's province code, e.g. 12-SNNMT. Cannot change.", example = "12-SNNMT")
        @Size(max = UnitCodes.MAX_LENGTH) @Pattern(regexp = UnitCodes.REGISTERED_REGEX) String code,
        @Schema(description = "AGENCY, MASS_ORGANISATION, DIVISION (phòng, ban, đơn vị trực thuộc of an agency), "
                + "VILLAGE, ENTERPRISE or COOPERATIVE. Cannot change.")
        @NotNull Level level,
        @NotBlank @Size(max = 300) String name,
        @Schema(description = "The Vietnamese kind as printed: Sở, Ban, Hội, Thôn, Bản, Tổ dân phố, Hợp tác xã...")
        @Size(max = 60) String type,
        @Schema(description = "Code of the unit it belongs to: a commune for a village; the province (or an "
                + "agency) for agencies and organisations; the agency or mass organisation for a division; province, district or commune for enterprises and "
                + "cooperatives. Cannot change.", example = "12")
        @NotBlank @Size(max = UnitCodes.MAX_LENGTH) String parentCode,
        @Schema(description = "First day, inclusive") @NotNull LocalDate validFrom,
        @Schema(description = "Last day, inclusive; absent = still in force") LocalDate validTo,
        @Schema(description = "On edit: the day a new name takes effect (default today); earlier names stay in "
                + "the history") LocalDate nameValidFrom) {
}
