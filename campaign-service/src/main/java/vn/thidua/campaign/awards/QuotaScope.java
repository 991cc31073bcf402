package vn.thidua.campaign.awards;

import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a quota or an annual rule counts per: each unit of a type (optionally only those holding a status), or one
 * named unit (the standing agency).
 *
 * @param unitType COMMUNE, DISTRICT (until 30/06/2025), VILLAGE, AGENCY (sở, ban, ngành, đoàn thể: "mỗi sở, ngành";
 *                 DEPARTMENT and the old PROVINCIAL_DEPARTMENT mean the same, as route levels do), DIVISION (phòng,
 *                 ban under an agency: the registry's DIVISION units), PROVINCE (province-wide), or a unit type of one
 *                 of the plan's participant categories
 * @param unitCode one named unit instead of a type
 */
public record QuotaScope(
        @Size(max = 64) String unitType,
        @Size(max = 64) String unitCode,
        @Size(max = 20) List<String> statusAnyOf) {

    /** The scopes every plan may name; a plan's categories add their own unit types. */
    public static final java.util.Set<String> UNIT_TYPES = java.util.Set.of("COMMUNE", "DISTRICT", "VILLAGE",
            "AGENCY", "PROVINCIAL_DEPARTMENT", "DEPARTMENT", "DIVISION", "PROVINCE");
}
