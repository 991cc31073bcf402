package vn.thidua.registration.units.importing;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.bulk.BulkWriteResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;
import vn.thidua.registration.units.OfficialUnits;
import vn.thidua.registration.units.Succession;
import vn.thidua.registration.units.Unit;
import vn.thidua.registration.units.UnitFeed;
import vn.thidua.registration.units.importing.ImportReport.WriteCounts;
import vn.thidua.shared.sync.ChangeFeed;

/**
 * Loads the bundled official dataset ({@code classpath:admin-units/}) into the store.
 *
 * <p>At start-up it runs only when the dataset's checksum (SHA-256 of the three files and of {@link #READER}, the
 * version of the reading rules) differs from the last successful import recorded in {@code unit_imports}, so a
 * normal restart costs one small read. Writes are idempotent: every unit is replaced by its natural key
 * {@code (level, code, validFrom)} (its {@code _id}), every succession by {@code (from, to, date)}, with upsert;
 * running it twice changes nothing, and the report says so. Into an empty collection the first load inserts in
 * bulk instead (same documents, many times faster on small servers). Each write touches one document, so
 * nothing needs a transaction; an interrupted import leaves the old checksum in place and runs again.
 * Documents of units registered through the API are never touched (other {@code _id} shape). New and changed
 * documents are stamped for the change feeds ({@link ImportStamps}); unchanged ones keep their stamps.
 */
@Component
public class AdminUnitImport implements ApplicationRunner {

    /** Bump when the reading rules change, so that the next start re-imports the same files. */
    public static final String READER = "admin-units-reader/1";
    static final String STATE_ID = "admin-units";
    private static final Logger log = LoggerFactory.getLogger(AdminUnitImport.class);
    private static final int BATCH = 1000;

    private final MongoTemplate mongo;
    private final ChangeFeed feed;
    private final OfficialUnits cache;
    private final ResourceLoader resources;
    private final String location;
    private final boolean onStartup;
    private final boolean preload;
    private final Clock clock = Clock.systemUTC();

    /** What the store remembers of the imports: one document. */
    @org.springframework.data.mongodb.core.mapping.Document("unit_imports")
    public record ImportState(@Id String id, String succeededChecksum, Instant succeededAt, ImportReport report) {
    }

    public AdminUnitImport(MongoTemplate mongo, ChangeFeed feed, OfficialUnits cache, ResourceLoader resources,
            @Value("${thidua.units.dataset:classpath:admin-units/}") String location,
            @Value("${thidua.units.import-on-startup:true}") boolean onStartup,
            @Value("${thidua.units.preload:true}") boolean preload) {
        this.mongo = mongo;
        this.feed = feed;
        this.cache = cache;
        this.resources = resources;
        this.location = location.endsWith("/") ? location : location + "/";
        this.onStartup = onStartup;
        this.preload = preload;
    }

    @Override
    public void run(ApplicationArguments args) {
        ImportReport report = onStartup ? importIfChanged() : null;
        if (report == null && preload) {
            cache.preload();
        }
    }

    /** Imports unless the last successful import was of exactly this dataset; answers null when skipped. */
    public ImportReport importIfChanged() {
        Dataset dataset = readDataset();
        ImportState state = mongo.findById(STATE_ID, ImportState.class);
        if (state != null && dataset.checksum().equals(state.succeededChecksum())) {
            log.info("Administrative units: dataset unchanged since {} (checksum {}), import skipped",
                    state.succeededAt(), dataset.checksum().substring(0, 12));
            return null;
        }
        return run(dataset);
    }

    /** Imports whatever the store holds (an administrator's re-run); idempotent. */
    public ImportReport importNow() {
        return run(readDataset());
    }

    public ImportReport lastReport() {
        ImportState state = mongo.findById(STATE_ID, ImportState.class);
        return state == null ? null : state.report();
    }

