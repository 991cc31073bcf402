package vn.thidua.shared.test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.shared.test.QueryShape.Kind;

/** The rule of {@link QueryShapes}, applied to one shape and the indexes of its collection. */
final class IndexRule {

    static final String ID = "_id";

    /** An index as declared: its name and keys in order (1 ascending, -1 descending). */
    record Index(String name, List<String> fields, List<Integer> directions) {
    }

    /** Which index serves each alternative (joined by " | "), or why one does not. */
    record Verdict(String served, String problem) {
    }

    private IndexRule() {
    }

    static List<Index> indexesOf(MongoTemplate mongo, String collection) {
        List<Index> indexes = new ArrayList<>();
        for (Document index : mongo.getCollection(collection).listIndexes()) {
            Document key = index.get("key", Document.class);
            List<String> fields = new ArrayList<>();
            List<Integer> directions = new ArrayList<>();
            key.forEach((field, direction) -> {
                fields.add(field);
                directions.add(direction instanceof Number n && n.intValue() < 0 ? -1 : 1);
            });
            indexes.add(new Index(index.getString("name"), fields, directions));
        }
        if (indexes.stream().noneMatch(i -> i.fields().equals(List.of(ID)))) {
            // A collection not created yet still has its _id index once it is.
            indexes.add(new Index("_id_", List.of(ID), List.of(1)));
        }
        return indexes;
    }

    static Verdict check(QueryShape shape, List<Index> indexes) {
        List<String> sortFields = new ArrayList<>(shape.sort().keySet());
        if (shape.limited() && "find".equals(shape.operation()) && !sortFields.isEmpty()
                && !ID.equals(sortFields.getLast())) {
            return new Verdict("", "a paged find must end its sort with _id (a total order, so cursors continue)");
        }
        List<String> served = new ArrayList<>();
        for (Map<String, Kind> branch : shape.branches()) {
            String index = servedBy(branch, shape, indexes);
            if (index == null) {
                return new Verdict(String.join(" | ", served), "no index serves the alternative " + branch
                        + (sortFields.isEmpty() ? "" : " sorted by " + shape.sort()) + "; indexes: "
                        + indexes.stream().map(i -> i.name()).toList());
            }
            served.add(index);
            // Its cursor pages: equalities on the leading sort keys and a range on the next one.
            if (shape.limited() && "find".equals(shape.operation())) {
                for (int i = 0; i < sortFields.size(); i++) {
                    Map<String, Kind> page = new TreeMap<>(branch);
                    for (int j = 0; j < i; j++) {
                        page.merge(sortFields.get(j), Kind.EQ, Kind::strongest);
                    }
                    page.merge(sortFields.get(i), Kind.RANGE, Kind::strongest);
                    if (i > 0) {
                        page.merge(sortFields.getFirst(), Kind.RANGE, Kind::strongest);
                    }
                    if (servedBy(page, shape, indexes) == null) {
                        return new Verdict(String.join(" | ", served), "no index serves its cursor page " + page
                                + " sorted by " + shape.sort());
                    }
                }
            }
        }
        return new Verdict(String.join(" | ", new java.util.LinkedHashSet<>(served)), null);
    }

    /** The name of the first index that serves one alternative, or null. */
    static String servedBy(Map<String, Kind> branch, QueryShape shape, List<Index> indexes) {
        Set<String> equalities = new HashSet<>();
        Set<String> pinned = new HashSet<>();
        branch.forEach((field, kind) -> {
            if (kind.equality()) {
                equalities.add(field);
            }
            if (kind == Kind.EQ) {
                pinned.add(field);
            }
        });
        Set<String> filters = new HashSet<>(equalities);
        filters.removeAll(shape.sort().keySet());
        List<String> sort = new ArrayList<>();
        List<Integer> directions = new ArrayList<>();
        shape.sort().forEach((field, direction) -> {
            if (!pinned.contains(field)) {
                sort.add(field);
                directions.add(direction < 0 ? -1 : 1);
            }
        });
        // The most selective serving index: the longest equality prefix, then the fewest keys.
        Index best = null;
        int bestPrefix = -1;
        for (Index index : indexes) {
            for (int j = index.fields().size(); j > bestPrefix || (j == bestPrefix && best != null
                    && index.fields().size() < best.fields().size()); j--) {
                if (serves(index, j, branch, equalities, filters, sort, directions, shape.limited())) {
                    best = index;
                    bestPrefix = j;
                    break;
                }
            }
        }
        return best == null ? null : best.name();
    }

    private static boolean serves(Index index, int j, Map<String, Kind> branch, Set<String> equalities,
            Set<String> filters, List<String> sort, List<Integer> directions, boolean limited) {
        List<String> keys = index.fields();
        List<String> leading = keys.subList(0, j);
        if (!equalities.containsAll(leading)) {
            return false;                                                        // rule 1
        }
        if (filters.contains("tenant") && (leading.isEmpty() || !"tenant".equals(leading.getFirst()))) {
            return false;                                                        // rule 2: tenant first
        }
        if (!filters.isEmpty() && leading.stream().noneMatch(filters::contains)) {
            return false;                                                        // rule 2: a filter leads
        }
        if (keys.size() < j + sort.size()) {
            return false;
        }
        Boolean reversed = null;
        for (int i = 0; i < sort.size(); i++) {                                  // rule 3
            if (!keys.get(j + i).equals(sort.get(i))) {
                return false;
            }
            boolean opposite = !index.directions().get(j + i).equals(directions.get(i));
            if (reversed != null && reversed != opposite) {
                return false;
            }
            reversed = opposite;
        }
        if (equalities.isEmpty() && sort.isEmpty() && !limited) {               // rule 4
            Kind first = keys.size() > j ? branch.get(keys.get(j)) : null;
            return first == Kind.RANGE || first == Kind.PREFIX;
        }
        return true;
    }
}
