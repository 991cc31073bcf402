package vn.thidua.systemtest.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.systemtest.FuzzFixtures;

/**
 * Finds writes the fuzz run made without a success answer: every change feed the services publish (README "Change
 * feeds": every create, edit and move is stamped) is read to its end before the run and again after it; an item
 * that appeared and is not an object a 2xx answer named is a write after an error.
 */
final class WrittenAfterError {

    private static final String READER = "national.admin";

    private final TestHttp gateway = new TestHttp(FuzzFixtures.gateway());
    private final List<String> feeds;
    private final Map<String, Long> cursors = new LinkedHashMap<>();
    private final Set<String> succeeded = ConcurrentHashMap.newKeySet();

    WrittenAfterError(List<String> feeds) {
        this.feeds = feeds;
    }

    void before() throws InterruptedException {
        Thread.sleep(3_000); // the fixtures' own writes must be served (settle lag 2 s) before the mark
        for (String feed : feeds) {
            cursors.put(feed, readToEnd(feed, 0, new ArrayList<>()));
        }
    }

    /** A 2xx answer to a write: the objects it names (its path's segments and the answer's id) may change. */
    void succeeded(String target, String answer) {
        for (String segment : target.split("[/?&=]")) {
            if (segment.length() > 1) {
                succeeded.add(segment);
            }
        }
        try {
            JsonNode body = BadInputs.JSON.readTree(answer);
            for (String field : List.of("id", "code", "dossierId")) {
                if (body.hasNonNull(field)) {
                    succeeded.add(body.get(field).asString());
                }
            }
            // A decision (and its publication) moves the dossiers it names: they change with it.
            List<JsonNode> moved = new ArrayList<>();
            body.path("dossierIds").forEach(moved::add);
            body.path("awardees").forEach(awardee -> moved.add(awardee.path("dossierId")));
            for (JsonNode id : moved) {
                if (id.isString() && id.asString().length() > 1) {
                    succeeded.add(id.asString());
                }
            }
        } catch (RuntimeException notJson) {
            // Nothing more to name.
        }
    }

    /** The items written since {@link #before()} that no success answer explains. */
    List<String> after() throws InterruptedException {
        Thread.sleep(3_000); // the feeds serve items only after their settle lag (2 s)
        List<String> unexplained = new ArrayList<>();
        for (String feed : feeds) {
            List<JsonNode> items = new ArrayList<>();
            readToEnd(feed, cursors.get(feed), items);
            for (JsonNode item : items) {
                String id = item.path("id").asString("");
                if (succeeded.stream().noneMatch(id::contains)) {
                    unexplained.add(feed + " " + item);
                }
            }
        }
        return unexplained;
    }

    private long readToEnd(String feed, long since, List<JsonNode> items) {
        long cursor = since;
        for (int page = 0; page < 10_000; page++) {
            var answer = gateway.get(feed + "?since=" + cursor + "&size=100").token(FuzzFixtures.token(READER)).send();
            if (answer.status() == 429) {
                pause();
                continue;
            }
            if (answer.status() != 200) {
                throw new IllegalStateException(feed + ": " + answer.status() + " " + answer.text());
            }
            JsonNode body = answer.json();
            body.path("items").forEach(items::add);
            cursor = body.path("nextCursor").asLong(cursor);
            if (!body.path("more").asBoolean(false)) {
                return cursor;
            }
        }
        return cursor;
    }

    private static void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
