package vn.thidua.award.checks;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import vn.thidua.award.checks.Finding.Outcome;
import vn.thidua.award.checks.FindingMessages.Part;

/**
 * How the rule checks quote values in their findings, and the findings themselves as codes: every sentence is in
 * {@code rule-finding-messages(_vi).properties} under {@code finding.<code>}, rendered by {@link FindingMessages}.
 * Arguments are passed already formatted (numbers in Vietnamese style, dates ISO) so the bundles need no format
 * types; a piece of a sentence is a {@link Part} with its own code.
 */
final class CheckMessages {

    private CheckMessages() {
    }

    /** A piece of a sentence: a code of the bundle and its arguments. */
    static Part text(String code, Object... args) {
        return Part.of(code, args);
    }

    static Finding finding(String rule, Outcome outcome, String code, String legalBasis, Map<String, Object> numbers,
            Object... args) {
        return Finding.coded(rule, outcome, code, legalBasis, numbers, args);
    }

    /** A number as officials write it (60.000.000; 4,5). */
    static String number(Double value) {
        if (value == null) {
            return "?";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(2);
        return format.format(value);
    }

    /** The sign of a comparison (≥, >, ≤, <, =); the code itself when unknown. */
    static String sign(String comparison) {
        return switch (comparison == null ? "" : comparison) {
            case "AT_LEAST" -> "≥";
            case "MORE_THAN" -> ">";
            case "AT_MOST" -> "≤";
            case "LESS_THAN" -> "<";
            case "EQUAL" -> "=";
            default -> String.valueOf(comparison);
        };
    }
}
