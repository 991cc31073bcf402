package vn.thidua.campaign.calendar;

import jakarta.validation.constraints.Size;

/**
 * One end of a route step: a level (COMMUNE, DISTRICT, PROVINCE, DEPARTMENT, ENTERPRISE …) or one named unit
 * (the standing agency 12-SNNMT, Sở Nội vụ 12-SNV), with the office that receives (Phòng Nội vụ huyện).
 */
public record RouteEnd(@Size(max = 40) String level, @Size(max = 64) String unitCode, @Size(max = 300) String office) {

    public boolean defined() {
        return level != null || unitCode != null;
    }
}
