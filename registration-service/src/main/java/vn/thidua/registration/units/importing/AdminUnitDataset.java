package vn.thidua.registration.units.importing;

import java.util.List;
import vn.thidua.registration.units.Succession;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.importing.ImportReport.FileCount;
import vn.thidua.registration.units.importing.ImportReport.RowIssue;
import vn.thidua.registration.units.importing.ImportReport.Totals;

/**
 * The three official files of the 2025 reform (see {@code admin-units/SOURCE.md}) read into units and
 * successions. Plain Java: no store, no framework.
 *
 * <ul>
 *   <li>{@value #BEFORE_FILE}: provinces, districts and communes valid until {@value #LAST_DAY_BEFORE}
 *       (their first day is unknown: open start);</li>
 *   <li>{@value #AFTER_FILE}: 34 provinces and their communes valid from {@value #EFFECTIVE};</li>
 *   <li>{@value #CONVERSION_FILE}: one row per (new commune, old commune) with the kind of change. Province
 *       and district successions are derived from those rows through codes only: the old unit's province and
 *       district are taken from the pre-reform list by the old commune's code, the new province from the
 *       post-reform list by the new commune's code. The table's own province and district columns are only
 *       cross-checked (they hold typos, e.g. "Tỉnh Tiền Giang (82)" for a commune of Long An); a code is never
 *       inferred from a name.</li>
 * </ul>
 * Every row that cannot be read is reported with its line and the reason, and the rest is loaded.
 */
public final class AdminUnitDataset {

    public static final String BEFORE_FILE = "communes-before-2025-07.csv";
    public static final String AFTER_FILE = "units-2025-07.json";
    public static final String CONVERSION_FILE = "commune-conversion-2025-07.csv";
    /** The day the 2025 arrangement took effect (no districts; 34 provinces; new commune codes). */
    public static final String EFFECTIVE = "2025-07-01";
    public static final String LAST_DAY_BEFORE = "2025-06-30";

    /** What the files hold. */
    public record Parsed(List<Unit> units, List<Succession> successions, List<FileCount> files, Totals totals,
            List<RowIssue> skipped, List<RowIssue> warnings) {
    }

    private AdminUnitDataset() {
    }

    /**
     * Reads the files in this order because the conversion table is resolved against both unit lists; each step
     * lives in its own class ({@link BeforeFileReader}, {@link AfterFileReader}, {@link ConversionFileReader},
     * {@link DatasetAssembly}) sharing one {@link DatasetRows}, so this entry point and its constants stay the only
     * API callers see.
     */
    public static Parsed parse(String beforeCsv, String afterJson, String conversionCsv) {
        DatasetRows rows = new DatasetRows();
        BeforeFileReader.read(beforeCsv, rows);
        AfterFileReader.read(afterJson, rows);
        ConversionFileReader.read(conversionCsv, rows);
        return DatasetAssembly.assemble(rows);
    }
}
