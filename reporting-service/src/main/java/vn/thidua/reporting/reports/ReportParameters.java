package vn.thidua.reporting.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import vn.thidua.shared.error.ProblemException.FieldViolation;

/** Plain: the reports' query parameters read one way everywhere, each wrong one a violation naming it. */
public final class ReportParameters {

    public static final List<String> FORMATS = List.of("json", "xlsx", "pdf");
    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private ReportParameters() {
    }

    public static String unitCode(String field, String value, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.strip();
        if (!UNIT_CODE.matcher(code).matches()) {
            violations.add(new FieldViolation(field, "unit-code"));
            return null;
        }
        return code;
    }

    public static String campaignId(String value, boolean required, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation("campaignId", "required"));
            }
            return null;
        }
        if (value.length() > 64) {
            violations.add(new FieldViolation("campaignId", "too-long", 64));
            return null;
        }
        return value.strip();
    }

    public static Integer year(String value, boolean required, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation("year", "required"));
            }
            return null;
        }
        try {
            int year = Integer.parseInt(value.strip());
            if (year < MIN_YEAR || year > MAX_YEAR) {
                violations.add(new FieldViolation("year", "out-of-range", MIN_YEAR, MAX_YEAR));
                return null;
            }
            return year;
        } catch (NumberFormatException notANumber) {
            violations.add(new FieldViolation("year", "integer"));
            return null;
        }
    }

    public static LocalDate date(String field, String value, boolean required, List<FieldViolation> violations) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new FieldViolation(field, "required"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
                violations.add(new FieldViolation(field, "out-of-range", MIN_YEAR + "-01-01", MAX_YEAR + "-12-31"));
                return null;
            }
            return date;
        } catch (DateTimeParseException notADate) {
            violations.add(new FieldViolation(field, "date"));
            return null;
        }
    }

    public static String format(String value, List<FieldViolation> violations) {
        String chosen = value == null || value.isBlank() ? "json" : value.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            violations.add(new FieldViolation("format", "one-of", String.join(", ", FORMATS)));
        }
        return chosen;
    }
}
