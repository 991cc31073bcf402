package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.DocumentWithPosition;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.h2.mvstore.Cursor;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * A real non-unique (compound, ascending/descending, multikey) index: an H2 map in the same MVStore as the
 * documents, so its entries are committed with them, keyed by the {@link IndexKeyCodec} encoding of
 * (index values…, document key) with the document's exact key as the value.
 *
 * <p>The document key closes every entry, in the direction of the index's last key: entries of equal values are
 * ordered by {@code _id}, so an index on {@code (tenant, updatedAt desc)} also serves a sort on
 * {@code updatedAt desc, _id desc} (what the services send, {@code _id} being their tie-breaker).
 *
 * <p>A separate state map records, per index map, that its build finished ("complete") and which keys ever held an
 * array (multikey: one entry per element, so a range over them may meet a document twice) or a value whose order the
 * codec does not follow. A store that stopped during a build, or whose index map is gone, rebuilds at open.
 * The flags only ever grow until a rebuild, which keeps them true for every entry in the map.
 */
final class SecondaryIndex extends Index<Object> {

    /** No dot in the name: H2Database.drop removes every map named "<database>.…", whatever the database. */
    static final String STATE_MAP = "thidua-secondary-index-state";
    private static final String ID_FIELD = "_id";

    private final MVStore store;
    private final String mapName;
    private final MVMap<byte[], byte[]> map;
    private final MVMap<String, String> state;
    private final boolean[] ascending;
    private final BitSet multikey = new BitSet();
    private final BitSet unordered = new BitSet();
    private boolean complete;

