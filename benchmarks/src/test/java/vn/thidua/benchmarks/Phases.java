package vn.thidua.benchmarks;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.util.List;

/** What the benchmarks share: loopback-only HTTP protocol and phases run one after the other. */
final class Phases {

  private Phases() {
  }

  static HttpProtocolBuilder loopbackProtocol(String baseUrl) {
    return http.baseUrl(baseUrl)
        .acceptHeader("application/json")
        .disableWarmUp() // the default warm-up calls a public URL: loopback only here
        .disableCaching();
  }

  /** a.andThen(b) starts b once every user of a has finished; nest so that the phases form one sequence. */
  static PopulationBuilder inSequence(List<PopulationBuilder> phases) {
    PopulationBuilder sequence = phases.getLast();
    for (int i = phases.size() - 2; i >= 0; i--) {
      sequence = phases.get(i).andThen(sequence);
    }
    return sequence;
  }
}
