package vn.thidua.shared.sync;

import java.time.Instant;

/**
 * The feed item for a document that is gone: a reader that kept a copy of {@code id} drops it. Carries nothing
 * else, so a deleted document leaves no data behind in a reader's store.
 */
public record Tombstone(String id, boolean deleted, long changeSeq, Instant changedAt) {

    public static Tombstone of(String id, Stamp stamp) {
        return new Tombstone(id, true, stamp.seq(), stamp.at());
    }
}
