package vn.thidua.launcher.store.equivalence;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.FindOneAndDeleteOptions;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.result.DeleteResult;
import com.mongodb.client.result.UpdateResult;
import java.util.List;
import org.bson.Document;

/**
 * The write steps. Each one is deterministic on any store, whatever its natural order: single-document writes
 * name an {@code _id} (or sort totally), and multi-document updates use only operators that cannot fail half-way
 * (a failure after some documents would leave stores with different natural orders in different states).
 */
final class WriteOps {

    private WriteOps() {
    }

    record CreateIndex(String collection, Document keys, boolean unique) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            return List.of(db.getCollection(collection).createIndex(keys, new IndexOptions().unique(unique).sparse(unique)));
        }

        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public String describe() {
            return collection + ".createIndex(" + Op.json(keys) + (unique ? ", {unique: true, sparse: true}" : "") + ")";
        }
    }

    record InsertMany(String collection, List<Document> documents, boolean ordered) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            // Copies: the driver must not see a document it already saw (it would not add an _id, but be safe).
            List<Document> copies = documents.stream().map(d -> Document.parse(Op.json(d))).toList();
            try {
                return List.of("inserted " + db.getCollection(collection)
                        .insertMany(copies, new InsertManyOptions().ordered(ordered)).getInsertedIds().size());
            } catch (MongoBulkWriteException e) {
                return List.of("bulk error " + e.getWriteErrors().stream().map(w -> w.getIndex() + ":" + w.getCode())
                        .toList() + " inserted " + e.getWriteResult().getInsertedCount());
            }
        }

        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public String describe() {
            return collection + ".insertMany([" + String.join(", ", documents.stream().map(Op::json).toList())
                    + "], {ordered: " + ordered + "})";
        }
    }

    enum Kind { UPDATE_ONE, UPDATE_MANY, REPLACE_ONE, DELETE_ONE, DELETE_MANY }

    /** update/replace/delete, one or many; {@code change} is the update, the replacement, or unused. */
    record Write(String collection, Kind kind, Document filter, Document change, boolean upsert) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            MongoCollection<Document> c = db.getCollection(collection);
            UpdateOptions options = new UpdateOptions().upsert(upsert);
            return List.of(switch (kind) {
                case UPDATE_ONE -> updated(c.updateOne(filter, change, options));
                case UPDATE_MANY -> updated(c.updateMany(filter, change, options));
                case REPLACE_ONE -> updated(c.replaceOne(filter, change, new ReplaceOptions().upsert(upsert)));
                case DELETE_ONE -> deleted(c.deleteOne(filter));
                case DELETE_MANY -> deleted(c.deleteMany(filter));
            });
        }

        private static String updated(UpdateResult r) {
            return "matched " + r.getMatchedCount() + " modified " + r.getModifiedCount() + " upserted "
                    + r.getUpsertedId();
        }

        private static String deleted(DeleteResult r) {
            return "deleted " + r.getDeletedCount();
        }

        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public Op withFilter(Document filter) {
            return new Write(collection, kind, filter, change, upsert);
        }

        @Override
        public String describe() {
            String method = switch (kind) {
                case UPDATE_ONE -> "updateOne";
                case UPDATE_MANY -> "updateMany";
                case REPLACE_ONE -> "replaceOne";
                case DELETE_ONE -> "deleteOne";
                case DELETE_MANY -> "deleteMany";
            };
            return collection + "." + method + "(" + Op.json(filter)
                    + (change == null ? "" : ", " + Op.json(change)) + (upsert ? ", {upsert: true}" : "") + ")";
        }
    }

    /** findOneAndUpdate (update != null) or findOneAndDelete, with a total sort so "the first" is defined. */
    record FindAndModify(String collection, Document filter, Document sort, Document update, boolean returnAfter,
            boolean upsert) implements Op {
        @Override
        public List<String> run(MongoDatabase db) {
            MongoCollection<Document> c = db.getCollection(collection);
            Document found = update == null ? c.findOneAndDelete(filter, new FindOneAndDeleteOptions().sort(sort))
                    : c.findOneAndUpdate(filter, update, new FindOneAndUpdateOptions().sort(sort).upsert(upsert)
                            .returnDocument(returnAfter ? ReturnDocument.AFTER : ReturnDocument.BEFORE));
            return List.of(Op.json(found));
        }

        @Override
        public boolean isQuery() {
            return false;
        }

        @Override
        public Op withFilter(Document filter) {
            return new FindAndModify(collection, filter, sort, update, returnAfter, upsert);
        }

        @Override
        public String describe() {
            return collection + (update == null ? ".findOneAndDelete(" + Op.json(filter)
                    : ".findOneAndUpdate(" + Op.json(filter) + ", " + Op.json(update)) + ", {sort: " + Op.json(sort)
                    + (update == null ? "" : ", returnDocument: " + (returnAfter ? "after" : "before"))
                    + (upsert ? ", upsert: true" : "") + "})";
        }
    }
}
