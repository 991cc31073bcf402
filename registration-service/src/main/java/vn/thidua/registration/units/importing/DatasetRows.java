package vn.thidua.registration.units.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.registration.units.Level;
import vn.thidua.registration.units.SearchKeys;
import vn.thidua.registration.units.SuccessionKind;
import vn.thidua.registration.units.importing.ImportReport.FileCount;
import vn.thidua.registration.units.importing.ImportReport.RowIssue;

/**
 * What one {@link AdminUnitDataset#parse} has read so far, and what it could not read. Shared by the three file
 * readers and the assembly because the conversion table is only understood against both unit lists, and the
 * report counts issues across all files in reading order. One instance per parse: not thread-safe, not reused.
 */
final class DatasetRows {

    record OldProvince(String code, String name, int line) {
    }

    record OldDistrict(String code, String name, String provinceCode, int line) {
    }

    record OldCommune(String code, String name, String type, String districtCode, String provinceCode, int line) {
    }

    record NewProvince(String code, String name, String type) {
    }

    record NewCommune(String code, String name, String type, String provinceCode) {
    }

    /** A commune-level row of the conversion table, read. */
    record Link(int line, Level fromLevel, String fromCode, String toCode, SuccessionKind kind, String note) {
    }

    final List<RowIssue> skipped = new ArrayList<>();
    final List<RowIssue> warnings = new ArrayList<>();
    final List<FileCount> files = new ArrayList<>();
    private int namesCleaned;

    // Sorted by code so the units and derived successions come out in a stable order.
    final Map<String, OldProvince> oldProvinces = new TreeMap<>();
    final Map<String, OldDistrict> oldDistricts = new TreeMap<>();
    final Map<String, OldCommune> oldCommunes = new TreeMap<>();
    final Map<String, NewProvince> newProvinces = new TreeMap<>();
    final Map<String, NewCommune> newCommunes = new TreeMap<>();
    final List<Link> links = new ArrayList<>();

    int namesCleaned() {
        return namesCleaned;
    }

    /** Names as printed: stray spaces and line breaks inside cells are common; counted, not reported per row. */
    String clean(String text) {
        String raw = text == null ? "" : text;
        String cleaned = SearchKeys.clean(raw);
        if (!cleaned.equals(raw)) {
            namesCleaned++;
        }
        return cleaned;
    }

    void skip(String file, Csv.Record record, String reason) {
        skip(file, record == null ? null : record.line(), reason,
                record == null ? null : String.join(",", record.cells()));
    }

    void skip(String file, Integer line, String reason, String row) {
        skipped.add(new RowIssue(file, line, reason, DatasetText.abbreviate(row)));
    }

    void warn(String file, Csv.Record record, String message) {
        warnings.add(new RowIssue(file, record.line(), message,
                DatasetText.abbreviate(String.join(",", record.cells()))));
    }
}
