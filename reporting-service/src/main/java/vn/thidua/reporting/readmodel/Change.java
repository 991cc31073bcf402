package vn.thidua.reporting.readmodel;

import java.util.Map;

/**
 * One feed item as the read model takes it: its id, its place in the feed, whether it is a tombstone (deleted,
 * withdrawn) and the fields kept of it ({@code document}): what it counts is computed from them, so when the item
 * comes again its earlier contribution is computed from the kept copy and taken back.
 */
public record Change(String id, long seq, boolean deleted, Map<String, Object> document) {

    public Change {
        document = document == null ? Map.of() : document;
    }

    public static Change tombstone(String id, long seq) {
        return new Change(id, seq, true, Map.of());
    }
}
