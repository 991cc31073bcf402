package vn.thidua.launcher.store.equivalence;

import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * A list read page by page with keyset cursors, the way the services' {@code after=} pagination does it
 * ({@code shared/lists/KeysetSort} on h-bounded): sort keys with {@code _id} last in the last key's direction,
 * {@code size + 1} fetched per page, and "after the last item" as a range on the first key AND an $or of
 * "k1 later, or k1 equal and k2 later …". The outcome is every page's items in order, and the number of pages;
 * a store whose planner mishandles the $or beside the range skips or repeats items between pages.
 */
record KeysetWalk(String collection, Document scope, Document sort, int size, int maxPages) implements Op {

    @Override
    public List<String> run(MongoDatabase db) {
        List<String> out = new ArrayList<>();
        Document after = null;
        for (int page = 0; page < maxPages; page++) {
            Document filter = after == null ? scope : new Document("$and", List.of(scope, after));
            List<Document> items = new ArrayList<>();
            db.getCollection(collection).find(filter).sort(sort).limit(size + 1).into(items);
            boolean more = items.size() > size;
            List<Document> shown = more ? items.subList(0, size) : items;
            shown.forEach(d -> out.add(Op.json(d)));
            out.add("-- page " + page + (more ? ", more" : ", last"));
            if (!more) {
                break;
            }
            after = after(shown.getLast());
        }
        return out;
    }

    /** KeysetSort.after: (k1 later) or (k1 = v1 and k2 later) …, beside a plain bound on k1 when it has a value. */
    Document after(Document last) {
        List<String> keys = new ArrayList<>(sort.keySet());
        List<Document> branches = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Document later = later(keys.get(i), SortKeys.get(last, keys.get(i)));
            if (later == null) {
                continue;
            }
            List<Document> branch = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                branch.add(new Document(keys.get(j), SortKeys.get(last, keys.get(j))));
            }
            branch.add(later);
            branches.add(branch.size() == 1 ? later : new Document("$and", branch));
        }
        if (branches.isEmpty()) {
            return new Document("_id", new Document("$exists", false));
        }
        Document keyset = new Document("$or", branches);
        String first = keys.getFirst();
        Object value = SortKeys.get(last, first);
        if (value == null) {
            return keyset;
        }
        Document bound = new Document(first, new Document(ascending(first) ? "$gte" : "$lte", value));
        return new Document("$and", List.of(bound, keyset));
    }

    private Document later(String key, Object value) {
        if (value == null) {
            return ascending(key) ? new Document(key, new Document("$ne", null)) : null;
        }
        return new Document(key, new Document(ascending(key) ? "$gt" : "$lt", value));
    }

    private boolean ascending(String key) {
        return ((Number) sort.get(key)).intValue() > 0;
    }

    @Override
    public Document filter() {
        return scope;
    }

    @Override
    public Op withFilter(Document filter) {
        return new KeysetWalk(collection, filter, sort, size, maxPages);
    }

    @Override
    public boolean isQuery() {
        return true;
    }

    @Override
    public String describe() {
        return collection + ": keyset pages of " + size + " (at most " + maxPages + ") of find(" + Op.json(scope)
                + ").sort(" + Op.json(sort) + "), each next page find({$and: [scope, {$and: [{k1: {$gte|$lte: v1}}, "
                + "{$or: [{k1: {$gt|$lt: v1}}, {$and: [{k1: v1}, {k2: {$gt|$lt: v2}}]} …]}]}]}).limit(size + 1)";
    }
}