    SecondaryIndex(MVStore store, String mapName, String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.store = store;
        this.mapName = mapName;
        boolean existed = store.hasMap(mapName);
        this.map = store.openMap(mapName, new MVMap.Builder<byte[], byte[]>()
                .keyType(ByteArrayDataType.INSTANCE).valueType(ByteArrayDataType.INSTANCE));
        this.state = store.openMap(STATE_MAP);
        this.ascending = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            ascending[i] = keys.get(i).isAscending();
        }
        String saved = state.get(mapName);
        if (existed && saved != null && saved.startsWith("complete")) {
            complete = true;
            for (String part : saved.split(";")) {
                if (part.startsWith("m=")) {
                    multikey.or(BitSet.valueOf(new long[] {Long.parseLong(part.substring(2))}));
                } else if (part.startsWith("u=")) {
                    unordered.or(BitSet.valueOf(new long[] {Long.parseLong(part.substring(2))}));
                }
            }
        }
    }

    boolean isComplete() {
        return complete;
    }

    /** Fills the index from every document of its collection; marks it complete only at the end. */
    void build(Stream<DocumentWithPosition<Object>> documents) {
        build(documents, () -> { });
    }

    /**
     * Builds the index from every document, calling {@code checkpoint} after each batch of
     * {@code thidua.store.index-build-batch} documents (10,000): with durability on, the store commits there, so a
     * build over a large collection does not keep all its entries in memory until it ends. Until the build ends
     * the index is marked incomplete, so a crash between checkpoints leaves an index that is rebuilt at open.
     */
    void build(Stream<DocumentWithPosition<Object>> documents, Runnable checkpoint) {
        state.remove(mapName);
        map.clear();
        multikey.clear();
        unordered.clear();
        int batch = Math.max(1, Integer.getInteger("thidua.store.index-build-batch", 10_000));
        long[] added = {0};
        documents.forEach(d -> {
            add(d.getDocument(), d.getPosition(), null);
            if (++added[0] % batch == 0) {
                checkpoint.run();
            }
        });
        complete = true;
        saveState();
    }

    private void saveState() {
        long m = multikey.isEmpty() ? 0 : multikey.toLongArray()[0];
        long u = unordered.isEmpty() ? 0 : unordered.toLongArray()[0];
        state.put(mapName, (complete ? "complete" : "building") + ";m=" + m + ";u=" + u);
    }

    boolean isSparseIndex() {
        return isSparse();
    }

    boolean ascending(int key) {
        return ascending[key];
    }

    boolean hasMultikey() {
        return !multikey.isEmpty();
    }

    boolean isMultikey(int key) {
        return multikey.get(key);
    }

    boolean isUnordered(int key) {
        return unordered.get(key);
    }

    /** The direction of the document key that closes every entry. */
    boolean positionAscending() {
        return ascending[ascending.length - 1];
    }

    // ---- Maintenance through the library's Index API.

    @Override
    public Object getPosition(Document document) {
        return null; // the _id index gives positions; null is skipped by the library
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        entries(document, positionOf(document), false); // throws for parallel arrays before anything is written
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        byte[] value = IndexKeyCodec.encodePosition(position);
        for (byte[] key : entries(document, position, true)) {
            map.put(key, value);
        }
    }

    @Override
    public Object remove(Document document) {
        Object position = positionOf(document);
        List<byte[]> keys = entries(document, position, false);
        for (byte[] key : keys) {
            map.remove(key);
        }
        return keys.isEmpty() ? null : position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        entries(newDocument, positionOf(newDocument), false);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        List<byte[]> before = entries(oldDocument, position, false);
        List<byte[]> after = entries(newDocument, position, true);
        byte[] value = IndexKeyCodec.encodePosition(position);
        for (byte[] key : before) {
            if (after.stream().noneMatch(k -> Arrays.equals(k, key))) {
                map.remove(key);
            }
        }
        for (byte[] key : after) {
            if (before.stream().noneMatch(k -> Arrays.equals(k, key))) {
                map.put(key, value);
            }
        }
    }

    @Override
    public void drop() {
        state.remove(mapName);
        store.removeMap(map);
    }

    @Override
    public boolean isEmpty() {
        return false; // never let the library "build" it by two scans: IndexedCollection.addIndex builds it once
    }

    @Override
    public boolean canHandle(Document query) {
        return false; // queries reach the index through QueryPlanner, not the library's unique-index path
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        throw new UnsupportedOperationException("used through QueryPlanner");
    }

    @Override
    public long getCount() {
        return map.sizeAsLong();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    // ---- Reads for the planner.

    /** Entries {key, value} in [from, to) ({@code to} null: to the end), in key order or reversed. */
    Iterator<byte[][]> entries(byte[] from, byte[] to, boolean reverse) {
        byte[] start = reverse ? (to == null ? map.lastKey() : map.lowerKey(to)) : from;
        if (reverse && (start == null || ByteArrayDataType.INSTANCE.compare(start, from) < 0)) {
            return Collections.emptyIterator();
        }
        Cursor<byte[], byte[]> cursor = map.cursor(start, reverse ? from : null, reverse);
        return new Iterator<>() {
            private byte[][] next = advance();

            private byte[][] advance() {
                if (!cursor.hasNext()) {
                    return null;
                }
                byte[] key = cursor.next();
                boolean inside = reverse ? ByteArrayDataType.INSTANCE.compare(key, from) >= 0
                        : to == null || ByteArrayDataType.INSTANCE.compare(key, to) < 0;
                return inside ? new byte[][] {key, cursor.getValue()} : null;
            }

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public byte[][] next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                byte[][] current = next;
                next = advance();
                return current;
            }
        };
    }

    /** The number of entries in [from, to), in O(log n). */
    long count(byte[] from, byte[] to) {
        long end = to == null ? map.sizeAsLong() : rank(to);
        return Math.max(0, end - rank(from));
    }

    private long rank(byte[] key) {
        long index = map.getKeyIndex(key);
        return index >= 0 ? index : -(index + 1);
    }

    static Object decodePosition(byte[] value) {
        return IndexKeyCodec.decodePosition(value);
    }

    // ---- Keys of one document.

    private static Object positionOf(Document document) {
        // Secondary indexes exist on user collections only, whose position is the _id (H2Collection's map key).
        return Missing.ofNullable(document.get(ID_FIELD));
    }

    /** One key per index entry of the document (one per array element for a multikey index); may note flags. */
    List<byte[]> entries(Document document, Object position, boolean noteFlags) {
        List<String> paths = keys();
        Object[] values = new Object[paths.size()];
        boolean anyArray = false;
        boolean allMissing = true;
        for (int i = 0; i < values.length; i++) {
            Object value = Utils.getSubdocumentValueCollectionAware(document, paths.get(i));
            if (value instanceof Collection<?> c) {
                if (c.isEmpty()) {
                    value = IndexKeyCodec.EMPTY_ARRAY_VALUE;
                } else {
                    anyArray = true;
                }
                if (noteFlags && !multikey.get(i)) {
                    multikey.set(i);
                    saveState();
                }
            }
            allMissing &= value instanceof Missing;
            values[i] = value;
        }
        if (isSparse() && allMissing) {
            return List.of();
        }
        List<List<Object>> tuples = new ArrayList<>();
        if (anyArray) {
            Set<KeyValue> expanded = getKeyValues(document); // validates parallel arrays, one tuple per element
            for (KeyValue keyValue : expanded) {
                List<Object> tuple = new ArrayList<>();
                keyValue.forEach(tuple::add);
                tuples.add(tuple);
            }
        } else {
            tuples.add(Arrays.asList(values));
        }
        List<byte[]> keys = new ArrayList<>(tuples.size());
        for (List<Object> tuple : tuples) {
            IndexKeyCodec.Sink sink = new IndexKeyCodec.Sink();
            for (int i = 0; i < tuple.size(); i++) {
                Object value = tuple.get(i);
                if (noteFlags && !IndexKeyCodec.isOrdered(value) && !unordered.get(i)) {
                    unordered.set(i);
                    saveState();
                }
                IndexKeyCodec.encode(sink, value, ascending[i]);
            }
            IndexKeyCodec.encode(sink, position, positionAscending());
            byte[] key = sink.toArray();
            if (keys.stream().noneMatch(k -> Arrays.equals(k, key))) {
                keys.add(key);
            }
        }
        return keys;
    }

    @Override
    public String toString() {
        return "SecondaryIndex[" + getName() + " " + getKeys() + ", " + getCount() + " entries]";
    }
}
