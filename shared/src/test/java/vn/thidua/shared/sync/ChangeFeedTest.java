package vn.thidua.shared.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.thidua.shared.error.ProblemException;

/** The protocol itself, on a real wire-protocol store and a clock the test moves: settle gate, merge, backfill. */
class ChangeFeedTest {

    static MongoServer server;
    static MongoClient client;
    final MovableClock clock = new MovableClock(Instant.parse("2026-12-07T10:00:00Z"));
    MongoTemplate mongo;
    ChangeFeed feed;

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bind().getHostString() + ":"
                + server.getLocalAddress().getPort());
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void setUp() {
        mongo = new MongoTemplate(client, "feed-" + System.nanoTime());
        feed = new ChangeFeed(mongo, clock, Duration.ofSeconds(2));
    }

    void write(String id, String tenant, Stamp stamp) {
        mongo.getCollection("things").replaceOne(new Document("_id", id),
                new Document("_id", id).append("tenant", tenant).append(Stamp.SEQ, stamp.seq())
                        .append(Stamp.AT, Date.from(stamp.at())),
                new com.mongodb.client.model.ReplaceOptions().upsert(true));
    }

    ChangePage<String> read(long since, int size, String tenant) {
        Criteria scope = tenant == null ? new Criteria() : Criteria.where("tenant").is(tenant);
        return feed.changes(since, size, List.of(ChangeFeed.Source.of("things", scope, d -> d.getString("_id")),
                ChangeFeed.Source.<String>tombstones("things", scope, t -> "deleted:" + t.id())));
    }

    @Test
    void aSlowWritersLowerNumberIsNeverSkipped() {
        Stamp slow = feed.next("things");          // taken, not written yet
        write("fast", "12", feed.next("things"));  // a higher number, written at once
        clock.advance(Duration.ofSeconds(1));
        ChangePage<String> early = read(0, 10, null);
        assertThat(early.items()).as("nothing settled yet").isEmpty();
        assertThat(early.nextCursor()).isZero();
        assertThat(early.more()).isTrue();
        write("slow", "12", slow);                 // the slow writer finishes within the lag
        clock.advance(Duration.ofSeconds(2));
        ChangePage<String> settled = read(early.nextCursor(), 10, null);
        assertThat(settled.items()).containsExactly("slow", "fast");
        assertThat(settled.more()).isFalse();
    }

    @Test
    void theFeedStopsBeforeTheFirstUnsettledItem() {
        write("a", "12", feed.next("things"));
        clock.advance(Duration.ofSeconds(3));
        write("b", "12", feed.next("things"));
        write("c", "12", feed.next("things"));
        ChangePage<String> page = read(0, 10, null);
        assertThat(page.items()).containsExactly("a");
        assertThat(page.more()).as("b and c are on their way").isTrue();
        clock.advance(Duration.ofSeconds(2));
        assertThat(read(page.nextCursor(), 10, null).items()).containsExactly("b", "c");
    }

    @Test
    void anItemWrittenAgainComesAgainLaterNeverTwiceInOnePage_andTombstonesMergeInOrder() {
        write("a", "12", feed.next("things"));
        write("b", "12", feed.next("things"));
        write("x", "04", feed.next("things"));
        clock.advance(Duration.ofSeconds(3));
        ChangePage<String> first = read(0, 1, null);
        assertThat(first.items()).containsExactly("a");
        write("a", "12", feed.next("things"));
        mongo.getCollection("things").deleteOne(new Document("_id", "b"));
        feed.tombstone("things", "b", new Document("tenant", "12"));
        clock.advance(Duration.ofSeconds(3));
        ChangePage<String> rest = read(first.nextCursor(), 10, null);
        assertThat(rest.items()).containsExactly("x", "a", "deleted:b");
        assertThat(read(0, 10, "12").items()).as("scope applies to tombstones too").containsExactly("a", "deleted:b");
        assertThat(read(0, 10, "04").items()).containsExactly("x");
        ChangePage<String> two = read(0, 2, null);
        assertThat(two.items()).containsExactly("x", "a");
        assertThat(two.more()).isTrue();
    }

    @Test
    void backfillStampsOnlyUnstampedDocuments_inBlocks() {
        write("stamped", "12", feed.next("things"));
        for (int i = 0; i < 5; i++) {
            mongo.getCollection("things").insertOne(new Document("_id", "old" + i).append("tenant", "12"));
        }
        assertThat(feed.backfill("things", "things", 2)).isEqualTo(5);
        assertThat(feed.backfill("things", "things", 2)).isZero();
        clock.advance(Duration.ofSeconds(3));
        assertThat(read(0, 10, null).items()).containsExactly("stamped", "old0", "old1", "old2", "old3", "old4");
        assertThat(feed.reserve("things", 3).seq()).isEqualTo(7);
        assertThat(feed.next("things").seq()).isEqualTo(10);
    }

    @Test
    void badSinceOrSizeNamesTheParameter() {
        assertThatThrownBy(() -> read(-1, 10, null)).isInstanceOfSatisfying(ProblemException.class,
                p -> assertThat(p.getMessage()).isNotNull());
        assertThatThrownBy(() -> read(0, 0, null)).isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> read(0, 101, null)).isInstanceOf(ProblemException.class);
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
