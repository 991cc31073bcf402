package vn.thidua.reporting.readmodel;

import java.util.Map;

/**
 * What the read model remembers of one item: the sequence number it was applied at and its kept fields. A
 * tombstone is remembered too (deleted, no fields), so a late copy of an older version never brings it back.
 */
public record Fact(String id, long seq, boolean deleted, Map<String, Object> document) {

    public Fact {
        document = document == null ? Map.of() : document;
    }

    static Fact of(Change change) {
        return new Fact(change.id(), change.seq(), change.deleted(), change.document());
    }
}
