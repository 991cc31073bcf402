package vn.thidua.registration.units;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A succession link as the successions change feed shows it: the predecessor is the version of
 * {@code fromLevel:fromCode} valid the day before {@code effectiveDate}, the successor the version of
 * {@code toLevel:toCode} valid on it.
 */
public record SuccessionChange(
        String id,
        Level fromLevel,
        String fromCode,
        Level toLevel,
        String toCode,
        SuccessionKind kind,
        LocalDate effectiveDate,
        String note,
        boolean derived,
        long changeSeq,
        Instant changedAt) {

    static SuccessionChange of(Succession link, long changeSeq, Instant changedAt) {
        return new SuccessionChange(link.id(), link.fromLevel(), link.fromCode(), link.toLevel(), link.toCode(),
                link.kind(), link.effectiveDate() == null ? null : LocalDate.parse(link.effectiveDate()), link.note(),
                link.derived(), changeSeq, changedAt);
    }
}
