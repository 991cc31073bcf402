package vn.thidua.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * How long each phase really lasted (first user's start to last user's end) and how many requests it
 * completed. Gatling's report gives one "count per second" over the whole run, phases and pauses included;
 * the report divides each request name's count by the time its own phases lasted instead, and shows each
 * phase's own rate so the ABAB noise is visible.
 */
final class PhaseClock {

  /** One phase (one population); its methods are called from Gatling's threads. */
  static final class Phase {
    final String scenarioName;
    final String requestName;
    final LongAdder completed = new LongAdder();
    private long firstStart = Long.MAX_VALUE;
    private long lastStart = Long.MIN_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    private Phase(String scenarioName, String requestName) {
      this.scenarioName = scenarioName;
      this.requestName = requestName;
    }

    synchronized void userStarted() {
      long now = System.nanoTime();
      firstStart = Math.min(firstStart, now);
      lastStart = Math.max(lastStart, now);
    }

    void requestCompleted() {
      completed.increment();
    }

    synchronized void userFinished() {
      lastEnd = Math.max(lastEnd, System.nanoTime());
    }

    synchronized double seconds() {
      return lastEnd < firstStart ? 0 : (lastEnd - firstStart) / 1e9;
    }

    synchronized double startSpreadSeconds() {
      return lastStart < firstStart ? 0 : (lastStart - firstStart) / 1e9;
    }
  }

  private final List<Phase> phases = new ArrayList<>();

  synchronized Phase phase(String scenarioName, String requestName) {
    Phase phase = new Phase(scenarioName, requestName);
    phases.add(phase);
    return phase;
  }

  /**
   * Writes, as properties: {@code <request name>.seconds} (summed over that name's phases) and, per phase in
   * run order, {@code phase.<i>.name/.request/.seconds/.requests}.
   */
  synchronized void write(Path file, int users, int seconds) {
    Map<String, Double> secondsByRequest = new TreeMap<>();
    StringBuilder out = new StringBuilder("# measured phases, written by GatewayOverheadSimulation\n");
    out.append("users=").append(users).append('\n');
    out.append("configured.seconds=").append(seconds).append('\n');
    for (int i = 0; i < phases.size(); i++) {
      Phase phase = phases.get(i);
      double s = phase.seconds();
      secondsByRequest.merge(phase.requestName, s, Double::sum);
      String key = "phase." + (i + 1) + ".";
      out.append(key).append("name=").append(phase.scenarioName).append('\n');
      out.append(key).append("request=").append(phase.requestName).append('\n');
      out.append(key).append("seconds=").append(format(s)).append('\n');
      out.append(key).append("startSpreadSeconds=").append(format(phase.startSpreadSeconds())).append('\n');
      out.append(key).append("requests=").append(phase.completed.sum()).append('\n');
    }
    secondsByRequest.forEach((name, s) -> out.append(name).append(".seconds=").append(format(s)).append('\n'));
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Files.writeString(file, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String format(double seconds) {
    return String.format(Locale.ROOT, "%.3f", seconds);
  }
}
