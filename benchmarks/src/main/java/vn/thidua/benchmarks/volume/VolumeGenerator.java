package vn.thidua.benchmarks.volume;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.bson.Document;

/**
 * Loads realistic volumes into the four databases through the MongoDB Java Driver with bulk inserts
 * ({@code insertMany}, unordered, 500 a batch), after creating the indexes the services create at start-up.
 *
 * <pre>
 * java -cp … vn.thidua.benchmarks.volume.VolumeGenerator mongodb://127.0.0.1:27201 100000 [from]
 * </pre>
 * loads dossiers {@code from..N} (default from 0) and, proportionally, campaigns (N/100, at least 68),
 * registrations (N/2), progress results (N/2), audit records (N); the unit registry (34 provinces × 141 units) once.
 * Prints the documents loaded and the load rate per collection and in all.
 */
public final class VolumeGenerator {

    private static final int BATCH = 500;

    private VolumeGenerator() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: VolumeGenerator <mongodb-uri> <dossiers> [from-dossiers]");
            System.exit(2);
        }
        try (MongoClient client = MongoClients.create(args[0])) {
            load(client, Integer.parseInt(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 0, System.out);
        }
    }

    /** What one load did: documents and seconds. */
    record Load(long documents, double seconds) {
        double rate() {
            return documents / seconds;
        }
    }

    static Load load(MongoClient client, int dossiers, int from, java.io.PrintStream out) {
        MongoDatabase award = client.getDatabase("thidua-award");
        MongoDatabase registration = client.getDatabase("thidua-registration");
        MongoDatabase campaign = client.getDatabase("thidua-campaign");
        ensureIndexes(award, registration, campaign);
        int campaigns = VolumeData.campaignsFor(dossiers);
        int campaignsFrom = from == 0 ? 0 : VolumeData.campaignsFor(from);
        long total = 0;
        long start = System.nanoTime();
        if (from == 0) {
            List<Document> units = new ArrayList<>();
            for (String tenant : VolumeData.TENANTS) {
                units.addAll(VolumeData.units(tenant));
            }
            total += insert(out, registration.getCollection("units"), 0, units.size(), i -> units.get((int) i));
        }
        total += insert(out, campaign.getCollection("campaigns"), campaignsFrom, campaigns, VolumeData::campaign);
        total += insert(out, award.getCollection("dossiers"), from, dossiers, i -> VolumeDossiers.dossier(i, campaigns));
        int regs = VolumeData.registrationsFor(dossiers);
        total += insert(out, registration.getCollection("registrations"), VolumeData.registrationsFor(from), regs,
                i -> VolumeData.registration(i, campaigns));
        total += insert(out, registration.getCollection("progress"), VolumeData.progressFor(from),
                VolumeData.progressFor(dossiers), i -> VolumeData.progress(i, regs, campaigns));
        total += insert(out, award.getCollection("audit_records"), VolumeData.auditFor(from),
                VolumeData.auditFor(dossiers), VolumeData::audit);
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("loaded %,d documents in %.1f s: %,.0f documents/s (dossiers %,d → %,d)%n", total, seconds,
                total / seconds, from, dossiers);
        return new Load(total, seconds);
    }

    /** The indexes the services create at start-up (DossierIndexes, Campaigns, Registrations …). */
    static void ensureIndexes(MongoDatabase award, MongoDatabase registration, MongoDatabase campaign) {
        MongoCollection<Document> dossiers = award.getCollection("dossiers");
        dossiers.createIndex(new Document("tenant", 1).append("unitPath", 1).append("updatedAt", -1));
        dossiers.createIndex(new Document("tenant", 1).append("routeUnits", 1));
        dossiers.createIndex(new Document("transitions.audited", 1));
        award.getCollection("decisions").createIndex(new Document("tenant", 1).append("number", 1),
                new IndexOptions().unique(true));
        award.getCollection("audit_records").createIndex(new Document("chain", 1).append("sequence", 1),
                new IndexOptions().unique(true).name("chain_sequence"));
        MongoCollection<Document> campaigns = campaign.getCollection("campaigns");
        campaigns.createIndex(new Document("tenant", 1).append("plan.code", 1),
                new IndexOptions().unique(true).name("tenant_plan_code_unique"));
        campaigns.createIndex(new Document("tenant", 1).append("unitPath", 1), new IndexOptions().name("tenant_unitPath"));
        campaigns.createIndex(new Document("tenant", 1).append("status", 1).append("ownerUnitCode", 1),
                new IndexOptions().name("tenant_status_owner"));
        MongoCollection<Document> regs = registration.getCollection("registrations");
        regs.createIndex(new Document("tenant", 1).append("campaignId", 1).append("year", 1).append("unitCode", 1),
                new IndexOptions().unique(true).name("one_per_unit"));
        regs.createIndex(new Document("tenant", 1).append("recipients", 1));
        regs.createIndex(new Document("changeSeq", 1));
        registration.getCollection("units").createIndex(new Document("tenant", 1).append("path", 1));
        registration.getCollection("progress").createIndex(new Document("tenant", 1).append("registrationId", 1));
    }

    private static long insert(java.io.PrintStream out, MongoCollection<Document> collection, long from, long to,
            LongFunction<Document> make) {
        if (to <= from) {
            return 0;
        }
        long start = System.nanoTime();
        List<Document> batch = new ArrayList<>(BATCH);
        for (long i = from; i < to; i++) {
            batch.add(make.apply(i));
            if (batch.size() == BATCH) {
                collection.insertMany(batch, new InsertManyOptions().ordered(false));
                batch = new ArrayList<>(BATCH);
            }
        }
        if (!batch.isEmpty()) {
            collection.insertMany(batch, new InsertManyOptions().ordered(false));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("  %-34s %,10d documents in %6.1f s: %,8.0f documents/s%n",
                collection.getNamespace().getFullName(), to - from, seconds, (to - from) / seconds);
        return to - from;
    }
}
