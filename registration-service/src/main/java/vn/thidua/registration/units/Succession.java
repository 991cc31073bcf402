package vn.thidua.registration.units;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A link from a unit to a successor on a date: one document per (from, to, date). Codes are never reused for
 * another unit of the same level, so (level, code) names the unit and the date picks its version: the
 * predecessor is the version valid the day before {@code effectiveDate}, the successor the one valid on it.
 *
 * @param note       the conversion table's own words for commune links ("Nhập một phần diện tích", ...); for
 *                   province and district links, how they were derived
 * @param sourceLine line of the conversion table the link comes from; {@code null} for derived links
 * @param derived    province and district links are derived from the commune rows, never read from a name
 */
@Document("unit_successions")
public record Succession(
        @Id String id,
        Level fromLevel,
        String fromCode,
        Level toLevel,
        String toCode,
        SuccessionKind kind,
        String effectiveDate,
        String note,
        Integer sourceLine,
        boolean derived) {

    public static Succession of(Level fromLevel, String fromCode, Level toLevel, String toCode, SuccessionKind kind,
            String effectiveDate, String note, Integer sourceLine, boolean derived) {
        String id = fromLevel + ":" + fromCode + ">" + toLevel + ":" + toCode + "@" + effectiveDate;
        return new Succession(id, fromLevel, fromCode, toLevel, toCode, kind, effectiveDate, note, sourceLine,
                derived);
    }
}
