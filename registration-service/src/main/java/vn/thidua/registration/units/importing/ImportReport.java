package vn.thidua.registration.units.importing;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the last import of the official data did: per file, rows read, loaded, skipped (each with its line and
 * why) and ignored (title and header lines, province banners, blank lines); warnings for rows loaded with a
 * correction; what was written.
 *
 * @param outcome       {@code COMPLETED} or {@code FAILED}
 * @param timingsMillis where the time went: reading the files, writing units, writing successions
 * @param nothingNew   true when the run inserted and changed nothing: the store already held exactly this data
 */
public record ImportReport(
        String dataset,
        String checksum,
        String outcome,
        String error,
        Instant startedAt,
        Instant finishedAt,
        long durationMillis,
        Map<String, Long> timingsMillis,
        List<FileCount> files,
        Totals totals,
        WriteCounts units,
        WriteCounts successions,
        boolean nothingNew,
        List<RowIssue> skipped,
        List<RowIssue> warnings) {

    /** Rows of one file. */
    public record FileCount(String file, int rowsRead, int rowsLoaded, int rowsSkipped, int rowsIgnored) {
    }

    /** A row not loaded (skipped) or loaded with a correction (warning). {@code line} is 1-based. */
    public record RowIssue(String file, Integer line, String reason, String row) {
    }

    /** What the data holds once read. */
    public record Totals(int provincesUntil2025, int districtsUntil2025, int communesUntil2025,
            int provincesFrom2025, int communesFrom2025, Map<String, Integer> communeSuccessions,
            Map<String, Integer> districtSuccessions, Map<String, Integer> provinceSuccessions,
            int cellsWithStraySpaces) {
    }

    /** Upserts by natural key: new documents, changed ones, and ones already exactly so. */
    public record WriteCounts(long inserted, long updated, long unchanged) {

        public static final WriteCounts NONE = new WriteCounts(0, 0, 0);

        public boolean changedNothing() {
            return inserted == 0 && updated == 0;
        }
    }

    public String summary() {
        int skippedRows = skipped == null ? 0 : skipped.size();
        int warned = warnings == null ? 0 : warnings.size();
        if (!"COMPLETED".equals(outcome)) {
            return String.format("Administrative units import FAILED after %d ms: %s", durationMillis, error);
        }
        return String.format("Administrative units imported in %d ms (%s): units %d new, %d changed, %d unchanged; "
                        + "successions %d new, %d changed, %d unchanged; %d rows skipped, %d warnings; "
                        + "checksum %s; ms %s", durationMillis, nothingNew ? "nothing new" : "changes written",
                units.inserted(), units.updated(), units.unchanged(), successions.inserted(),
                successions.updated(), successions.unchanged(), skippedRows, warned,
                checksum == null ? "?" : checksum.substring(0, Math.min(12, checksum.length())), timingsMillis);
    }
}
