package vn.thidua.benchmarks.volume;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.IndexOptions;
import java.io.PrintStream;
import java.util.List;
import org.bson.Document;

/**
 * The indexes the services declare at start-up, in one place: award-service {@code DossierIndexes},
 * {@code AuditTrail}, {@code AwardHistory}; campaign-service {@code Campaigns}; registration-service
 * {@code Registrations}, {@code Progress}, {@code OfficialUnits}. Same keys, same names (Spring's default name for an
 * unnamed index is the driver's {@code field_1_other_-1}), because a real MongoDB refuses the same keys under another
 * name when the service starts. Only the collections the generator writes are listed. Update this list when a
 * service's declarations change.
 */
final class VolumeIndexes {

    static final String AWARD = "thidua-award";
    static final String CAMPAIGN = "thidua-campaign";
    static final String REGISTRATION = "thidua-registration";

    /** One index: database, collection, keys (1 / -1 in order), unique, name (null = the driver's default). */
    record Spec(String db, String collection, Document keys, boolean unique, String name) {
    }

    static final List<Spec> ALL = List.of(
            new Spec(AWARD, "dossiers", keys("tenant", 1, "unitPath", 1, "updatedAt", -1), false, null),
            new Spec(AWARD, "dossiers", keys("tenant", 1, "routeUnits", 1), false, null),
            new Spec(AWARD, "dossiers", keys("transitions.audited", 1), false, null),
            new Spec(AWARD, "decisions", keys("tenant", 1, "number", 1), true, null),
            new Spec(AWARD, "audit_records", keys("eventId", 1), true, "eventId_unique"),
            new Spec(AWARD, "audit_records", keys("chain", 1, "sequence", 1), true, "chain_sequence_unique"),
            new Spec(AWARD, "audit_records", keys("chain", 1, "subjectId", 1, "sequence", 1), false, "chain_subject"),
            new Spec(AWARD, "audit_records", keys("chain", 1, "at", 1), false, "chain_at"),
            new Spec(AWARD, "award_history", keys("tenant", 1, "personalId", 1), false, "tenant_personalId"),
            new Spec(AWARD, "award_history", keys("tenant", 1, "nomineeUnitCode", 1, "awardedOn", 1), false,
                    "tenant_unit_day"),
            new Spec(AWARD, "award_history", keys("tenant", 1, "nameKey", 1), false, "tenant_nameKey"),
            new Spec(AWARD, "award_history", keys("personalId", 1), false, "personalId"),
            new Spec(AWARD, "award_history", keys("nomineeUnitCode", 1, "awardedOn", 1), false, "unit_day"),
            new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "plan.code", 1), true, "tenant_plan_code_unique"),
            new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "unitPath", 1), false, "tenant_unitPath"),
            new Spec(CAMPAIGN, "campaigns", keys("tenant", 1, "status", 1, "ownerUnitCode", 1), false,
                    "tenant_status_owner"),
            new Spec(REGISTRATION, "registrations", keys("tenant", 1, "campaignId", 1, "year", 1, "unitCode", 1), true,
                    "one_per_unit"),
            new Spec(REGISTRATION, "registrations", keys("tenant", 1, "recipients", 1), false, null),
            new Spec(REGISTRATION, "registrations", keys("changeSeq", 1), false, null),
            new Spec(REGISTRATION, "progress", keys("tenant", 1, "unitCode", 1, "indicator", 1, "measuredOn", -1), false,
                    null),
            new Spec(REGISTRATION, "progress", keys("changeSeq", 1), false, null),
            new Spec(REGISTRATION, "units", keys("code", 1, "validFrom", 1), false, "code_validFrom"),
            new Spec(REGISTRATION, "units", keys("parentCode", 1, "validFrom", 1), false, "parentCode_validFrom"),
            new Spec(REGISTRATION, "units", keys("searchKeys", 1), false, "searchKeys"),
            new Spec(REGISTRATION, "units", keys("tenant", 1, "level", 1, "searchKey", 1), false,
                    "tenant_level_searchKey"),
            new Spec(REGISTRATION, "units", keys("level", 1, "validTo", 1), false, "level_validTo"));

    private VolumeIndexes() {
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
            IndexOptions options = new IndexOptions().unique(spec.unique());
            if (spec.name() != null) {
                options.name(spec.name());
            }
            client.getDatabase(spec.db()).getCollection(spec.collection()).createIndex(spec.keys(), options);
        }
        out.printf("  indexes: %d created or present in %.1f s%n", ALL.size(), (System.nanoTime() - start) / 1e9);
    }
}
