package vn.thidua.shared.sync;

import java.time.Instant;

/**
 * A write's place in a feed: the number it took ({@code changeSeq}) and when it took it ({@code changedAt}). Both
 * are stored on the document; the time is what the settle lag is measured from.
 */
public record Stamp(long seq, Instant at) {

    public static final String SEQ = "changeSeq";
    public static final String AT = "changedAt";

    /** The n-th number of a block taken with {@link ChangeFeed#reserve} (0-based), same time. */
    public Stamp plus(long n) {
        return new Stamp(seq + n, at);
    }
}
