package vn.thidua.award.dossiers;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the dossiers and decisions collections: tenant first, as every scoped query starts with it. */
@Component
class DossierIndexes {

    private final MongoTemplate mongo;

    DossierIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        var dossiers = mongo.indexOps("dossiers");
        dossiers.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("unitPath", Sort.Direction.ASC)
                .on("updatedAt", Sort.Direction.DESC));
        dossiers.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("routeUnits", Sort.Direction.ASC));
        dossiers.createIndex(new Index().on("transitions.audited", Sort.Direction.ASC));
        var decisions = mongo.indexOps("decisions");
        decisions.createIndex(new Index().on("tenant", Sort.Direction.ASC).on("number", Sort.Direction.ASC).unique());
    }
}
