package vn.thidua.benchmarks.volume;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.IndexOptions;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * The indexes the services declare at start-up, in one place, for the collections the generator writes:
 * award-service {@code DossierIndexes}, {@code AuditTrail}, {@code AwardHistory}; campaign-service
 * {@code Campaigns}; registration-service {@code Registrations}, {@code Progress}, {@code ChangeSequence},
 * {@code OfficialUnits}. Same keys and same names (an unnamed index gets the driver's {@code field_1_other_-1},
 * as Spring names it), because a real MongoDB refuses the same keys under another name when the service starts.
 *
 * <p>A list index is written as the services' {@code ListIndexes.declareAll} expands it: per set of equality fields,
 * those fields ascending, then the list's sort keys (a key the filter pins is left out) and {@code _id} in the
 * direction of the last sort key (the keyset tiebreaker). Update this class when a service's declarations change.
 */
final class VolumeIndexes {

    static final String AWARD = "thidua-award";
    static final String CAMPAIGN = "thidua-campaign";
    static final String REGISTRATION = "thidua-registration";

    /** One index: database, collection, keys (1 / -1 in order), unique, name (null = the driver's default). */
    record Spec(String db, String collection, Document keys, boolean unique, String name) {
    }

    static final List<Spec> ALL = build();

    private VolumeIndexes() {
    }

