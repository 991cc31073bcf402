package vn.thidua.launcher.store;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Utils;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Collection;
import java.util.List;

/**
 * The {@code aggregate} that the MongoDB Java driver's {@code countDocuments} sends (and so Spring Data's
 * {@code count(query)}): {@code [{$match: f}, ({$skip: n}), ({$limit: n}), {$group: {_id: 1, n: {$sum: 1}}}]}.
 *
 * <p>mongo-java-server runs it as a pipeline over every document of the collection, whatever the filter; here it
 * becomes the collection's count, which goes through the index planner ({@link IndexedCollection#count}) and, when
 * the index decides the filter, reads index keys only. Any other pipeline is left to the library.
 */
final class CountCommand {

    /** The parts of a count pipeline. */
    record Count(Document match, int skip, int limit, Object groupId, String field) {
    }

    private CountCommand() {
    }

    /** The count this pipeline asks for, or null when it is not exactly the count shape. */
    static Count parse(Object pipelineObject) {
        if (!(pipelineObject instanceof List<?> pipeline) || pipeline.size() < 2 || pipeline.size() > 4) {
            return null;
        }
        if (!(pipeline.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document match)) {
            return null;
        }
        int skip = 0;
        int limit = 0;
        int i = 1;
        if (stage(pipeline, i, "$skip") instanceof Number n) {
            skip = n.intValue();
            i++;
        }
        if (stage(pipeline, i, "$limit") instanceof Number n) {
            limit = n.intValue();
            i++;
        }
        if (i != pipeline.size() - 1 || !(stage(pipeline, i, "$group") instanceof Document group)
                || group.size() != 2 || !group.containsKey("_id") || skip < 0 || limit < 0) {
            return null;
        }
        Object id = group.get("_id");
        if (id instanceof Document || id instanceof Collection || (id instanceof String s && s.startsWith("$"))) {
            return null;
        }
        for (String field : group.keySet()) {
            if (!field.equals("_id")) {
                Object sum = group.get(field);
                boolean sumOfOne = sum instanceof Document d && d.size() == 1 && d.get("$sum") instanceof Number one
                        && one.doubleValue() == 1.0;
                return sumOfOne ? new Count(match, skip, limit, id, field) : null;
            }
        }
        return null;
    }

    private static Object stage(List<?> pipeline, int i, String name) {
        if (i >= pipeline.size() || !(pipeline.get(i) instanceof Document d) || d.size() != 1) {
            return null;
        }
        return d.get(name);
    }

    /** The aggregate's answer: no group at all when nothing matches, as MongoDB's {@code $group} gives. */
    static Document answer(Count count, MongoCollection<?> collection, String namespace) {
        int n = collection == null ? 0 : collection.count(count.match(), count.skip(), count.limit());
        List<Document> batch = n == 0 ? List.of()
                : List.of(new Document("_id", count.groupId()).append(count.field(), n));
        Document cursor = new Document("id", 0L).append("ns", namespace).append("firstBatch", batch);
        Document response = new Document("cursor", cursor);
        Utils.markOkay(response);
        return response;
    }
}
