package vn.thidua.registration.units.importing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import vn.thidua.shared.sync.ChangeFeed;
import vn.thidua.shared.sync.Stamp;

/**
 * Change-feed stamps for the documents an import writes. A document the import writes unchanged keeps the stamp it
 * has, so re-importing the same dataset neither moves 28,000 documents to the end of the feeds nor counts them as
 * changed; a new or changed one takes a number from a block reserved just before its batch is written (one round
 * trip per batch, and the batch is written well within the settle lag of its stamps).
 */
final class ImportStamps {

    private ImportStamps() {
    }

    /** Stamps every document of a batch about to be inserted. */
    static void stampAll(ChangeFeed feed, String name, List<Document> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Stamp first = feed.reserve(name, batch.size());
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).append(Stamp.SEQ, first.plus(i).seq()).append(Stamp.AT, Date.from(first.at()));
        }
    }

    /** For a batch about to replace stored documents: keeps the stamps of unchanged ones, stamps the others. */
    static void stampChanged(MongoCollection<Document> collection, ChangeFeed feed, String name,
            List<Document> batch) {
        Map<Object, Document> stored = new HashMap<>();
        collection.find(Filters.in("_id", batch.stream().map(d -> d.get("_id")).toList()))
                .forEach(d -> stored.put(d.get("_id"), d));
        List<Document> changed = new ArrayList<>();
        for (Document document : batch) {
            Document old = stored.get(document.get("_id"));
            if (old != null && old.containsKey(Stamp.SEQ)) {
                Document bare = new Document(old);
                Object seq = bare.remove(Stamp.SEQ);
                Object at = bare.remove(Stamp.AT);
                if (bare.equals(document)) {
                    document.append(Stamp.SEQ, seq).append(Stamp.AT, at);
                    continue;
                }
            }
            changed.add(document);
        }
        stampAll(feed, name, changed);
    }
}
