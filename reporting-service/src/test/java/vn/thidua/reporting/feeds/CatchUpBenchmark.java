package vn.thidua.reporting.feeds;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.reporting.readmodel.Change;
import vn.thidua.reporting.readmodel.Projections;
import vn.thidua.reporting.readmodel.ReadModelStore;

/**
 * Catch-up rate of the read model, reporting's side: generated dossiers-feed items (the JSON the feed answers) mapped,
 * applied in batches ({@code -Dthidua.bench.batch}, default {@link FeedFollower#DEFAULT_BATCH}) and their position
 * stored, as {@link FeedFollower} does after downtime. Phase 1:
 * new dossiers; phase 2: half of them again (moved on: counters taken back and added). Prints events/s and page
 * times; asserts nothing about time. Off unless {@code -Dthidua.bench.events=N}; against {@code MONGODB_URI} (e.g. the
 * embedded store started alone on port 27260) or, without it, mongo-java-server in memory.
 *
 * <pre>./mvnw -q -B -o -pl reporting-service test -Dtest=CatchUpBenchmark -Dthidua.bench.events=20000</pre>
 */
class CatchUpBenchmark {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String[] STATUSES = {"DRAFT", "IN_REVIEW", "IN_REVIEW", "IN_APPRAISAL", "APPROVED", "REJECTED",
        "DECIDED", "PUBLISHED", "PUBLISHED", "PUBLISHED"};
    static final String[] FORMS = {"GIAY_KHEN:COMMUNE", "GIAY_KHEN:DISTRICT", "BANG_KHEN_CAP_BO_TINH:MINISTRY_OR_PROVINCE",
        "CO_THI_DUA_CAP_BO_TINH:MINISTRY_OR_PROVINCE", "BANG_KHEN_TTG:STATE"};

    @Test
    void catchUpRate() {
        String events = System.getProperty("thidua.bench.events");
        assumeTrue(events != null, "benchmark: set -Dthidua.bench.events=N");
        int n = Integer.parseInt(events);
        String uri = System.getenv("MONGODB_URI");
        MongoServer memory = null;
        if (uri == null) {
            memory = new MongoServer(new MemoryBackend());
            uri = "mongodb://" + memory.bind().getHostString() + ":" + memory.getLocalAddress().getPort();
        }
        try (MongoClient client = MongoClients.create(uri)) {
            MongoTemplate mongo = new MongoTemplate(client, "bench-reporting-" + System.nanoTime());
            ReadModelStore store = new ReadModelStore(mongo);
            FeedPositions positions = new FeedPositions(mongo);
            Random random = new Random(20261207);
            List<JsonNode> firsts = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                firsts.add(dossier(random, "d" + i, i + 1));
            }
            List<JsonNode> again = new ArrayList<>();
            for (int i = 0; i < n / 2; i++) {
                int which = random.nextInt(n);
                again.add(dossier(random, "d" + which, n + i + 1));
            }
            run("new dossiers", firsts, store, positions);
            run("dossiers again (moved on)", again, store, positions);
            System.out.printf("catch-up: store %s, counters %d%n", memory == null ? uri : "mongo-java-server memory",
                    mongo.getCollection(ReadModelStore.COUNTERS).countDocuments());
        } finally {
            if (memory != null) {
                memory.shutdownNow();
            }
        }
    }

    private static void run(String phase, List<JsonNode> items, ReadModelStore store, FeedPositions positions) {
        int batch = Integer.getInteger("thidua.bench.batch", FeedFollower.DEFAULT_BATCH);
        long started = System.nanoTime();
        List<Long> pageMicros = new ArrayList<>();
        for (int from = 0; from < items.size(); from += batch) {
            long page = System.nanoTime();
            List<Change> changes = new ArrayList<>();
            for (JsonNode item : items.subList(from, Math.min(items.size(), from + batch))) {
                changes.add(ItemMapping.change(Projections.DOSSIERS, item));
            }
            FeedPosition position = positions.load(Projections.DOSSIERS);
            positions.save(new FeedPosition(Projections.DOSSIERS, position.cursor(), null, null, null, null,
                    position.applied(), true));
            store.apply(Projections.DOSSIERS, changes);
            positions.save(new FeedPosition(Projections.DOSSIERS, changes.getLast().seq(), Instant.now(), null,
                    Instant.now(), null, position.applied() + changes.size(), false));
            pageMicros.add((System.nanoTime() - page) / 1000);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long[] sorted = pageMicros.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("catch-up %s: %d events in %.1f s = %.0f events/s; batch of %d p50 %.1f ms, p95 %.1f ms%n",
                phase, items.size(), seconds, items.size() / seconds, batch, sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.95)] / 1000.0);
    }

    /** A dossiers-feed item of one of 34 provinces × 5 districts × 10 communes, 2021–2030 (districts until 2025). */
    static JsonNode dossier(Random random, String id, long seq) {
        String province = String.format("%02d", 1 + random.nextInt(34) * 2);
        int district = random.nextInt(5);
        String commune = province + String.format("%03d", district * 10 + random.nextInt(10));
        int year = 2021 + random.nextInt(10);
        List<String> path = year < 2025 ? Arrays.asList(province, province + district, commune)
                : Arrays.asList(province, commune);
        String[] form = FORMS[random.nextInt(FORMS.length)].split(":");
        String status = STATUSES[random.nextInt(STATUSES.length)];
        return JSON.valueToTree(Map.ofEntries(Map.entry("id", id), Map.entry("changeSeq", seq),
                Map.entry("changedAt", Instant.now().toString()), Map.entry("status", status),
                Map.entry("tenant", province), Map.entry("unitPath", path),
                Map.entry("campaignId", "c" + province + "-" + random.nextInt(3)), Map.entry("year", year),
                Map.entry("awardFormCode", form[0]), Map.entry("awardLevel", form[1]),
                Map.entry("late", random.nextInt(10) == 0), Map.entry("refused", status.equals("REJECTED")),
                Map.entry("revoked", false)));
    }
}
