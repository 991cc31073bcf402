package vn.thidua.reporting.export;

import java.util.List;

/** One table of a report: a key, a Vietnamese title, column headings and rows (numbers stay numbers). */
public record Table(String key, String title, List<String> columns, List<List<Object>> rows) {
}
