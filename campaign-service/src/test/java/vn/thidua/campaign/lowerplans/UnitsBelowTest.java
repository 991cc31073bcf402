package vn.thidua.campaign.lowerplans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.units.UnitRegistryApi.UnitRecord;

/** Which units of a level lie under a province, in the registry's tree before and after 1 July 2025. */
class UnitsBelowTest {

    static UnitRecord unit(String code, String level, String parent) {
        return new UnitRecord(code, level, null, "Đơn vị " + code, parent, "12", "12", List.of("12", code),
                LocalDate.of(2008, 1, 1), null, true);
    }

    /** Lai Châu on 30/09/2022: two districts with their communes, and an agency. */
    static final Map<String, List<UnitRecord>> TREE_2022 = Map.of(
            "12", List.of(unit("105", "DISTRICT", "12"), unit("106", "DISTRICT", "12"),
                    unit("12-SNV", "AGENCY", "12")),
            "105", List.of(unit("03400", "COMMUNE", "105")),
            "106", List.of(unit("03390", "COMMUNE", "106"), unit("03391", "COMMUNE", "106")));

    /** Lai Châu on 31/08/2025: communes directly under the province, no districts. */
    static final Map<String, List<UnitRecord>> TREE_2025 = Map.of(
            "12", List.of(unit("03385", "COMMUNE", "12"), unit("03394", "COMMUNE", "12"),
                    unit("12-SNV", "AGENCY", "12")));

    static List<String> codes(Map<String, List<UnitRecord>> tree, String level) {
        return UnitsBelow.ofLevel("12", level, (code, wanted) -> tree.getOrDefault(code, List.of()).stream()
                .filter(u -> u.level().equals(wanted)).toList()).stream().map(UnitRecord::code).toList();
    }

    @Test
    void before2025AProvincesCommunesAreFoundThroughItsDistricts() {
        assertThat(codes(TREE_2022, "COMMUNE")).containsExactly("03400", "03390", "03391");
        assertThat(codes(TREE_2022, "DISTRICT")).containsExactly("105", "106");
    }

    @Test
    void sinceJuly2025AProvincesCommunesAreItsOwnChildrenAndThereAreNoDistricts() {
        assertThat(codes(TREE_2025, "COMMUNE")).containsExactly("03385", "03394");
        assertThat(codes(TREE_2025, "DISTRICT")).isEmpty();
        assertThat(codes(TREE_2025, "AGENCY")).containsExactly("12-SNV");
    }
}
