package vn.thidua.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Unit lookup by code, the read that sits on every request path of the platform: {@code GET
 * /api/v1/units/{code}[?asOf=...]} for a spread of real codes (current provinces and communes, and pre-reform
 * provinces, districts and communes as of 2025-01-01), sent directly to registration-service and through the
 * gateway, in one run.
 *
 * <p>Same shape as {@link GatewayOverheadSimulation}: phases one after the other (warm-up direct, warm-up
 * gateway, then measured direct, gateway, direct, gateway), each a closed model of {@code bench.users} virtual
 * users over keep-alive connections; a real Keycloak token of {@code thidua-load-test} / {@code laichau.admin},
 * refreshed in the background; every answer must be 200 with the code asked for.
 *
 * <p>Run (the stack up with a registration-service that has the unit registry):
 * <pre>
 * ./mvnw -q -B -pl benchmarks -Pbenchmark test-compile io.gatling:gatling-maven-plugin:test \
 *     -Dgatling.simulationClass=vn.thidua.benchmarks.UnitLookupSimulation
 * </pre>
 * System properties: {@code bench.registration} (default {@code http://localhost:8082}), {@code bench.gateway},
 * {@code bench.keycloak}, {@code bench.users} (16), {@code bench.seconds} (30), {@code bench.warmup} (15),
 * {@code bench.phases} (default {@code target/unit-lookup-phases.properties}), {@code bench.token} (a fixed
 * bearer token instead of Keycloak's, for a registry started on its own). Latency percentiles per request
 * name ({@code direct}, {@code gateway}) are in Gatling's report; the per-phase request rates are printed at the
 * end.
 */
public class UnitLookupSimulation extends Simulation {

  static final String PATH = "/api/v1/units/";

  /** Real codes from the official data (admin-units/ of registration-service), spread over the country. */
  static final List<String> CURRENT = List.of(
      // the 34 provinces from 1 July 2025
      "01", "04", "08", "11", "12", "14", "15", "19", "20", "22", "24", "25", "31", "33", "37", "38", "40", "42",
      "44", "46", "48", "51", "52", "56", "66", "68", "75", "79", "80", "82", "86", "91", "92", "96",
      // every 60th commune of the 3,321
      "00004", "00685", "10402", "01807", "01153", "02572", "03439", "03910", "02824", "04543", "05443", "06019",
      "06652", "07294", "09247", "05200", "08434", "09154", "11239", "11995", "12763", "13501", "14212", "14869",
      "15457", "16234", "16876", "17476", "18277", "18943", "19624", "20285", "20794", "21370", "23548", "23575",
      "23986", "22780", "24175", "24598", "24678", "25114", "26122", "25864", "26824", "27457", "25684", "28201",
      "28729", "28901", "29431", "30346", "30835", "31282", "31687", "32128",
      // the demo users' units
      "03390", "01654", "19597");

  static final List<String> BEFORE_2025 = List.of(
      // provinces closed on 30 June 2025, and Quảng Bình (44) and Bến Tre (83)
      "02", "06", "10", "17", "26", "27", "30", "34", "35", "36", "44", "45", "49", "54", "58", "60", "62", "64",
      "67", "70", "72", "74", "77", "83", "84", "87", "89", "93", "94", "95",
      // districts (every 35th of 696) and the demo districts
      "001", "053", "105", "156", "206", "256", "304", "351", "397", "442", "491", "535", "587", "634", "679",
      "735", "786", "837", "888", "934", "106", "051", "452",
      // communes (every 400th of 10,051)
      "00001", "10060", "01522", "02881", "03913", "05302", "06649", "07999", "09487", "12331", "13387", "16402",
      "16168", "17608", "19063", "20410", "21598", "22801", "23888", "24955", "26086", "27442", "28654", "29908",
      "31078", "32128");

  private final String directUrl = System.getProperty("bench.registration", "http://localhost:8082");
  private final String gatewayUrl = System.getProperty("bench.gateway", "http://localhost:8080");
  private final String keycloakUrl = System.getProperty("bench.keycloak", "http://localhost:8180");
  private final int users = Integer.getInteger("bench.users", 16);
  private final int seconds = Integer.getInteger("bench.seconds", 30);
  private final int warmupSeconds = Integer.getInteger("bench.warmup", 15);
  private final Path phasesFile = Path.of(System.getProperty("bench.phases", "target/unit-lookup-phases.properties"));

  /** A fixed bearer token instead of Keycloak's (for a registry started on its own, trusting another issuer). */
  private final String fixedToken = System.getProperty("bench.token", "");
  private final AccessToken token = new AccessToken(keycloakUrl, "thidua", "thidua-load-test", "laichau.admin", "demo");
  private final PhaseClock clock = new PhaseClock();
  private final List<PhaseClock.Phase> measured = new ArrayList<>();

  {
    HttpProtocolBuilder direct = Phases.loopbackProtocol(directUrl);
    HttpProtocolBuilder gateway = Phases.loopbackProtocol(gatewayUrl);

    List<PopulationBuilder> phases = new ArrayList<>();
    phases.add(phase("warm-up direct", "warmup-direct", warmupSeconds, false).protocols(direct));
    phases.add(phase("warm-up gateway", "warmup-gateway", warmupSeconds, false).protocols(gateway));
    for (int round = 1; round <= 2; round++) {
      phases.add(phase("direct #" + round, "direct", seconds, true).protocols(direct));
      phases.add(phase("gateway #" + round, "gateway", seconds, true).protocols(gateway));
    }
    PopulationBuilder sequence = Phases.inSequence(phases);
    setUp(sequence)
        .assertions(global().failedRequests().percent().is(0.0))
        .maxDuration(Duration.ofSeconds(2L * warmupSeconds + 4L * seconds + 120));
  }

  /** Each entry: the code, and the query that selects the day (none = today). */
  static FeederBuilder<Object> codes() {
    List<Map<String, Object>> records = new ArrayList<>();
    CURRENT.forEach(code -> records.add(Map.of("code", code, "query", "")));
    BEFORE_2025.forEach(code -> records.add(Map.of("code", code, "query", "?asOf=2025-01-01")));
    return listFeeder(records).random();
  }

  private PopulationBuilder phase(String scenarioName, String requestName, int phaseSeconds, boolean counted) {
    Duration length = Duration.ofSeconds(phaseSeconds);
    PhaseClock.Phase clocked = clock.phase(scenarioName, requestName);
    if (counted) {
      measured.add(clocked);
    }
    ScenarioBuilder scenario = scenario(scenarioName)
        .exec(session -> {
          clocked.userStarted();
          return session;
        })
        .during(length, false).on(
            feed(codes())
            .exec(http(requestName).get(PATH + "#{code}#{query}")
                .header("Authorization", session -> bearer())
                .check(status().is(200), jsonPath("$.code").isEL("#{code}")))
            .exec(session -> {
              clocked.requestCompleted();
              return session;
            }))
        .exec(session -> {
          clocked.userFinished();
          return session;
        });
    return scenario.injectClosed(constantConcurrentUsers(users).during(length));
  }

  private String bearer() {
    return fixedToken.isEmpty() ? token.bearer() : "Bearer " + fixedToken;
  }

  @Override
  public void before() {
    System.out.printf("Unit lookup: %d codes (%d as of 2025-01-01), %d users, warm-up %d s per target, measured %d s "
            + "per phase (ABAB); direct %s, gateway %s, token from %s%n", CURRENT.size() + BEFORE_2025.size(),
        BEFORE_2025.size(), users, warmupSeconds, seconds, directUrl, gatewayUrl, keycloakUrl);
    if (fixedToken.isEmpty()) {
      token.start();
      Preflight.check(token, directUrl + PATH + "44?asOf=2025-01-01", gatewayUrl + PATH + "44?asOf=2025-01-01");
    } else {
      System.out.println("Using the fixed token of bench.token (no Keycloak, no preflight)");
    }
  }

  @Override
  public void after() {
    token.stop();
    clock.write(phasesFile, users, seconds);
    StringBuilder out = new StringBuilder("Unit lookup, GET " + PATH + "{code}: requests per second by phase\n");
    for (PhaseClock.Phase phase : measured) {
      double s = phase.seconds();
      long n = phase.completed.sum();
      out.append(String.format(Locale.ROOT, "  %-12s %8d requests in %6.1f s = %8.0f req/s%n", phase.scenarioName, n, s,
          s > 0 ? n / s : Double.NaN));
    }
    out.append("p50/p99 per request name (direct, gateway): Gatling's report, index.html\n");
    System.out.print(out);
  }
}
