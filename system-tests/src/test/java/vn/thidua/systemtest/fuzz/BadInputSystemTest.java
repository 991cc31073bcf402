package vn.thidua.systemtest.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.thidua.shared.test.TestHttp;
import vn.thidua.systemtest.FuzzFixtures;

/**
 * The fuzz suite (issue 12 item 6): every operation of the four OpenAPI documents (read through the gateway, so it
 * grows with the API) gets generated bad inputs ({@link BadInputs}), each sent through the gateway and on the
 * service's own port, with real tokens of several roles. Every answer must be a success or a 4xx problem+json
 * (RFC 9457: {@code application/problem+json} with {@code status} equal to the HTTP status), never a 5xx; what
 * must be refused is refused; and no change feed shows a write that no success answer explains.
 *
 * <p>Prints {@code fuzz: operations O, requests R, 5xx F, non-problem errors N, accepted bad input A, written after
 * an error W, seed S}. Repeat a run with {@code -Dthidua.fuzz.seed=S}; {@code -Dthidua.fuzz.per-operation=} sets
 * the cases per operation and target (default 60, so ≥ 120 requests per operation).
 */
class BadInputSystemTest {

    /** Connections reset without an answer tolerated per run (about 1 in 5,000 requests; see the note). */
    static final int RESETS_TOLERATED = 5;

    static final List<String> SERVICES = List.of("campaign-service", "registration-service", "award-service",
            "reporting-service");
    /** Roles the requests rotate through (national.admin reads the feeds before and after). */
    static final List<String> USERS = List.of("laichau.admin", "laichau.commune", "laichau.district",
            "laichau.appraiser", "caobang.admin", "quangtri.commune", "national.inspector", "laichau.signer");

    private final long seed = Long.getLong("thidua.fuzz.seed", 20261207L);
    private final int perOperation = Integer.getInteger("thidua.fuzz.per-operation", 60);
    private final int gatewayPort = URI.create(FuzzFixtures.gateway()).getPort();
    private final Findings findings = new Findings();

    @Test
    void everyBadInputIsAFourHundredProblemAndWritesNothing() throws Exception {
        List<ApiOperation> operations = publishedOperations();
        List<String> feeds = operations.stream().filter(op -> op.method().equals("GET")
                && op.path().endsWith("/changes")).map(ApiOperation::path).toList();
        WrittenAfterError writes = new WrittenAfterError(feeds);
        Map<ApiOperation, List<FuzzCase>> plan = new LinkedHashMap<>();
        for (ApiOperation operation : operations) {
            String collection = operation.collection();
            String owned = operation.pathParameters().isEmpty() ? null : FuzzFixtures.ownedId(collection);
            String goodPath = operation.path();
            boolean first = true;
            for (String parameter : operation.pathParameters()) {
                goodPath = goodPath.replace("{" + parameter + "}", first && owned != null ? owned : "1");
                first = false;
            }
            Map<String, Object> body = operation.writes() && !operation.multipart()
                    && (operation.path().equals(collection) || operation.method().equals("PUT"))
                    ? FuzzFixtures.validBody(collection) : null;
            plan.put(operation, new BadInputs(operation, goodPath, body, seed).generate(perOperation));
        }
        writes.before();

        AtomicInteger turn = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> sent = new ArrayList<>();
        for (Map.Entry<ApiOperation, List<FuzzCase>> entry : plan.entrySet()) {
            for (FuzzCase fuzzCase : entry.getValue()) {
                for (int port : new int[] {gatewayPort, entry.getKey().port()}) {
                    String user = USERS.get(Math.floorMod(turn.getAndIncrement(), USERS.size()));
                    sent.add(pool.submit(() -> send(entry.getKey(), fuzzCase, port, user, writes)));
                }
            }
        }
        for (Future<?> future : sent) {
            future.get(10, TimeUnit.MINUTES);
        }
        pool.shutdown();
        List<String> unexplained = writes.after();
        unexplained.forEach(item -> findings.note("written after an error: " + item));

        System.out.printf("fuzz: operations %d, requests %d, 5xx %d, non-problem errors %d, accepted bad input %d, "
                        + "written after an error %d, rate-limited retries %d, connection resets %d, seed %d%n",
                operations.size(), findings.requests.get(), findings.serverErrors.get(), findings.nonProblem.get(),
                findings.accepted.get(), unexplained.size(), findings.retries.get(), findings.resets.get(), seed);
        findings.byKind.forEach((kind, count) -> System.out.printf("fuzz:   %-32s %d%n", kind, count.get()));
        findings.samples.forEach(sample -> System.out.println("fuzz finding: " + sample));
        assertThat(findings.requests.get()).as("requests").isGreaterThanOrEqualTo(100L * operations.size());
        findings.resetSamples.forEach(sample -> System.out.println("fuzz reset: " + sample));
        assertThat(findings.samples).as("5xx, non-problem errors, accepted bad input, writes after an error")
                .isEmpty();
        // Open finding (issue 12 note): a few requests whose refusal came before their body was read still see
        // the connection reset instead of the problem; tolerated up to this bound, printed every run.
        assertThat(findings.resets.get()).as("connections reset without an answer").isLessThanOrEqualTo(
                RESETS_TOLERATED);
    }

    private void send(ApiOperation operation, FuzzCase fuzzCase, int port, String user, WrittenAfterError writes) {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put("Authorization", ("Bearer " + FuzzFixtures.token(user)).getBytes(StandardCharsets.US_ASCII));
        headers.put("Accept", "application/json".getBytes(StandardCharsets.US_ASCII));
        if (operation.writes() && !operation.pathParameters().isEmpty()) {
            // The version of a fresh fixture, so that a bad body is read rather than stopped at 428 first.
            headers.put("If-Match", "\"0\"".getBytes(StandardCharsets.US_ASCII));
        }
        headers.putAll(fuzzCase.headers());
        RawHttp.Answer answer = RawHttp.send(port, fuzzCase.method(), fuzzCase.target(), headers, fuzzCase.body());
        for (int retry = 0; answer.status() == 429 && retry < 5; retry++) {
            findings.retries.incrementAndGet();
            sleep(1_000);
            answer = RawHttp.send(port, fuzzCase.method(), fuzzCase.target(), headers, fuzzCase.body());
        }
        findings.record(operation, fuzzCase, port == gatewayPort ? "gateway" : "service", user, answer);
        if (answer.status() >= 200 && answer.status() < 300 && !fuzzCase.method().equals("GET")) {
            writes.succeeded(new String(fuzzCase.target(), StandardCharsets.UTF_8), answer.text());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<ApiOperation> publishedOperations() {
        TestHttp gateway = new TestHttp(FuzzFixtures.gateway());
        List<ApiOperation> operations = new ArrayList<>();
        for (String service : SERVICES) {
            var doc = gateway.get("/docs/" + service + "/v3/api-docs").send();
            assertThat(doc.status()).as("API docs of " + service).isEqualTo(200);
            JsonNode document = doc.json();
            operations.addAll(ApiOperation.read(service, document));
        }
        assertThat(operations).as("operations published by the services").isNotEmpty();
        return operations;
    }
}