    private static List<Spec> build() {
        List<Spec> all = new ArrayList<>();
        // award-service: DossierIndexes (dossiers, decisions), AuditTrail, AwardHistory.
        lists(all, AWARD, "dossiers", keys("updatedAt", -1), sets(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of("tenant", "routeUnits"), List.of("tenant", "status"), List.of("tenant", "campaignId"),
                List.of("tenant", "holderUnitCode"), List.of(), List.of("status"), List.of("campaignId"),
                List.of("holderUnitCode")));
        all.add(new Spec(AWARD, "dossiers", keys("transitions.audited", 1), false, null));
        all.add(new Spec(AWARD, "decisions", keys("tenant", 1, "number", 1), true, null));
        lists(all, AWARD, "decisions", keys("createdAt", -1), sets(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of()));
        all.add(new Spec(AWARD, "decisions", keys("transitions.audited", 1), false, null));
        all.add(new Spec(AWARD, "audit_records", keys("eventId", 1), true, "eventId_unique"));
        all.add(new Spec(AWARD, "audit_records", keys("chain", 1, "sequence", 1), true, "chain_sequence_unique"));
        lists(all, AWARD, "audit_records", keys("sequence", 1), sets(List.of("chain"), List.of("chain", "subjectId")));
        lists(all, AWARD, "audit_records", keys("at", 1, "chain", 1, "sequence", 1), sets(List.of(),
                List.of("subjectId")));
        lists(all, AWARD, "award_history", keys("awardedOn", 1), sets(List.of("tenant", "personalId"),
                List.of("tenant", "nomineeUnitCode"), List.of("tenant"), List.of("personalId"),
                List.of("nomineeUnitCode"), List.of()));
        // campaign-service: Campaigns.
        all.add(new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "plan.code", 1), true, "tenant_plan_code_unique"));
        all.add(new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "unitPath", 1), false, "tenant_unitPath"));
        all.add(new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "status", 1, "ownerUnitCode", 1), false,
                "tenant_status_owner"));
        lists(all, CAMPAIGN, "campaigns", keys("plan.code", 1), sets(List.of("tenant"), List.of("tenant", "unitPath"),
                List.of("tenant", "ownerUnitCode"), List.of("tenant", "status"), List.of(), List.of("status")));
        all.add(new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "plan.parentCampaignId", 1), false, "tenant_parent"));
        // registration-service: Registrations, Progress (both with the ChangeSequence feed), OfficialUnits.
        List<List<String>> feedScopes = sets(List.of("tenant"), List.of("tenant", "unitPath"), List.of());
        all.add(new Spec(REGISTRATION, "registrations", keys("tenant", 1, "campaignId", 1, "year", 1, "unitCode", 1),
                true, "one_per_unit"));
        all.add(new Spec(REGISTRATION, "registrations", keys("tenant", 1, "recipients", 1), false, null));
        all.add(new Spec(REGISTRATION, "registrations", keys("changeSeq", 1), false, null));
        lists(all, REGISTRATION, "registrations", keys("year", 1, "unitCode", 1), sets(List.of("tenant"),
                List.of("tenant", "unitPath"), List.of("tenant", "recipients"), List.of("tenant", "campaignId"),
                List.of("tenant", "status"), List.of("tenant", "reviewerCode"), List.of("tenant", "unitCode"), List.of(),
                List.of("campaignId"), List.of("status"), List.of("reviewerCode"), List.of("unitCode")));
        lists(all, REGISTRATION, "registrations", keys("changeSeq", 1), feedScopes);
        lists(all, REGISTRATION, "registrations", keys("changeSeq", 1), sets(List.of("tenant", "recipients")));
        all.add(new Spec(REGISTRATION, "progress", keys("tenant", 1, "unitCode", 1, "indicator", 1, "measuredOn", -1),
                false, null));
        all.add(new Spec(REGISTRATION, "progress", keys("changeSeq", 1), false, null));
        lists(all, REGISTRATION, "progress", keys("measuredOn", 1, "createdAt", 1), sets(List.of("tenant"),
                List.of("tenant", "unitPath"), List.of("tenant", "unitCode"), List.of("tenant", "indicator"),
                List.of("tenant", "campaignId"), List.of(), List.of("unitCode"), List.of("indicator"),
                List.of("campaignId")));
        lists(all, REGISTRATION, "progress", keys("changeSeq", 1), feedScopes);
        all.add(new Spec(REGISTRATION, "units", keys("code", 1, "validFrom", 1), false, "code_validFrom"));
        all.add(new Spec(REGISTRATION, "units", keys("parentCode", 1, "validFrom", 1), false, "parentCode_validFrom"));
        all.add(new Spec(REGISTRATION, "units", keys("searchKeys", 1), false, "searchKeys"));
        all.add(new Spec(REGISTRATION, "units", keys("tenant", 1, "level", 1, "searchKey", 1), false,
                "tenant_level_searchKey"));
        all.add(new Spec(REGISTRATION, "units", keys("level", 1, "validTo", 1), false, "level_validTo"));
        return List.copyOf(all);
    }

    /** As {@code ListIndexes.declareAll}: one index per equality set, the sort after it, {@code _id} last. */
    static void lists(List<Spec> all, String db, String collection, Document sort, List<List<String>> equalitySets) {
        for (List<String> equalities : equalitySets) {
            Document keys = new Document();
            equalities.forEach(field -> keys.append(field, 1));
            Object last = 1;
            for (String field : sort.keySet()) {
                last = sort.get(field);
                if (!equalities.contains(field)) {
                    keys.append(field, last);
                }
            }
            keys.append("_id", last);
            all.add(new Spec(db, collection, keys, false, null));
        }
    }

    @SafeVarargs
    private static List<List<String>> sets(List<String>... sets) {
        return List.of(sets);
    }

    static Document keys(Object... pairs) {
        Document keys = new Document();
        for (int i = 0; i < pairs.length; i += 2) {
            keys.append((String) pairs[i], pairs[i + 1]);
        }
        return keys;
    }

    /** Creates every index (a no-op for one that exists); prints the time, which on an indexed store is a build. */
    static void ensure(MongoClient client, PrintStream out) {
        long start = System.nanoTime();
        for (Spec spec : ALL) {
            long one = System.nanoTime();
            IndexOptions options = new IndexOptions().unique(spec.unique());
            if (spec.name() != null) {
                options.name(spec.name());
            }
            client.getDatabase(spec.db()).getCollection(spec.collection()).createIndex(spec.keys(), options);
            double seconds = (System.nanoTime() - one) / 1e9;
            if (seconds >= 5) {
                out.printf("    index %s.%s %s: %.1f s%n", spec.db(), spec.collection(), spec.keys().toJson(), seconds);
            }
        }
        out.printf("  indexes: %d created or present in %.1f s%n", ALL.size(), (System.nanoTime() - start) / 1e9);
    }
}
