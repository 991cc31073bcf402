package vn.thidua.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the gateway-overhead table after the Gatling run and writes it to a file.
 *
 * <p>Gatling 3.15 writes no stats.json / global_stats.json any more: its per-request statistics are only in the
 * report's {@code index.html} statistics table. This reads that table (columns found by their header, so the
 * percentile settings in gatling.conf decide which columns exist: 50th and 99th must be among them) for the
 * request names {@code direct} and {@code gateway}, and the measured phase durations written by the simulation
 * for the request rates.
 *
 * <p>Arguments: the Gatling results folder, the summary file to write, the phases file the simulation wrote.
 */
public final class GatewayOverheadReport {

  private static final Pattern HEADER = Pattern.compile(
      "<th id=\"(col-\\d+)\"[^>]*>\\s*<span>(?:<abbr[^>]*>)?([^<]+)");
  private static final Pattern ROW = Pattern.compile(
      "<tr id=\"[^\"]*\" data-parent=\"[^\"]*\"\\s*>(.*?)</tr>", Pattern.DOTALL);
  private static final Pattern ROW_NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");
  private static final Pattern CELL = Pattern.compile("<td class=\"value [^\"]*?(col-\\d+)\">([^<]*)</td>");

  /** One request name's line of the table. */
  record Line(String name, long requests, long failed, double seconds, double p50, double p99) {
    double rate() {
      return seconds > 0 ? requests / seconds : Double.NaN;
    }
  }

