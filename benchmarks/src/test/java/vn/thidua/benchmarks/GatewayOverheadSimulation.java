package vn.thidua.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Gateway overhead: the same authenticated read, {@code GET /api/v1/campaigns?size=20}, sent directly to
 * campaign-service and through the gateway, in one run.
 *
 * <p>Phases run one after the other, never at the same time, so the two targets do not compete for the
 * machine's cores: warm-up direct, warm-up gateway (request names {@code warmup-direct}/{@code warmup-gateway},
 * not counted), then measured direct, gateway, direct, gateway (ABAB, request names {@code direct} and
 * {@code gateway}). Each measured phase is a closed model: a fixed number of virtual users, each sending its
 * next request as soon as the previous one answered, over its own keep-alive connection.
 *
 * <p>Every request carries a real Keycloak access token of the {@code thidua-load-test} client (exempt from the
 * gateway's per-user rate limit), refreshed in the background well before it expires, so runs of any length
 * work. The table with the ratios is printed afterwards by {@link GatewayOverheadReport} from Gatling's report.
 *
 * <p>System properties: {@code bench.direct}, {@code bench.gateway}, {@code bench.keycloak} (base URLs),
 * {@code bench.users} (concurrency, default 16), {@code bench.seconds} (each measured phase, default 30),
 * {@code bench.warmup} (each warm-up phase, default 15), {@code bench.phases} (where the measured phase
 * durations are written for the report).
 */
public class GatewayOverheadSimulation extends Simulation {

  static final String PATH = "/api/v1/campaigns?size=20";

  private final String directUrl = System.getProperty("bench.direct", "http://localhost:8081");
  private final String gatewayUrl = System.getProperty("bench.gateway", "http://localhost:8080");
  private final String keycloakUrl = System.getProperty("bench.keycloak", "http://localhost:8180");
  private final int users = Integer.getInteger("bench.users", 16);
  private final int seconds = Integer.getInteger("bench.seconds", 30);
  private final int warmupSeconds = Integer.getInteger("bench.warmup", 15);
  private final Path phasesFile = Path.of(System.getProperty("bench.phases", "target/gateway-overhead-phases.properties"));

  private final AccessToken token = new AccessToken(keycloakUrl, "thidua", "thidua-load-test", "laichau.admin", "demo");
  private final PhaseClock clock = new PhaseClock();

  {
    HttpProtocolBuilder direct = Phases.loopbackProtocol(directUrl);
    HttpProtocolBuilder gateway = Phases.loopbackProtocol(gatewayUrl);

    List<PopulationBuilder> phases = new ArrayList<>();
    phases.add(phase("warm-up direct", "warmup-direct", warmupSeconds).protocols(direct));
    phases.add(phase("warm-up gateway", "warmup-gateway", warmupSeconds).protocols(gateway));
    for (int round = 1; round <= 2; round++) {
      phases.add(phase("direct #" + round, "direct", seconds).protocols(direct));
      phases.add(phase("gateway #" + round, "gateway", seconds).protocols(gateway));
    }

    PopulationBuilder sequence = Phases.inSequence(phases);

    setUp(sequence)
        .assertions(global().failedRequests().percent().is(0.0))
        // A safety net: the run stops by itself even if a target hangs.
        .maxDuration(Duration.ofSeconds(2L * warmupSeconds + 4L * seconds + 120));
  }

  private PopulationBuilder phase(String scenarioName, String requestName, int phaseSeconds) {
    Duration length = Duration.ofSeconds(phaseSeconds);
    PhaseClock.Phase clocked = clock.phase(scenarioName, requestName);
    ScenarioBuilder scenario = scenario(scenarioName)
        .exec(session -> {
          clocked.userStarted();
          return session;
        })
        // Each user loops over its own keep-alive connection until the phase is over: a closed model.
        .during(length, false).on(
            exec(http(requestName).get(PATH)
                .header("Authorization", session -> token.bearer())
                .check(status().is(200)))
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

  @Override
  public void before() {
    System.out.printf("Gateway overhead: %d users, warm-up %d s per target, measured %d s per phase (ABAB); "
        + "direct %s, gateway %s, token from %s%n", users, warmupSeconds, seconds, directUrl, gatewayUrl, keycloakUrl);
    token.start();
    Preflight.check(token, directUrl + PATH, gatewayUrl + PATH);
  }

  @Override
  public void after() {
    token.stop();
    clock.write(phasesFile, users, seconds);
  }
}
