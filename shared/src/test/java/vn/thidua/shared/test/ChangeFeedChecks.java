package vn.thidua.shared.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.sync.ChangeFeed;

/** What every service's change-feed web tests check the same way. */
public final class ChangeFeedChecks {

    private ChangeFeedChecks() {
    }

    /** The last number a feed handed out: a test reads only what it writes after it. */
    public static long head(MongoTemplate mongo, String feed) {
        Document counter = mongo.findOne(Query.query(Criteria.where("_id").is(feed)), Document.class,
                ChangeFeed.COUNTERS);
        return counter == null ? 0 : ((Number) counter.get("value")).longValue();
    }

    /** The ids of a page's items, checking they come in strictly increasing sequence order (so never twice). */
    public static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        long last = page.get("since").asLong();
        for (JsonNode item : page.get("items")) {
            long seq = item.get("changeSeq").asLong();
            assertThat(seq).as("sequence order").isGreaterThan(last);
            last = seq;
            ids.add(item.get("id").asString());
        }
        if (!ids.isEmpty()) {
            assertThat(page.get("nextCursor").asLong()).isEqualTo(last);
        }
        return ids;
    }

    /** Every item from {@code since} to the end, following nextCursor. */
    public static List<JsonNode> all(TestHttp http, String path, String token, long since) {
        List<JsonNode> items = new ArrayList<>();
        long cursor = since;
        while (true) {
            JsonNode page = http.get(path + "?size=100&since=" + cursor).token(token).send().json();
            ids(page);
            page.get("items").forEach(items::add);
            cursor = page.get("nextCursor").asLong();
            if (!page.get("more").asBoolean()) {
                return items;
            }
        }
    }

    /** A bad since or size is a 400 problem naming the parameter. */
    public static void refusesBadParameters(TestHttp http, String path, String token) {
        for (String[] bad : new String[][] {{"since=-1", "since"}, {"since=abc", "since"}, {"size=0", "size"},
                {"size=101", "size"}, {"since=0&size=x", "size"}}) {
            TestHttp.Response response = http.get(path + "?" + bad[0]).token(token).send();
            assertThat(response.status()).as(bad[0]).isEqualTo(400);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().at("/errors/0/field").asString()).as(bad[0]).isEqualTo(bad[1]);
        }
    }
}