  private GatewayOverheadReport() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      throw new IllegalArgumentException("usage: GatewayOverheadReport <gatling results folder> <summary file> <phases file>");
    }
    Path results = Path.of(args[0]);
    Path summary = Path.of(args[1]);
    Path phasesFile = Path.of(args[2]);

    Path report = latestReport(results);
    Map<String, Map<String, String>> table = readStatisticsTable(report.resolve("index.html"));
    Properties phases = new Properties();
    try (Reader in = Files.newBufferedReader(phasesFile)) {
      phases.load(in);
    }

    Line direct = line("direct", table, phases);
    Line gateway = line("gateway", table, phases);
    String text = render(report, phases, direct, gateway);
    System.out.print(text);
    Files.createDirectories(summary.toAbsolutePath().getParent());
    Files.writeString(summary, text + machineReadable(report, phases, direct, gateway));
    System.out.println("(also in " + summary + "; Gatling's report: " + report.resolve("index.html") + ")");
  }

  /** The newest run folder that has a report. */
  static Path latestReport(Path results) throws IOException {
    try (Stream<Path> runs = Files.list(results)) {
      return runs.filter(p -> Files.isRegularFile(p.resolve("index.html")))
          .max((a, b) -> {
            try {
              return Files.getLastModifiedTime(a.resolve("index.html")).compareTo(Files.getLastModifiedTime(b.resolve("index.html")));
            } catch (IOException e) {
              throw new java.io.UncheckedIOException(e);
            }
          })
          .orElseThrow(() -> new IllegalStateException("no Gatling report under " + results));
    }
  }

  /** Request name, then column header (e.g. "Total", "KO", "50th pct"), then the cell's text. */
  static Map<String, Map<String, String>> readStatisticsTable(Path indexHtml) throws IOException {
    String html = Files.readString(indexHtml);
    Map<String, String> headerByColumn = new HashMap<>();
    Matcher header = HEADER.matcher(html);
    while (header.find()) {
      headerByColumn.putIfAbsent(header.group(1), header.group(2).trim());
    }
    Map<String, Map<String, String>> rows = new HashMap<>();
    Matcher row = ROW.matcher(html);
    while (row.find()) {
      Matcher name = ROW_NAME.matcher(row.group(1));
      if (!name.find()) {
        continue;
      }
      Map<String, String> cells = new HashMap<>();
      Matcher cell = CELL.matcher(row.group(1));
      while (cell.find()) {
        String column = headerByColumn.get(cell.group(1));
        if (column != null) {
          cells.put(column, cell.group(2).trim());
        }
      }
      rows.put(name.group(1).trim(), cells);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("no statistics table found in " + indexHtml + " (has Gatling's report layout changed?)");
    }
    return rows;
  }

  static Line line(String name, Map<String, Map<String, String>> table, Properties phases) {
    Map<String, String> row = table.get(name);
    if (row == null) {
      throw new IllegalStateException("no request named '" + name + "' in Gatling's report; found " + table.keySet());
    }
    double seconds = Double.parseDouble(phases.getProperty(name + ".seconds", "0"));
    return new Line(name, (long) number(row, "Total"), (long) number(row, "KO"), seconds,
        number(row, "50th pct"), number(row, "99th pct"));
  }

  private static double number(Map<String, String> row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw new IllegalStateException("no '" + column + "' column in Gatling's statistics table; found " + row.keySet()
          + " (gatling.conf: percentile1 = 50 and percentile4 = 99)");
    }
    return value.equals("-") ? Double.NaN : Double.parseDouble(value.replace(",", ""));
  }

  static String render(Path report, Properties phases, Line direct, Line gateway) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%nGateway overhead: GET %s, %s users, %s s per measured phase, ABAB (run %s)%n",
        GatewayOverheadSimulation.PATH, phases.getProperty("users", "?"), phases.getProperty("configured.seconds", "?"),
        report.getFileName()));
    out.append(String.format(Locale.ROOT, "%-16s %9s %9s %8s %8s%n", "", "requests", "req/s", "p50 ms", "p99 ms"));
    for (Line l : new Line[] {direct, gateway}) {
      out.append(String.format(Locale.ROOT, "%-16s %9d %9.1f %8.0f %8.0f%n", l.name(), l.requests(), l.rate(), l.p50(), l.p99()));
    }
    out.append(String.format(Locale.ROOT, "%-16s %9s %9s %8s %8s%n", "gateway/direct", "",
        ratio(gateway.rate(), direct.rate()), ratio(gateway.p50(), direct.p50()), ratio(gateway.p99(), direct.p99())));
    out.append("per phase req/s:");
    for (int i = 1; phases.containsKey("phase." + i + ".name"); i++) {
      String request = phases.getProperty("phase." + i + ".request");
      if (request.startsWith("warmup")) {
        continue;
      }
      double seconds = Double.parseDouble(phases.getProperty("phase." + i + ".seconds"));
      long requests = Long.parseLong(phases.getProperty("phase." + i + ".requests"));
      out.append(String.format(Locale.ROOT, "  %s %.1f", phases.getProperty("phase." + i + ".name"),
          seconds > 0 ? requests / seconds : Double.NaN));
    }
    out.append(String.format(Locale.ROOT, "%nfailed: direct %d, gateway %d%n", direct.failed(), gateway.failed()));
    return out.toString();
  }

  private static String machineReadable(Path report, Properties phases, Line direct, Line gateway) {
    StringBuilder out = new StringBuilder("\n# key=value\n");
    out.append("report=").append(report.getFileName()).append('\n');
    out.append("users=").append(phases.getProperty("users")).append('\n');
    out.append("seconds.per.phase=").append(phases.getProperty("configured.seconds")).append('\n');
    for (Line l : new Line[] {direct, gateway}) {
      out.append(String.format(Locale.ROOT, "%1$s.requests=%2$d%n%1$s.failed=%3$d%n%1$s.seconds=%4$.3f%n"
          + "%1$s.rps=%5$.2f%n%1$s.p50.ms=%6$.0f%n%1$s.p99.ms=%7$.0f%n",
          l.name(), l.requests(), l.failed(), l.seconds(), l.rate(), l.p50(), l.p99()));
    }
    out.append("ratio.rps=").append(ratio(gateway.rate(), direct.rate())).append('\n');
    out.append("ratio.p50=").append(ratio(gateway.p50(), direct.p50())).append('\n');
    out.append("ratio.p99=").append(ratio(gateway.p99(), direct.p99())).append('\n');
    return out.toString();
  }

  private static String ratio(double a, double b) {
    return (b > 0 && !Double.isNaN(a)) ? String.format(Locale.ROOT, "%.2f", a / b) : "n/a";
  }
}
