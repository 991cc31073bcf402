package vn.thidua.campaign.targets;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The units counted (the denominator): all units of a type in the campaign's scope, narrowed by flags.
 *
 * @param unitType    COMMUNE, DISTRICT, VILLAGE …
 * @param flags       only units holding all these statuses (e.g. IN_EXTREMELY_DIFFICULT_COMMUNE)
 * @param unitCodes   only these units (e.g. the named districts)
 * @param perUnitType the threshold applies inside each unit of this type (mỗi huyện có 01 xã kiểu mẫu)
 */
public record Population(
        @NotBlank @Size(max = 64) String unitType,
        @Size(max = 20) List<@NotBlank String> flags,
        @Size(max = 500) List<@NotBlank String> unitCodes,
        @Size(max = 64) String perUnitType) {
}
