package vn.thidua.registration.units;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit as the API shows it, as of a day: {@code name} is the name in use that day. {@code validFrom} /
 * {@code validTo} are inclusive; {@code null} means open (unknown start, no end). {@code names} (the history)
 * and {@code version} (the ETag) are shown for registered units only.
 */
public record UnitView(
        String code,
        Level level,
        String type,
        String name,
        String parentCode,
        String provinceCode,
        String tenant,
        List<String> path,
        LocalDate validFrom,
        LocalDate validTo,
        boolean official,
        List<NameView> names,
        Long version) {

    public record NameView(String name, LocalDate validFrom) {

        /** A unit's name history as the API shows it (null when it has none). */
        static List<NameView> of(Unit unit) {
            return unit.names() == null ? null : unit.names().stream()
                    .map(n -> new NameView(n.name(), Validity.fromDate(n.validFrom()))).toList();
        }
    }

    public static UnitView of(Unit unit, String day) {
        List<NameView> names = NameView.of(unit);
        return new UnitView(unit.code(), unit.level(), unit.type(), unit.nameOn(day), unit.parentCode(),
                unit.provinceCode(), unit.tenant(), unit.path(), Validity.fromDate(unit.validFrom()),
                Validity.toDate(unit.validTo()), unit.official(), names, unit.version());
    }

    /** The short form used inside successions and resolutions. */
    public record Ref(String code, Level level, String type, String name, LocalDate validFrom, LocalDate validTo) {

        public static Ref of(Unit unit) {
            return new Ref(unit.code(), unit.level(), unit.type(), unit.nameOn(unit.validTo()),
                    Validity.fromDate(unit.validFrom()), Validity.toDate(unit.validTo()));
        }
    }
}
