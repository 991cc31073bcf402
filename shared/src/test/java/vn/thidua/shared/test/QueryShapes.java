package vn.thidua.shared.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.BsonDocument;
import org.bson.BsonValue;
import org.bson.Document;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The query-shape registry (issue 15): every query a service sends while a test drives its real code paths is
 * recorded by a driver {@link CommandListener} ({@code find}, {@code aggregate} — which is how the driver counts —,
 * {@code count}, {@code findAndModify}, {@code update}, {@code delete}), reduced to its {@link QueryShape}, and
 * checked against the indexes the service declared at start-up ({@code listIndexes} of the test database).
 * <p>
 * <b>The rule</b>, for each alternative of a filter (each branch of its {@code $or}s) and index keys
 * {@code k1 … kn}: the index serves the query when
 * <ol>
 * <li>its leading keys {@code k1 … kj} are all equality conditions of the query ({@code $eq} or {@code $in});</li>
 * <li>those leading keys include {@code tenant} first whenever the query filters on tenant, and at least one
 * filtered field when the query has equality filters besides its sort keys (so the walk starts at the filter, not
 * at the beginning of the collection);</li>
 * <li>the sort keys, without those the query pins by {@code $eq}, are exactly the next keys {@code k(j+1) …}, all
 * in the index's directions or all reversed (the store walks the index in order and stops after the page);</li>
 * <li>a query with neither an equality filter nor a sort is served only when it is limited (a capped count, a
 * first page) or ranges over {@code k1};</li>
 * </ol>
 * and every paged find (a limit above 1) ends its sort with {@code _id}. Other conditions are checked on the
 * documents the walk reaches. The cursor pages of every paged find are checked as well: the keyset filter adds
 * equalities on the leading sort keys and a range on the next one, which the same index must serve.
 * <p>
 * The shapes seen are compared with the service's checked-in registry ({@code src/test/resources/<file>}, one line
 * per shape with the indexes serving it): a shape that is not in it fails the build, naming it. Run the test with
 * {@code -Dthidua.query-shapes.write=true} to rewrite the file after adding an index (and review the diff).
 */
public final class QueryShapes {

    private static final Set<String> OPERATIONS = Set.of("find", "aggregate", "count", "findAndModify", "update",
            "delete");
    /** Collections that are the driver's or GridFS's business (their indexes are the driver's). */
    private static final Set<String> IGNORED = Set.of("system.indexes");

    private QueryShapes() {
    }

    /** Import into a {@code @SpringBootTest}: the service's own client then reports every command it sends. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Capture {

        @Bean
        Recorder queryShapeRecorder() {
            return new Recorder();
        }

        @Bean
        MongoClientSettingsBuilderCustomizer queryShapeListener(Recorder recorder) {
            return settings -> settings.addCommandListener(recorder);
        }
    }

    /** Records the shape (and one example command, for explain) of every query sent. */
    public static final class Recorder implements CommandListener {

        private final Map<String, QueryShape> shapes = Collections.synchronizedMap(new TreeMap<>());
        private final Map<String, BsonDocument> examples = Collections.synchronizedMap(new LinkedHashMap<>());

        @Override
        public void commandStarted(CommandStartedEvent event) {
            if (!OPERATIONS.contains(event.getCommandName())) {
                return;
            }
            BsonDocument command = event.getCommand();
            String collection = command.get(event.getCommandName()).isString()
                    ? command.getString(event.getCommandName()).getValue() : "?";
            if (IGNORED.contains(collection)) {
                return;
            }
            for (QueryShape shape : shapesOf(event.getCommandName(), collection, command)) {
                shapes.putIfAbsent(shape.line(), shape);
                examples.putIfAbsent(shape.line(), command.clone());
            }
        }

        public void clear() {
            shapes.clear();
            examples.clear();
        }

        public List<QueryShape> shapes() {
            synchronized (shapes) {
                return List.copyOf(shapes.values());
            }
        }

        public Map<String, BsonDocument> examples() {
            synchronized (examples) {
                return new LinkedHashMap<>(examples);
            }
        }
    }

    static List<QueryShape> shapesOf(String operation, String collection, BsonDocument command) {
        List<QueryShape> out = new ArrayList<>();
        switch (operation) {
            case "find" -> out.add(QueryShape.of(collection, operation, command.getDocument("filter", null),
                    command.getDocument("sort", null), command.containsKey("limit")
                            && command.get("limit").asNumber().longValue() != 0));
            case "count" -> out.add(QueryShape.of(collection, operation, command.getDocument("query", null), null,
                    command.containsKey("limit")));
            case "findAndModify" -> out.add(QueryShape.of(collection, operation, command.getDocument("query", null),
                    command.getDocument("sort", null), true));
            case "aggregate" -> {
                BsonDocument match = null;
                BsonDocument sort = null;
                boolean limited = false;
                for (BsonValue stage : command.getArray("pipeline")) {
                    BsonDocument s = stage.asDocument();
                    if (s.containsKey("$match") && match == null && sort == null) {
                        match = s.getDocument("$match");
                    } else if (s.containsKey("$sort") && sort == null) {
                        sort = s.getDocument("$sort");
                    } else if (s.containsKey("$limit")) {
                        limited = true;
                    }
                }
                out.add(QueryShape.of(collection, operation, match, sort, limited));
            }
            case "update", "delete" -> {
                String list = "update".equals(operation) ? "updates" : "deletes";
                if (command.containsKey(list)) {
                    for (BsonValue statement : command.getArray(list)) {
                        out.add(QueryShape.of(collection, operation, statement.asDocument().getDocument("q"), null,
                                true));
                    }
                }
            }
            default -> {
            }
        }
        return out;
    }

