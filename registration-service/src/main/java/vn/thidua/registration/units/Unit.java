package vn.thidua.registration.units;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.thidua.shared.sync.Stamp;

/**
 * One unit over one validity period: one document.
 *
 * <p>Official units (provinces, districts, communes) are imported; a code that lives on across the 2025 reform
 * has one document per period (code 44 = Quảng Bình until 2025-06-30 and Quảng Trị from 2025-07-01), keyed
 * {@code _id = LEVEL:code:validFrom}, and a new name means a new document linked by a {@code RENAMED}
 * succession. Registered units (agencies, organisations, villages, enterprises, cooperatives) are one document
 * per code ({@code _id = code}, codes carry the tenant prefix so they are unique) with their name history in
 * {@link #names}, and a version for optimistic concurrency.
 *
 * @param type         the Vietnamese kind as printed: Tỉnh, Thành phố trung ương, Huyện, Quận, Thị xã, Thành phố,
 *                     Xã, Phường, Thị trấn, Đặc khu; free text for registered units (Sở, Thôn, Bản, ...)
 * @param name         the latest name
 * @param names        registered units only: every name with the day it took effect, oldest first
 * @param provinceCode the province the unit belonged to in its period (45 for a commune of old Quảng Trị)
 * @param tenant       the province that owns it today (44 for the same commune): scope and queries start here
 * @param path         codes from the province down to the unit itself, in its period
 * @param validFrom    first day, inclusive ({@link Validity})
 * @param validTo      last day, inclusive ({@link Validity})
 * @param searchKey    the folded name ({@link SearchKeys#fold}), for sorting
 * @param searchKeys   word-boundary suffixes of every name, for indexed search
 * @param changeSeq    the unit's place in the units change feed ({@link UnitFeed}), taken at every write
 * @param changedAt    when that number was taken (the feed's settle lag counts from it)
 */
@Document("units")
public record Unit(
        @Id String id,
        String code,
        Level level,
        String type,
        String name,
        List<UnitName> names,
        String parentCode,
        String provinceCode,
        String tenant,
        List<String> path,
        String validFrom,
        String validTo,
        boolean official,
        String searchKey,
        List<String> searchKeys,
        @Version Long version,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Long changeSeq,
        Instant changedAt) {

    /** A name and the first day it was in use. */
    public record UnitName(String name, String validFrom) {
    }

    public static String officialId(Level level, String code, String validFrom) {
        return level + ":" + code + ":" + validFrom;
    }

    public static Unit official(String code, Level level, String type, String name, String parentCode,
            String provinceCode, String tenant, List<String> path, String validFrom, String validTo) {
        return new Unit(officialId(level, code, validFrom), code, level, type, name, null, parentCode, provinceCode,
                tenant, List.copyOf(path), validFrom, validTo, true, SearchKeys.fold(name),
                SearchKeys.keys(List.of(name)), null, null, null, null, null, null);
    }

    public boolean validOn(String day) {
        return Validity.contains(validFrom, validTo, day);
    }

    /** The name in use on {@code day}: the latest one that had taken effect, else the first. */
    public String nameOn(String day) {
        if (names == null || names.isEmpty()) {
            return name;
        }
        String found = names.getFirst().name();
        for (UnitName entry : names) {
            if (entry.validFrom().compareTo(day) <= 0) {
                found = entry.name();
            }
        }
        return found;
    }

    /**
     * A rename from {@code day} on. The history keeps every earlier name; renaming again on the same day
     * corrects that day's name instead of adding one.
     */
    Unit renamed(String newName, String day) {
        List<UnitName> history = new ArrayList<>(names == null ? List.of(new UnitName(name, validFrom)) : names);
        history.removeIf(entry -> entry.validFrom().equals(day));
        history.add(new UnitName(newName, day));
        history.sort(Comparator.comparing(UnitName::validFrom));
        String latest = history.getLast().name();
        return new Unit(id, code, level, type, latest, List.copyOf(history), parentCode, provinceCode, tenant, path,
                validFrom, validTo, official, SearchKeys.fold(latest),
                SearchKeys.keys(history.stream().map(UnitName::name).toList()), version, createdBy, createdAt,
                updatedAt, changeSeq, changedAt);
    }

    Unit withEdits(String newType, String newValidFrom, String newValidTo, Instant now) {
        List<UnitName> history = names;
        if (history != null && !history.isEmpty() && !history.getFirst().validFrom().equals(newValidFrom)) {
            // The first name is in use from the unit's first day.
            history = new ArrayList<>(history);
            history.set(0, new UnitName(history.getFirst().name(), newValidFrom));
            history = List.copyOf(history);
        }
        return new Unit(id, code, level, newType, name, history, parentCode, provinceCode, tenant, path,
                newValidFrom, newValidTo, official, searchKey, searchKeys, version, createdBy, createdAt, now, changeSeq,
                changedAt);
    }

    /** The same unit with the stamp of the write about to store it. */
    Unit stamped(Stamp stamp) {
        return new Unit(id, code, level, type, name, names, parentCode, provinceCode, tenant, path, validFrom,
                validTo, official, searchKey, searchKeys, version, createdBy, createdAt, updatedAt, stamp.seq(),
                stamp.at());
    }
}
