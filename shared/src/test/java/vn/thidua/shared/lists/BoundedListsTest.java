package vn.thidua.shared.lists;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import vn.thidua.shared.error.ProblemException;
import vn.thidua.shared.web.PageResponse;

/** Keyset pages walk a list with ties exactly once, in order; cursors of other lists and garbage are 400s. */
class BoundedListsTest {

    static MongoServer server;
    static MongoClient client;
    static MongoTemplate mongo;

    @BeforeAll
    static void store() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "lists");
        List<Document> items = new ArrayList<>();
        for (int i = 0; i < 37; i++) {
            // Many ties on updatedAt (5 distinct values), two tenants, a nested key.
            items.add(new Document("_id", String.format("d%02d", (i * 17) % 37)).append("tenant", i % 3 == 0 ? "12" : "01")
                    .append("updatedAt", new Date(1_700_000_000_000L + (i % 5) * 1000L))
                    .append("plan", new Document("code", "P" + (i % 4))).append("n", (long) i));
        }
        mongo.getCollection("things").insertMany(items);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdown();
    }

    @Test
    void cursorsWalkEveryItemOnceInTheSameOrderAsOnePage() {
        for (Sort sort : List.of(Sort.by(Sort.Direction.DESC, "updatedAt"), Sort.by("plan.code"),
                Sort.by(Sort.Order.asc("plan.code"), Sort.Order.desc("n")), Sort.by("id"))) {
            BoundedLists lists = new BoundedLists(mongo, 10_000);
            List<Object> whole = ids(lists.page("things", Document.class, "things", new Criteria(), sort, 0, 100, null));
            List<Object> walked = new ArrayList<>();
            String after = null;
            int pages = 0;
            do {
                PageResponse<Document> page = lists.page("things", Document.class, "things", new Criteria(), sort, 0, 6,
                        after);
                walked.addAll(ids(page));
                after = page.next();
                pages++;
            } while (after != null);
            assertThat(walked).as(sort.toString()).containsExactlyElementsOf(whole).hasSize(37);
            assertThat(pages).isEqualTo(7);
        }
    }

    @Test
    void aFilteredListKeepsItsFilterOnEveryPage() {
        BoundedLists lists = new BoundedLists(mongo, 10_000);
        Criteria tenant = Criteria.where("tenant").is("12");
        PageResponse<Document> first = lists.page("things", Document.class, "things", tenant,
                Sort.by(Sort.Direction.DESC, "updatedAt"), 0, 5, null);
        PageResponse<Document> second = lists.page("things", Document.class, "things", tenant,
                Sort.by(Sort.Direction.DESC, "updatedAt"), 0, 5, first.next());
        PageResponse<Document> third = lists.page("things", Document.class, "things", tenant,
                Sort.by(Sort.Direction.DESC, "updatedAt"), 0, 5, second.next());

        assertThat(first.totalItems()).isEqualTo(13);
        assertThat(first.totalExact()).isTrue();
        assertThat(third.items()).hasSize(3);
        assertThat(third.next()).isNull();
        assertThat(List.of(first, second, third)).flatMap(PageResponse::items)
                .allSatisfy(d -> assertThat(d.get("tenant")).isEqualTo("12"));
    }

    @Test
    void theTotalIsCountedUpToTheCap() {
        PageResponse<Document> capped = new BoundedLists(mongo, 10).page("things", Document.class, "things",
                new Criteria(), Sort.by("id"), 0, 5, null);
        PageResponse<Document> exactAtCap = new BoundedLists(mongo, 13).page("things", Document.class, "things",
                Criteria.where("tenant").is("12"), Sort.by("id"), 0, 5, null);

        assertThat(capped.totalItems()).isEqualTo(10);
        assertThat(capped.totalExact()).isFalse();
        assertThat(exactAtCap.totalItems()).isEqualTo(13);
        assertThat(exactAtCap.totalExact()).isTrue();
    }

    @Test
    void aForeignOrUnreadableCursorIsA400NamingAfter() {
        BoundedLists lists = new BoundedLists(mongo, 10_000);
        String otherList = lists.page("others", Document.class, "things", new Criteria(), Sort.by("id"), 0, 2, null)
                .next();
        String otherSort = lists.page("things", Document.class, "things", new Criteria(), Sort.by("n"), 0, 2, null)
                .next();

        for (String bad : List.of(otherList, otherSort, "not-a-cursor", "eyJ4IjoxfQ", "%%%")) {
            assertThatThrownBy(() -> lists.page("things", Document.class, "things", new Criteria(), Sort.by("id"), 0, 2,
                    bad)).as(bad).isInstanceOfSatisfying(ProblemException.class, problem -> {
                        assertThat(problem.status().value()).isEqualTo(400);
                        assertThat(problem.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("after"));
                    });
        }
    }

    private static List<Object> ids(PageResponse<Document> page) {
        return page.items().stream().map(d -> d.get("_id")).toList();
    }
}
