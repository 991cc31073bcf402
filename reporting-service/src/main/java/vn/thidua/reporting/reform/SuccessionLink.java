package vn.thidua.reporting.reform;

import java.time.LocalDate;

/**
 * A link of the conversion table (bảng chuyển đổi): {@code from} ended the day before {@code effectiveDate} and
 * went (wholly or in part) into {@code to}.
 *
 * @param kind WHOLE_MERGE, PART_MERGE (the unit feeds several successors), RENAMED, UNCHANGED, SPECIAL_ZONE
 */
public record SuccessionLink(String fromCode, String toCode, String kind, LocalDate effectiveDate) {

    public static final String PART_MERGE = "PART_MERGE";

    boolean partial() {
        return PART_MERGE.equals(kind);
    }
}
