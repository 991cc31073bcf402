package vn.thidua.registration.units;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the units change feed shows it: one validity period of one unit (official units have one item per
 * period, {@code id = LEVEL:code:validFrom}; registered ones one per code, with their name history). Validity days
 * are inclusive, {@code null} = open.
 */
public record UnitChange(
        String id,
        String code,
        Level level,
        String type,
        String name,
        List<UnitView.NameView> names,
        String parentCode,
        String provinceCode,
        String tenant,
        List<String> path,
        LocalDate validFrom,
        LocalDate validTo,
        boolean official,
        Long version,
        long changeSeq,
        Instant changedAt) {

    static UnitChange of(Unit unit) {
        List<UnitView.NameView> names = UnitView.NameView.of(unit);
        return new UnitChange(unit.id(), unit.code(), unit.level(), unit.type(), unit.name(), names,
                unit.parentCode(), unit.provinceCode(), unit.tenant(), unit.path(), Validity.fromDate(unit.validFrom()),
                Validity.toDate(unit.validTo()), unit.official(), unit.version(), unit.changeSeq(), unit.changedAt());
    }
}
