package vn.thidua.registration.units.importing;

import static vn.thidua.registration.units.importing.AdminUnitDataset.AFTER_FILE;
import static vn.thidua.registration.units.importing.AdminUnitDataset.BEFORE_FILE;
import static vn.thidua.registration.units.importing.AdminUnitDataset.CONVERSION_FILE;
import static vn.thidua.registration.units.importing.DatasetText.COMMUNE_CODE;
import static vn.thidua.registration.units.importing.DatasetText.bracketCode;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.thidua.registration.units.Level;
import vn.thidua.registration.units.SearchKeys;
import vn.thidua.registration.units.SuccessionKind;
import vn.thidua.registration.units.importing.DatasetRows.Link;
import vn.thidua.registration.units.importing.DatasetRows.NewCommune;
import vn.thidua.registration.units.importing.DatasetRows.OldCommune;
import vn.thidua.registration.units.importing.DatasetRows.OldDistrict;
import vn.thidua.registration.units.importing.ImportReport.FileCount;

/**
 * Reads {@value AdminUnitDataset#CONVERSION_FILE}: two title/header lines, province banners, then rows of
 * Tỉnh (mới), Tên Xã mới, Mã Xã mới, Tên Xã cũ, Mã Xã cũ, Ghi chú, Quận/huyện (cũ), Tỉnh cũ. Must run after the
 * two unit lists are read: every row is resolved against them by code, and the table's province and district
 * columns are only cross-checked (warned about), never trusted.
 */
final class ConversionFileReader {

    private final DatasetRows rows;

    private ConversionFileReader(DatasetRows rows) {
        this.rows = rows;
    }

    static void read(String text, DatasetRows rows) {
        new ConversionFileReader(rows).readConversion(text);
    }

    private void readConversion(String text) {
        List<Csv.Record> records = Csv.parse(text);
        int header = -1;
        for (int i = 0; i < Math.min(5, records.size()); i++) {
            String folded = SearchKeys.fold(String.join(",", records.get(i).cells()));
            if (folded.contains("ma xa moi") && folded.contains("ma xa cu")) {
                header = i;
                break;
            }
        }
        if (header < 0) {
            throw new IllegalArgumentException(CONVERSION_FILE + ": no header line with 'Mã Xã mới' and 'Mã Xã cũ'");
        }
        int read = 0;
        int loaded = 0;
        int ignored = header + 1;
        Map<String, Integer> seenPairs = new HashMap<>();
        for (Csv.Record record : records.subList(header + 1, records.size())) {
            if (record.blankFrom(0) || (!record.broken() && record.blankFrom(1))) {
                // Blank lines and province banners ("THÀNH PHỐ HÀ NỘI", all other cells empty).
                ignored++;
                continue;
            }
            read++;
            String reason = readConversionRow(record, seenPairs);
            if (reason == null) {
                loaded++;
            } else {
                rows.skip(CONVERSION_FILE, record, reason);
            }
        }
        rows.files.add(new FileCount(CONVERSION_FILE, read, loaded, read - loaded, ignored));
    }