    /**
     * Checks every shape recorded against the declared indexes and the registry file; fails naming each query
     * that no index serves and each shape missing from the registry.
     */
    public static void verify(Recorder recorder, MongoTemplate mongo, String registryFile) {
        Map<String, List<IndexRule.Index>> indexes = new TreeMap<>();
        List<String> unserved = new ArrayList<>();
        Map<String, String> lines = new TreeMap<>();
        for (QueryShape shape : recorder.shapes()) {
            List<IndexRule.Index> declared = indexes.computeIfAbsent(shape.collection(),
                    c -> IndexRule.indexesOf(mongo, c));
            IndexRule.Verdict verdict = IndexRule.check(shape, declared);
            if (verdict.problem() != null) {
                unserved.add(shape.line() + "\n      " + verdict.problem());
            }
            lines.put(shape.line(), verdict.served());
        }
        assertThat(unserved).as("queries no declared index serves (rule: QueryShapes)").isEmpty();

        Map<String, String> registry = readRegistry(registryFile);
        if (Boolean.getBoolean("thidua.query-shapes.write")) {
            writeRegistry(registryFile, lines);
            return;
        }
        List<String> added = new ArrayList<>();
        lines.forEach((shape, served) -> {
            if (!registry.containsKey(shape)) {
                added.add(shape + "  =>  " + served);
            }
        });
        assertThat(added).as("new query shapes, not in src/test/resources/" + registryFile + " (add each line, or "
                + "rerun with -Dthidua.query-shapes.write=true and review the diff)").isEmpty();
    }

    private static Map<String, String> readRegistry(String file) {
        Map<String, String> registry = new TreeMap<>();
        try (InputStream in = QueryShapes.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                return registry;
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int arrow = line.indexOf("  =>  ");
                registry.put(arrow < 0 ? line.strip() : line.substring(0, arrow),
                        arrow < 0 ? "" : line.substring(arrow + 6));
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return registry;
    }

    private static void writeRegistry(String file, Map<String, String> lines) {
        StringBuilder text = new StringBuilder("# Query shapes this service sends and the declared indexes serving them "
                + "(one per alternative of the filter).\n# Checked by QueryShapes in every build; rewrite with "
                + "-Dthidua.query-shapes.write=true.\n");
        lines.forEach((shape, served) -> text.append(shape).append("  =>  ").append(served).append('\n'));
        try {
            Files.writeString(Path.of("src/test/resources", file), text.toString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a list as a client would, one item per page: the first page, then the page after it when there is one
     * (so the cursor's query is sent too). Both must answer 200 with the list fields.
     */
    public static void walk(TestHttp http, String token, String path) {
        String first = path + (path.contains("?") ? "&" : "?") + "size=1";
        TestHttp.Response page = http.get(first).token(token).send();
        assertThat(page.status()).as("GET " + first + ": " + page.text()).isEqualTo(200);
        assertThat(page.json().has("totalExact") && page.json().has("next")).as(first).isTrue();
        if (!page.json().get("next").isNull()) {
            String next = first + "&after=" + page.json().get("next").asString();
            TestHttp.Response second = http.get(next).token(token).send();
            assertThat(second.status()).as("GET " + next + ": " + second.text()).isEqualTo(200);
        }
    }

    /**
     * On a real MongoDB ({@code MONGODB_URI}): explains every recorded find and count and fails when a plan scans
     * the collection or sorts in memory.
     */
    public static void explainOnRealMongo(Recorder recorder, MongoTemplate mongo) {
        List<String> failures = new ArrayList<>();
        recorder.examples().forEach((line, command) -> {
            String operation = command.getFirstKey();
            if (!Set.of("find", "aggregate", "count").contains(operation)) {
                return;
            }
            BsonDocument explained = command.clone();
            for (String field : new TreeSet<>(explained.keySet())) {
                if (field.startsWith("$") || Set.of("lsid", "txnNumber", "maxTimeMS", "readConcern").contains(field)) {
                    explained.remove(field);
                }
            }
            Document plan = mongo.getDb().runCommand(new Document("explain", explained)
                    .append("verbosity", "queryPlanner"));
            String json = plan.toJson();
            if (json.contains("\"COLLSCAN\"") || json.contains("\"stage\": \"SORT\"")) {
                failures.add(line + "\n      " + json);
            }
        });
        assertThat(failures).as("plans with a collection scan or an in-memory sort").isEmpty();
    }
}
