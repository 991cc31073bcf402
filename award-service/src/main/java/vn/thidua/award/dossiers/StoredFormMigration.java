package vn.thidua.award.dossiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.shared.lists.LongReads;

/**
 * Dossiers stored before figures and path levels became {@code {key, value}} lists (plan and unit codes as field
 * names, which broke saves) are rewritten once at start, so they read again. Idempotent: a dossier already in the
 * list form is left alone. Findings need nothing: their reader accepts both forms.
 */
@Component
class StoredFormMigration {

    private static final Logger log = LoggerFactory.getLogger(StoredFormMigration.class);

    /** Where finished one-off migrations are marked, so a start does not repeat them. */
    static final String MIGRATIONS = "migrations";
    private static final String DONE = "dossier-figures-as-lists";

    private final MongoTemplate mongo;

    StoredFormMigration(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    int migrate() {
        // Once per store (issue 15): every start used to read every dossier; a store of a million would not start
        // within the query time limit. The walk goes in _id order, each batch under the limit (LongReads).
        if (mongo.exists(Query.query(Criteria.where("_id").is(DONE)), MIGRATIONS)) {
            return 0;
        }
        int rewritten = 0;
        Document fields = new Document("figures", 1).append("pathLevels", 1);
        try (var all = LongReads.stream(mongo, "dossiers", new Document(), fields, new Document("_id", 1),
                document -> document)) {
            for (Document stored : (Iterable<Document>) all::iterator) {
                if (rewrite(stored)) {
                    rewritten++;
                }
            }
        }
        mongo.save(new Document("_id", DONE).append("rewritten", rewritten), MIGRATIONS);
        if (rewritten > 0) {
            log.info("Rewrote figures and path levels of {} stored dossiers as {{key, value}} lists", rewritten);
        }
        return rewritten;
    }

    private boolean rewrite(Document stored) {
        Update update = new Update();
        boolean old = false;
        if (stored.get("figures") instanceof Document figures) {
            List<Document> list = new ArrayList<>();
            figures.forEach((key, value) -> list.add(new Document("key", key).append("value", value)));
            update.set("figures", list);
            old = true;
        }
        if (stored.get("pathLevels") instanceof Document levels) {
            List<Document> list = new ArrayList<>();
            for (Map.Entry<String, Object> entry : levels.entrySet()) {
                list.add(new Document("unitCode", entry.getKey()).append("level", entry.getValue()));
            }
            update.set("pathLevels", list);
            old = true;
        }
        if (old) {
            mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.get("_id"))), update, "dossiers");
        }
        return old;
    }
}
