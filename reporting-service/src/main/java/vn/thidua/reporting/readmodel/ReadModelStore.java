package vn.thidua.reporting.readmodel;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * reporting-service's own read models in its own database: {@code rm_counters} (one document per
 * {@link CounterKey}, {@code n} summed by {@code $inc}) and {@code rm_facts} (the kept copy of every applied item,
 * {@code feed:id}). A page is applied as one {@link ApplyPlan}: the items' earlier copies read in one query, the
 * counters changed in one bulk write, the copies replaced in another. Indexes serve the reports' reads only (by
 * unit, by parent, the awards' own units; units by code): every index costs each of the many counter writes, so a
 * rebuild's {@link #reset} scans instead.
 */
@Component
public class ReadModelStore {

    public static final String COUNTERS = "rm_counters";
    public static final String FACTS = "rm_facts";

    private final MongoCollection<Document> counters;
    private final MongoCollection<Document> facts;

    public ReadModelStore(MongoTemplate mongo) {
        this.counters = mongo.getCollection(COUNTERS);
        this.facts = mongo.getCollection(FACTS);
        counters.createIndex(Indexes.ascending("unit", "campaignId", "year"));
        counters.createIndex(Indexes.ascending("parent", "campaignId", "year"));
        counters.createIndex(Indexes.ascending("metric", "leaf", "tenant"));
        facts.createIndex(Indexes.ascending("feed", "doc.code"));
    }

    public ApplyPlan apply(String feed, List<Change> page) {
        if (page.isEmpty()) {
            return new ApplyPlan(Map.of(), Map.of(), 0, 0);
        }
        List<String> ids = page.stream().map(change -> factId(feed, change.id())).distinct().toList();
        Map<String, Fact> before = new HashMap<>();
        for (Document stored : facts.find(Filters.in("_id", ids))) {
            Fact fact = fact(stored);
            before.put(fact.id(), fact);
        }
        ApplyPlan plan = ApplyPlan.of(page, before, Projections.rule(feed));
        if (!plan.counters().isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            plan.counters().forEach((key, n) -> writes.add(new UpdateOneModel<>(Filters.eq("_id", key.id()),
                    Updates.combine(Updates.inc("n", n), Updates.setOnInsert("feed", key.feed()),
                            Updates.setOnInsert("metric", key.metric()), Updates.setOnInsert("value", key.value()),
                            Updates.setOnInsert("campaignId", key.campaignId()),
                            Updates.setOnInsert("year", key.year()), Updates.setOnInsert("leaf", key.leaf()),
                            Updates.setOnInsert("path", key.path()), Updates.setOnInsert("unit", key.unit()),
                            Updates.setOnInsert("parent", key.parent()), Updates.setOnInsert("depth", key.depth()),
                            Updates.setOnInsert("tenant", key.tenant())),
                    new UpdateOptions().upsert(true))));
            counters.bulkWrite(writes);
        }
        if (!plan.facts().isEmpty()) {
            List<WriteModel<Document>> writes = new ArrayList<>();
            for (Fact fact : plan.facts().values()) {
                Document stored = new Document("_id", factId(feed, fact.id())).append("feed", feed)
                        .append("id", fact.id()).append("seq", fact.seq()).append("deleted", fact.deleted())
                        .append("doc", new Document(fact.document()));
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", stored.get("_id")), stored,
                        new ReplaceOptions().upsert(true)));
            }
            facts.bulkWrite(writes);
        }
        return plan;
    }

    /** The kept documents of a feed matching a filter on their fields ({@code doc.*}), tombstones left out. */
    public List<Map<String, Object>> documents(String feed, Bson filter) {
        List<Map<String, Object>> found = new ArrayList<>();
        Bson query = filter == null ? Filters.and(Filters.eq("feed", feed), Filters.eq("deleted", false))
                : Filters.and(Filters.eq("feed", feed), Filters.eq("deleted", false), filter);
        for (Document stored : facts.find(query)) {
            Map<String, Object> document = new LinkedHashMap<>(stored.get("doc", Document.class));
            document.putIfAbsent("id", stored.getString("id"));
            found.add(document);
        }
        return found;
    }

    public Map<String, Object> document(String feed, String id) {
        Document stored = facts.find(Filters.and(Filters.eq("_id", factId(feed, id)), Filters.eq("deleted", false)))
                .first();
        if (stored == null) {
            return null;
        }
        Map<String, Object> document = new LinkedHashMap<>(stored.get("doc", Document.class));
        document.putIfAbsent("id", id);
        return document;
    }

    /** Counters matching a filter (on {@code unit}, {@code parent}, {@code campaignId}, {@code year} …). */
    public List<Document> counters(Bson filter) {
        return counters.find(Filters.and(filter, Filters.ne("n", 0L))).into(new ArrayList<>());
    }

    /** Forget everything a feed put in (before it is read again from the start). */
    public void reset(String feed) {
        counters.deleteMany(Filters.eq("feed", feed));
        facts.deleteMany(Filters.eq("feed", feed));
    }

    public long factCount(String feed) {
        return facts.countDocuments(Filters.eq("feed", feed));
    }

    static String factId(String feed, String id) {
        return feed + ":" + id;
    }

    private static Fact fact(Document stored) {
        Document doc = stored.get("doc", Document.class);
        return new Fact(stored.getString("id"), ((Number) stored.get("seq")).longValue(),
                Boolean.TRUE.equals(stored.getBoolean("deleted")), doc == null ? Map.of() : new LinkedHashMap<>(doc));
    }
}
