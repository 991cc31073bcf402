package vn.thidua.award.decisions;

import org.bson.Document;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.shared.lists.LongReads;

/**
 * The unique index behind {@link DecisionNumbers}: (issuing body, year, number). Decisions stored before it get
 * their year from their signing date first, and the old per-province index (tenant, number) goes: with it a
 * commune could not reuse the province's number, nor a body its own number in the next year.
 */
@Component
class DecisionNumberIndex {

    private static final String MIGRATIONS = "migrations";
    private static final String DONE = "decision-number-years";

    private final MongoTemplate mongo;

    DecisionNumberIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void ensure() {
        // Once per store, walking in _id order in batches under the query limit (as the dossiers' migrations do).
        if (!mongo.exists(Query.query(Criteria.where("_id").is(DONE)), MIGRATIONS)) {
            try (var all = LongReads.stream(mongo, Decision.class, new Document(), new Document("_id", 1))) {
                all.filter(stored -> stored.year == null && stored.signedOn != null).forEach(stored ->
                        mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id)),
                                new Update().set(DecisionNumbers.YEAR, stored.signedOn.getYear()), Decision.class));
            }
            mongo.save(new Document("_id", DONE), MIGRATIONS);
        }
        IndexOperations decisions = mongo.indexOps(Decision.class);
        decisions.getIndexInfo().stream().filter(i -> i.isUnique() && i.getIndexFields().size() == 2
                && "tenant".equals(i.getIndexFields().get(0).getKey())
                && DecisionNumbers.NUMBER.equals(i.getIndexFields().get(1).getKey()))
                .forEach(i -> decisions.dropIndex(i.getName()));
        decisions.createIndex(new Index().on(DecisionNumbers.UNIT, Sort.Direction.ASC)
                .on(DecisionNumbers.YEAR, Sort.Direction.ASC).on(DecisionNumbers.NUMBER, Sort.Direction.ASC)
                .unique());
    }
}
