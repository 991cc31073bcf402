package vn.thidua.award.dossiers;

import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;
import vn.thidua.shared.lists.ListIndexes;
import vn.thidua.shared.security.PlatformPrincipal;

/**
 * Indexes of the dossiers and decisions collections, one per filter their lists offer: tenant first (every scoped
 * query starts with it), the filter field, then the list's sort and {@code _id} (issue 15). The national board has
 * no tenant filter, so its lists get the same indexes without tenant.
 */
@Component
class DossierIndexes {

    /** Dossier list order: most recently updated first, {@code _id} breaking ties (so cursors continue exactly). */
    static final Sort LIST_ORDER = Sort.by(Sort.Direction.DESC, "updatedAt");
    /** Decision list order: newest first. */
    static final Sort DECISION_ORDER = Sort.by(Sort.Direction.DESC, "createdAt");

    /** The equality fields of the dossier list: scope (unit subtree, or a stop on the route) and each filter. */
    static final List<List<String>> DOSSIER_FILTERS = List.of(List.of("tenant"), List.of("tenant", "unitPath"),
            List.of("tenant", "routeUnits"), List.of("tenant", "status"), List.of("tenant", "campaignId"),
            List.of("tenant", "holderUnitCode"), List.of(), List.of("status"), List.of("campaignId"),
            List.of("holderUnitCode"));

    private final MongoTemplate mongo;

    DossierIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ensure() {
        var dossiers = mongo.indexOps("dossiers");
        ListIndexes.declareAll(dossiers, LIST_ORDER, DOSSIER_FILTERS);
        dossiers.createIndex(new Index().on("transitions.audited", Sort.Direction.ASC));
        var decisions = mongo.indexOps("decisions");
        // The unique decision number index (issuing body, year, number) is decisions' DecisionNumberIndex.
        ListIndexes.declareAll(decisions, DECISION_ORDER, List.of(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of()));
        decisions.createIndex(new Index().on("transitions.audited", Sort.Direction.ASC));
    }

    /** The dossier list's filter: the caller's scope and the optional filters, each an equality. */
    static Criteria listFilter(PlatformPrincipal caller, DossierStatus status, String campaignId,
            String holderUnitCode) {
        Criteria criteria = DossierAccess.visibleTo(caller);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (campaignId != null) {
            criteria = criteria.and("campaignId").is(campaignId);
        }
        if (holderUnitCode != null) {
            criteria = criteria.and("holderUnitCode").is(holderUnitCode);
        }
        return criteria;
    }
}
