package vn.thidua.registration.units.importing;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.thidua.registration.units.SearchKeys;

/**
 * Small text rules of the official files, shared by their readers and the assembly. Stateless: unlike
 * {@link DatasetRows#clean}, nothing here counts cleaned names, because these are applied to cells that are
 * also read as names (a bracketed code, a division type) and must not count them twice.
 */
final class DatasetText {

    static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    static final Pattern DISTRICT_CODE = Pattern.compile("\\d{3}");
    static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    /** "Tỉnh Lai Châu (12)", "Huyện Cồn Cỏ (471)": a name with its code in brackets. */
    private static final Pattern NAME_WITH_CODE = Pattern.compile("^(.*?)\\s*\\((\\d{1,5})\\)\\s*$");

    private DatasetText() {
    }

    static String cleanUncounted(String text) {
        return SearchKeys.clean(text == null ? "" : text);
    }

    /** The kind printed at the start of a name ("Thị xã Hương Thủy" → "Thị xã"), or null. */
    static String typeFromName(String name, String... types) {
        String folded = SearchKeys.fold(name);
        for (String type : types) {
            if (folded.startsWith(SearchKeys.fold(type) + " ")) {
                return "Thành phố".equals(type) && Set.of(types).contains("Tỉnh") ? "Thành phố trung ương" : type;
            }
        }
        return null;
    }

    static String capitalise(String divisionType, String fallback) {
        String trimmed = cleanUncounted(divisionType);
        if (trimmed.isEmpty()) {
            return fallback;
        }
        return trimmed.substring(0, 1).toUpperCase(Locale.ROOT) + trimmed.substring(1);
    }

    /** The code in a "Name (code)" cell; only ever cross-checked against codes, never used to pick one. */
    static Optional<String> bracketCode(String cell) {
        Matcher matcher = NAME_WITH_CODE.matcher(cleanUncounted(cell));
        return matcher.matches() ? Optional.of(matcher.group(2)) : Optional.empty();
    }

    /** A row as quoted in the report: one line, at most 300 characters. */
    static String abbreviate(String row) {
        if (row == null) {
            return null;
        }
        String oneLine = row.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 300 ? oneLine : oneLine.substring(0, 297) + "...";
    }
}
