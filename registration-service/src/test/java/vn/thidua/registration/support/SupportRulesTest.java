package vn.thidua.registration.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.registration.units.Level;
import vn.thidua.shared.error.ProblemException.FieldViolation;

class SupportRulesTest {

    @Test
    void aDepartmentSupportsACommuneOrAVillageOfItsProvince() {
        assertThat(SupportRules.check(Level.AGENCY, "12", Level.COMMUNE, "12", List.of(2024, 2025), 2021, 2025))
                .isEmpty();
        assertThat(SupportRules.check(Level.MASS_ORGANISATION, "12", Level.VILLAGE, "12", List.of(), 2021, 2025))
                .isEmpty();
    }

    @Test
    void notACommuneSupportingNorAnotherProvincesCommuneNorYearsOutsideThePeriod() {
        assertThat(SupportRules.check(Level.COMMUNE, "12", Level.DISTRICT, "12", List.of(), 2021, 2025))
                .extracting(FieldViolation::field).containsExactly("supporterUnitCode", "supportedUnitCode");
        assertThat(SupportRules.check(Level.AGENCY, "12", Level.COMMUNE, "04", List.of(2020, 2024, 2024), 2021, 2025))
                .extracting(FieldViolation::field).containsExactly("supportedUnitCode", "years[0]", "years[2]");
    }
}
