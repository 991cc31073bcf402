package vn.thidua.award.dossiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import vn.thidua.award.checks.InMemoryStore;

/**
 * A dossier stored before figures and path levels became {@code {key, value}} lists (plan and unit codes as field
 * names) is rewritten once, in the in-memory store through the MongoDB Java Driver; a second run changes nothing.
 */
class StoredFormMigrationTest {

    static final InMemoryStore store = new InMemoryStore();

    @AfterAll
    static void stop() {
        store.close();
    }

    @Test
    void aDossierStoredWithFiguresAndLevelsAsFieldNamesIsRewrittenOnceAsLists() {
        MongoTemplate mongo = store.mongo;
        mongo.insert(new Document("_id", "old").append("figures", new Document("CONTRIBUTION_VND", 6.0E7))
                .append("pathLevels", new Document("44", "PROVINCE").append("19597", "COMMUNE")), "dossiers");
        mongo.insert(new Document("_id", "new").append("figures", List.of(new Document("key", "CONTRIBUTION_VND")
                .append("value", 1.0E8))), "dossiers");
        StoredFormMigration migration = new StoredFormMigration(mongo);

        assertThat(migration.migrate()).isEqualTo(1);
        assertThat(migration.migrate()).isZero();

        Document stored = mongo.findById("old", Document.class, "dossiers");
        assertThat(stored.getList("figures", Document.class)).singleElement().satisfies(f -> {
            assertThat(f.getString("key")).isEqualTo("CONTRIBUTION_VND");
            assertThat(f.get("value")).isEqualTo(6.0E7);
        });
        assertThat(stored.getList("pathLevels", Document.class)).extracting(l -> l.getString("unitCode") + "="
                + l.getString("level")).containsExactly("44=PROVINCE", "19597=COMMUNE");
        assertThat(mongo.findById("new", Document.class, "dossiers").getList("figures", Document.class))
                .singleElement().satisfies(f -> assertThat(f.get("value")).isEqualTo(1.0E8));
    }
}
