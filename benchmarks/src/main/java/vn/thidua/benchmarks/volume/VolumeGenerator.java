package vn.thidua.benchmarks.volume;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOptions;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;
import org.bson.Document;

/**
 * Loads realistic volumes into the three databases the services read, through the MongoDB Java Driver with bulk
 * inserts ({@code insertMany}, unordered, 500 a batch), after creating the services' indexes ({@link VolumeIndexes}).
 *
 * <pre>
 * java -cp … vn.thidua.benchmarks.volume.VolumeGenerator mongodb://127.0.0.1:27240 100000 [from] [--units FILE]
 * </pre>
 * loads dossiers {@code from..N} (default from 0) and, proportionally, campaigns (N/100, at least 68), registrations
 * (N/2), progress results (N/2), audit records (N, with the chains' heads), decisions (≈ N/20), award history (one
 * entry per decided dossier, ≈ N/2) and registered units (villages, N/10). Official units are not written: the
 * service imports the real registry on its first start ({@link VolumeUnits}). Prints the documents loaded and the
 * load rate per collection and in all.
 *
 * <p>Indexes are created before the documents, so the store maintains them on each insert, and the services find
 * them present when they start (their own create is a no-op). Measured on the indexed store at 10 k dossiers: built
 * after the load, each dossier index cost a full read of the collection (7–11 s each, ≈ 12 of them), where
 * maintaining them adds a few index entries per insert.
 */
public final class VolumeGenerator {

    private static final int BATCH = 500;

    private VolumeGenerator() {
    }

    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: VolumeGenerator <mongodb-uri> <dossiers> [from-dossiers] [--units <units-2025-07.json>]");
            System.exit(2);
        }
        Path units = Path.of(VolumeUnits.DATASET);
        int from = 0;
        for (int a = 2; a < args.length; a++) {
            if (args[a].equals("--units")) {
                units = Path.of(args[++a]);
            } else {
                from = Integer.parseInt(args[a]);
            }
        }
        try (MongoClient client = MongoClients.create(args[0])) {
            load(client, Integer.parseInt(args[1]), from, VolumeUnits.read(units), System.out);
        }
    }

    /** What one load did: documents and seconds. */
    record Load(long documents, double seconds) {
        double rate() {
            return documents / seconds;
        }
    }

    static Load load(MongoClient client, int dossiers, int from, VolumeUnits units, PrintStream out) {
        MongoDatabase award = client.getDatabase(VolumeIndexes.AWARD);
        MongoDatabase registration = client.getDatabase(VolumeIndexes.REGISTRATION);
        MongoDatabase campaign = client.getDatabase(VolumeIndexes.CAMPAIGN);
        int campaigns = VolumeData.campaignsFor(dossiers);
        int campaignsFrom = from == 0 ? 0 : VolumeData.campaignsFor(from);
        int regs = VolumeData.registrationsFor(dossiers);
        VolumeIndexes.ensure(client, out);
        long start = System.nanoTime();
        // Loads that do not depend on each other; -Dthidua.volume.threads=N runs N at once (the store takes each
        // collection's writes under its own lock and shares commits), -Dthidua.volume.only=dossiers,registrations,…
        // loads only those collections (units and campaigns always: the queries name them).
        List<java.util.concurrent.Callable<Long>> loads = new ArrayList<>();
        loads.add(() -> insert(out, registration.getCollection("units"), from == 0 ? 0 : VolumeUnits.villagesFor(from),
                VolumeUnits.villagesFor(dossiers), units::village)
                + insert(out, campaign.getCollection("campaigns"), campaignsFrom, campaigns, VolumeData::campaign));
        if (wanted("dossiers")) {
            loads.add(() -> insertDossiers(out, award, from, dossiers, campaigns, units));
        }
        if (wanted("decisions")) {
            loads.add(() -> insert(out, award.getCollection("decisions"), VolumeAwards.decisionsFor(from),
                    VolumeAwards.decisionsFor(dossiers), VolumeAwards::decision));
        }
        if (wanted("registrations")) {
            loads.add(() -> insert(out, registration.getCollection("registrations"), VolumeData.registrationsFor(from),
                    regs, i -> VolumeData.registration(i, campaigns, units)));
        }
        if (wanted("progress")) {
            loads.add(() -> insert(out, registration.getCollection("progress"), VolumeData.progressFor(from),
                    VolumeData.progressFor(dossiers), i -> VolumeData.progress(i, regs, campaigns, units)));
        }
        if (wanted("audit_records")) {
            loads.add(() -> {
                long n = insert(out, award.getCollection("audit_records"), VolumeAwards.auditFor(from),
                        VolumeAwards.auditFor(dossiers), VolumeAwards::audit);
                MongoCollection<Document> heads = award.getCollection("audit_heads");
                for (Document head : VolumeAwards.auditHeads(VolumeAwards.auditFor(dossiers))) {
                    heads.replaceOne(new Document("_id", head.get("_id")), head, new ReplaceOptions().upsert(true));
                }
                return n;
            });
        }
        long total = 0;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Integer.getInteger("thidua.volume.threads", 1));
        try {
            for (java.util.concurrent.Future<Long> done : pool.invokeAll(loads)) {
                total += done.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("load interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("load failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("loaded %,d documents in %.1f s: %,.0f documents/s (dossiers %,d → %,d)%n", total, seconds,
                total / seconds, from, dossiers);
        return new Load(total, seconds);
    }

    private static boolean wanted(String collection) {
        String only = System.getProperty("thidua.volume.only", "");
        return only.isBlank() || List.of(only.split(",")).contains(collection);
    }

    /** Dossiers, and the award history entry of each decided one (both from the same document). */
    private static long insertDossiers(PrintStream out, MongoDatabase award, int from, int to, int campaigns,
            VolumeUnits units) {
        List<Document> history = new ArrayList<>();
        MongoCollection<Document> historyCollection = award.getCollection("award_history");
        long[] entries = {0};
        long start = System.nanoTime();
        long n = insert(out, award.getCollection("dossiers"), from, to, i -> {
            Document dossier = VolumeDossiers.dossier(i, campaigns, units);
            Document entry = VolumeAwards.history(dossier);
            if (entry != null) {
                history.add(entry);
                entries[0]++;
                if (history.size() == BATCH) {
                    historyCollection.insertMany(new ArrayList<>(history), new InsertManyOptions().ordered(false));
                    history.clear();
                }
            }
            return dossier;
        });
        if (!history.isEmpty()) {
            historyCollection.insertMany(history, new InsertManyOptions().ordered(false));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        out.printf("  %-34s %,10d documents (with the dossiers above: %,.0f documents/s together)%n",
                historyCollection.getNamespace().getFullName(), entries[0], (n + entries[0]) / seconds);
        return n + entries[0];
    }

    private static long insert(PrintStream out, MongoCollection<Document> collection, long from, long to,
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
