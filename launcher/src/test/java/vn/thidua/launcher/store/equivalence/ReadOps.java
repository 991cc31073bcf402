package vn.thidua.launcher.store.equivalence;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.CountOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.bson.Document;

/** The read steps, each answering an outcome that is equal on two stores exactly when they agree. */
final class ReadOps {

    private ReadOps() {
    }

    /** How much of a find's answer is defined, hence compared. */
    enum Order {
        /** The sort ends with {@code _id}: the documents and their order. */
        TOTAL,
        /** The sort may tie: only the sequence of sort-key values (ties may come in any order, or be cut by limit). */
        KEYS,
        /** No sort, no skip or limit: the documents as a set. */
        NONE
    }

    record Find(String collection, Document filter, Document sort, int skip, int limit, Order order,
            Document projection, boolean maxTime) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            FindIterable<Document> find = db.getCollection(collection).find(filter);
            if (sort != null) {
                find.sort(sort);
            }
            find.skip(skip).limit(limit);
            if (projection != null) {
                find.projection(projection);
            }
            if (maxTime) {
                // Generous: it must not change the answer, only be accepted.
                find.maxTime(30, TimeUnit.SECONDS);
            }
            List<String> out = new ArrayList<>();
            for (Document d : find) {
                out.add(order == Order.KEYS ? SortKeys.of(d, sort) : Op.json(d));
            }
            if (order == Order.NONE) {
                out.sort(null);
            }
            return out;
        }

        @Override
        public boolean isQuery() {
            return true;
        }

        @Override
        public Op withFilter(Document filter) {
            return new Find(collection, filter, sort, skip, limit, order, projection, maxTime);
        }

        @Override
        public String describe() {
            return collection + ".find(" + Op.json(filter) + (projection == null ? "" : ", " + Op.json(projection))
                    + ")" + (sort == null ? "" : ".sort(" + Op.json(sort) + ")") + ".skip(" + skip + ").limit(" + limit
                    + ")" + (maxTime ? ".maxTimeMS(30000)" : "") + "  // compared: " + order;
        }
    }

    /** The driver's countDocuments: an aggregate $match, $skip, $limit, $group. */
    record Count(String collection, Document filter, int skip, int limit) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            CountOptions options = new CountOptions().skip(skip);
            if (limit > 0) {
                options.limit(limit);
            }
            return List.of(Long.toString(db.getCollection(collection).countDocuments(filter, options)));
        }

        @Override
        public boolean isQuery() {
            return true;
        }

        @Override
        public Op withFilter(Document filter) {
            return new Count(collection, filter, skip, limit);
        }

        @Override
        public String describe() {
            return collection + ".countDocuments(" + Op.json(filter) + ", {skip: " + skip + ", limit: " + limit + "})";
        }
    }

    /** The count command, with a query (what older clients and some Spring paths send) or without (estimated). */
    record CountCommand(String collection, Document filter, int skip, int limit) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            if (filter == null) {
                return List.of(Long.toString(db.getCollection(collection).estimatedDocumentCount()));
            }
            Document command = new Document("count", collection).append("query", filter).append("skip", skip);
            if (limit > 0) {
                command.append("limit", limit);
            }
            Object n = db.runCommand(command).get("n");
            return List.of(Long.toString(((Number) n).longValue()));
        }

        @Override
        public boolean isQuery() {
            return true;
        }

        @Override
        public Op withFilter(Document filter) {
            return new CountCommand(collection, filter, skip, limit);
        }

        @Override
        public String describe() {
            return filter == null ? collection + ".estimatedDocumentCount()"
                    : "db.runCommand({count: '" + collection + "', query: " + Op.json(filter) + ", skip: " + skip
                            + ", limit: " + limit + "})";
        }
    }

    /** A service list page exactly as the services send it: count, then sort updatedAt desc, _id, skip, limit. */
    record ListPage(String collection, Document filter, int page, int size) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            List<String> out = new ArrayList<>();
            out.add("total " + db.getCollection(collection).countDocuments(filter));
            Document sort = new Document("updatedAt", -1).append("_id", 1);
            for (Document d : db.getCollection(collection).find(filter).sort(sort).skip(page * size).limit(size)) {
                out.add(Op.json(d));
            }
            return out;
        }

        @Override
        public boolean isQuery() {
            return true;
        }

        @Override
        public Op withFilter(Document filter) {
            return new ListPage(collection, filter, page, size);
        }

        @Override
        public String describe() {
            return collection + ": countDocuments(" + Op.json(filter) + ") then find(same).sort({updatedAt: -1, _id: 1})"
                    + ".skip(" + page * size + ").limit(" + size + ")";
        }
    }

    /** Every document, by _id: the whole state of a collection, and its index definitions. */
    record Everything(String collection) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            List<String> out = new ArrayList<>();
            for (Document index : db.getCollection(collection).listIndexes()) {
                out.add("index " + index.get("name") + " " + Op.json(index.get("key", Document.class))
                        + (Boolean.TRUE.equals(index.get("unique")) ? " unique" : ""));
            }
            out.sort(null);
            for (Document d : db.getCollection(collection).find().sort(new Document("_id", 1))) {
                out.add(Op.json(d));
            }
            return out;
        }

        @Override
        public boolean isQuery() {
            return true;
        }

        @Override
        public String describe() {
            return collection + ".getIndexes() and " + collection + ".find().sort({_id: 1})";
        }
    }
}