    private synchronized ImportReport run(Dataset dataset) {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        ImportReport report;
        try {
            AdminUnitDataset.Parsed parsed = AdminUnitDataset.parse(dataset.before(), dataset.after(),
                    dataset.conversion());
            long parsedAt = System.nanoTime();
            WriteCounts units = write(mongo.getCollection(mongo.getCollectionName(Unit.class)),
                    parsed.units(), Criteria.where("official").is(true), UnitFeed.UNITS);
            long unitsAt = System.nanoTime();
            WriteCounts successions = write(mongo.getCollection(mongo.getCollectionName(Succession.class)),
                    parsed.successions(), new Criteria(), UnitFeed.SUCCESSIONS);
            long successionsAt = System.nanoTime();
            Map<String, Long> timings = new LinkedHashMap<>();
            timings.put("read", (parsedAt - t0) / 1_000_000);
            timings.put("units", (unitsAt - parsedAt) / 1_000_000);
            timings.put("successions", (successionsAt - unitsAt) / 1_000_000);
            Instant finished = clock.instant();
            report = new ImportReport(dataset.name(), dataset.checksum(), "COMPLETED", null, started, finished,
                    Duration.between(started, finished).toMillis(), timings, parsed.files(), parsed.totals(), units,
                    successions, units.changedNothing() && successions.changedNothing(), parsed.skipped(),
                    parsed.warnings());
            mongo.save(new ImportState(STATE_ID, dataset.checksum(), finished, report));
            log.info(report.summary());
        } catch (RuntimeException failure) {
            Instant finished = clock.instant();
            report = new ImportReport(dataset.name(), dataset.checksum(), "FAILED", failure.toString(), started,
                    finished, Duration.between(started, finished).toMillis(), Map.of(), List.of(), null, WriteCounts.NONE,
                    WriteCounts.NONE, false, List.of(), List.of());
            // Keep the last successful checksum: the next start tries again.
            mongo.upsert(Query.query(Criteria.where("_id").is(STATE_ID)), Update.update("report", report),
                    ImportState.class);
            log.error(report.summary(), failure);
        } finally {
            if (preload) {
                cache.preload();
            } else {
                cache.invalidate();
            }
        }
        return report;
    }

    /**
     * Bulk insert into an empty collection, else replace-by-_id with upsert; counts new, changed and unchanged
     * documents (the server reports a replacement by an identical document as matched, not modified).
     */
    private WriteCounts write(MongoCollection<Document> collection, List<?> items, Criteria existing,
            String feedName) {
        List<Document> documents = new ArrayList<>(items.size());
        for (Object item : items) {
            Document document = new Document();
            mongo.getConverter().write(item, document);
            documents.add(document);
        }
        // "Any at all?": a count that stops at the first match, not a count of the whole set (issue 15).
        boolean empty = collection.countDocuments(Query.query(existing).getQueryObject(),
                new com.mongodb.client.model.CountOptions().limit(1)) == 0;
        long inserted = 0;
        long updated = 0;
        long unchanged = 0;
        for (int from = 0; from < documents.size(); from += BATCH) {
            List<Document> batch = documents.subList(from, Math.min(documents.size(), from + BATCH));
            if (empty) {
                ImportStamps.stampAll(feed, feedName, batch);
                collection.insertMany(batch, new InsertManyOptions().ordered(false));
                inserted += batch.size();
                continue;
            }
            ImportStamps.stampChanged(collection, feed, feedName, batch);
            List<ReplaceOneModel<Document>> replacements = new ArrayList<>(batch.size());
            for (Document document : batch) {
                replacements.add(new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document,
                        new ReplaceOptions().upsert(true)));
            }
            BulkWriteResult result = collection.bulkWrite(replacements, new BulkWriteOptions().ordered(false));
            inserted += result.getUpserts().size();
            updated += result.getModifiedCount();
            unchanged += result.getMatchedCount() - result.getModifiedCount();
        }
        return new WriteCounts(inserted, updated, unchanged);
    }

    record Dataset(String name, String checksum, String before, String after, String conversion) {
    }

    private Dataset readDataset() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : List.of(AdminUnitDataset.BEFORE_FILE, AdminUnitDataset.AFTER_FILE,
                AdminUnitDataset.CONVERSION_FILE)) {
            Resource resource = resources.getResource(location + file);
            try (InputStream in = resource.getInputStream()) {
                files.put(file, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the administrative-unit dataset file " + location + file, e);
            }
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(READER.getBytes(StandardCharsets.UTF_8));
            files.forEach((name, bytes) -> {
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update(bytes);
            });
            String checksum = HexFormat.of().formatHex(digest.digest());
            return new Dataset(location + " (" + String.join(", ", files.keySet()) + ")", checksum,
                    utf8(files.get(AdminUnitDataset.BEFORE_FILE)), utf8(files.get(AdminUnitDataset.AFTER_FILE)),
                    utf8(files.get(AdminUnitDataset.CONVERSION_FILE)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
