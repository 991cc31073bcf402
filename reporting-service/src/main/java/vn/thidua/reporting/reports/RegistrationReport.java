package vn.thidua.reporting.reports;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The registration results of one campaign and year as tables an official reads, and the model the Excel and PDF
 * files are drawn from. Cells are strings or numbers (numbers stay numbers in Excel).
 *
 * @param tables in order: {@code byStatus}, {@code byReviewer}, {@code commitments}, {@code summary} (late and
 *        batches)
 */
public record RegistrationReport(String title, Campaign campaign, int year, OffsetDateTime generatedAt,
        List<Table> tables) {

    public record Campaign(String id, String code, String name) {
    }

    /** One table: a stable key, a Vietnamese title, the column headers and the rows. */
    public record Table(String key, String title, List<String> columns, List<List<Object>> rows) {
    }

    public Table table(String key) {
        return tables.stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(key));
    }
}