    private String readConversionRow(Csv.Record record, Map<String, Integer> seenPairs) {
        if (record.broken()) {
            return "a quoted cell is never closed";
        }
        if (record.cells().size() < 8) {
            return "expected at least 8 cells, found " + record.cells().size();
        }
        String newCode = record.cell(2).trim();
        String oldName = rows.clean(record.cell(3));
        String oldCode = record.cell(4).trim();
        String note = rows.clean(record.cell(5));
        if (!COMMUNE_CODE.matcher(newCode).matches()) {
            return "new commune code '" + newCode + "' is not a 5-digit code";
        }
        NewCommune newCommune = rows.newCommunes.get(newCode);
        if (newCommune == null) {
            return "new commune " + newCode + " is not in " + AFTER_FILE;
        }
        Optional<SuccessionKind> kind = ChangeKinds.classify(note);
        if (kind.isEmpty()) {
            return note.isEmpty() ? "no kind of change in 'Ghi chú'" : "kind of change not understood: '" + note + "'";
        }
        Level fromLevel;
        String fromCode;
        String fromProvince;
        Optional<String> districtColumn = bracketCode(record.cell(6));
        if (oldCode.isEmpty()) {
            // "Sắp xếp toàn bộ huyện Côn Đảo thành đặc khu Côn Đảo": the old unit is the district in column 7.
            if (kind.get() != SuccessionKind.SPECIAL_ZONE || districtColumn.isEmpty()) {
                return "old commune code missing" + (oldName.isEmpty() ? "" : " (old unit: '" + oldName + "')");
            }
            OldDistrict district = rows.oldDistricts.get(districtColumn.get());
            if (district == null) {
                return "old district " + districtColumn.get() + " is not in " + BEFORE_FILE;
            }
            fromLevel = Level.DISTRICT;
            fromCode = district.code();
            fromProvince = district.provinceCode();
        } else {
            if (!COMMUNE_CODE.matcher(oldCode).matches()) {
                return "old commune code '" + oldCode + "' is not a 5-digit code";
            }
            OldCommune old = rows.oldCommunes.get(oldCode);
            if (old == null) {
                return "old commune " + oldCode + " ('" + oldName + "') is not in " + BEFORE_FILE
                        + sameNameHint(oldName, districtColumn.orElse(null));
            }
            if (districtColumn.isPresent() && !districtColumn.get().equals(old.districtCode())) {
                rows.warn(CONVERSION_FILE, record, "district column says " + districtColumn.get() + ", but commune "
                        + oldCode + " belongs to district " + old.districtCode() + " in " + BEFORE_FILE
                        + "; used " + old.districtCode());
            }
            fromLevel = Level.COMMUNE;
            fromCode = oldCode;
            fromProvince = old.provinceCode();
        }
        Optional<String> oldProvinceColumn = bracketCode(record.cell(7));
        if (oldProvinceColumn.isPresent() && !oldProvinceColumn.get().equals(fromProvince)) {
            rows.warn(CONVERSION_FILE, record, "old province column says " + oldProvinceColumn.get() + ", but "
                    + fromLevel.name().toLowerCase(Locale.ROOT) + " " + fromCode + " belongs to province "
                    + fromProvince + " in " + BEFORE_FILE + "; used " + fromProvince);
        }
        Optional<String> newProvinceColumn = bracketCode(record.cell(0));
        if (newProvinceColumn.isPresent() && !newProvinceColumn.get().equals(newCommune.provinceCode())) {
            rows.warn(CONVERSION_FILE, record, "province column says " + newProvinceColumn.get() + ", but commune "
                    + newCode + " belongs to province " + newCommune.provinceCode() + " in " + AFTER_FILE
                    + "; used " + newCommune.provinceCode());
        }
        Integer firstLine = seenPairs.putIfAbsent(fromLevel + ":" + fromCode + ">" + newCode, record.line());
        if (firstLine != null) {
            return "same old and new commune as line " + firstLine;
        }
        if (kind.get() == SuccessionKind.UNCHANGED && !fromCode.equals(newCode)) {
            rows.warn(CONVERSION_FILE, record, "'" + note + "' but the codes differ (" + fromCode + " → " + newCode
                    + "); kept as written");
        }
        rows.links.add(new Link(record.line(), fromLevel, fromCode, newCode, kind.get(), note));
        return null;
    }

    /** A hint for the person reading the report; never used to pick a code. */
    private String sameNameHint(String oldName, String districtCode) {
        String folded = SearchKeys.fold(oldName);
        List<String> candidates = rows.oldCommunes.values().stream()
                .filter(c -> SearchKeys.fold(c.name()).equals(folded)
                        && (districtCode == null || districtCode.equals(c.districtCode())))
                .map(OldCommune::code).toList();
        return candidates.isEmpty() ? "" : "; the pre-reform list names " + String.join(", ", candidates) + " '"
                + oldName + "' in that district (codes are never taken from names)";
    }
}
