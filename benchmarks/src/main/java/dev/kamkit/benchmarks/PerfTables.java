package dev.kamkit.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH JSON results ({@code -rf json}) into the Markdown tables of docs/PERFORMANCE.md: every
 * result with its error and allocation, the ratios against the same-run baselines, and the scaling
 * curve. {@code java -cp benchmarks/target/benchmarks.jar dev.kamkit.benchmarks.PerfTables
 * docs/perf/*.json}; JMH's printed output ({@code .txt}) is read too.
 */
public final class PerfTables {
  private static final String ALLOC = "gc.alloc.rate.norm";

  private PerfTables() {}

  /** One JMH result: which benchmark, with which parameters, how fast, how much allocated. */
  record Result(
      String benchmark,
      String params,
      double score,
      double error,
      String unit,
      Optional<Double> allocBytes) {

    String key() {
      return benchmark + "|" + params;
    }
  }

  /** Prints the tables for every result file given. */
  public static void main(String[] args) throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Result> results = new LinkedHashMap<>();
    for (String file : args) {
      List<Result> read = new ArrayList<>();
      if (file.endsWith(".json")) {
        mapper.readTree(Files.readAllBytes(Path.of(file))).forEach(r -> read.add(read(r)));
      } else {
        read.addAll(readText(Files.readAllLines(Path.of(file))));
      }
      // a later file wins for the same benchmark and parameters
      read.forEach(r -> results.put(r.key(), r));
    }
    all(results.values());
    ratios(results, "AccountBenchmark", "shape", "everything", "floor", "Per-account evaluation");
    ratios(
        results, "PortfolioBenchmark", "accounts", "everything", "floor", "Portfolio evaluation");
    ratios(results, "JsonBenchmark", "shape", "kamJsonRead", "jacksonRead", "kam-json read");
    ratios(results, "JsonBenchmark", "shape", "kamJsonWrite", "jacksonWrite", "kam-json write");
    scaling(results);
  }

  private static Result read(JsonNode r) {
    String benchmark = shortName(r.path("benchmark").asString());
    List<String> params = new ArrayList<>();
    r.path("params")
        .properties()
        .forEach(p -> params.add(p.getKey() + "=" + p.getValue().asString()));
    JsonNode primary = r.path("primaryMetric");
    JsonNode alloc = r.path("secondaryMetrics").path(ALLOC);
    return new Result(
        benchmark,
        String.join(",", params),
        value(primary.path("score")),
        value(primary.path("scoreError")),
        primary.path("scoreUnit").asString(),
        alloc.isMissingNode() ? Optional.empty() : Optional.of(value(alloc.path("score"))));
  }

  private static final Pattern SCORE =
      Pattern.compile("^\\s*([-0-9.]+|NaN)(?: ±\\(99\\.9%\\) ([-0-9.]+|NaN))? (\\S+)(?: \\[.*)?$");

  /**
   * Reads JMH's human-readable output (what it prints while running), for a run that was stopped
   * before it could write its JSON: the same fields, from the "Result" and "Secondary result"
   * blocks.
   */
  static List<Result> readText(List<String> lines) {
    List<Result> out = new ArrayList<>();
    String params = "";
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("# Parameters: (")) {
        params =
            line.substring("# Parameters: (".length(), line.length() - 1)
                .replace(" = ", "=")
                .replace(", ", ",");
      }
      Matcher m = SCORE.matcher(lines.get(i + 1));
      if (!m.matches()) {
        continue;
      }
      double score = Double.parseDouble(m.group(1));
      double error = m.group(2) == null ? Double.NaN : Double.parseDouble(m.group(2));
      if (line.startsWith("Result \"")) {
        String name = line.substring("Result \"".length(), line.lastIndexOf('"'));
        out.add(new Result(shortName(name), params, score, error, m.group(3), Optional.empty()));
      } else if (line.startsWith("Secondary result \"") && line.endsWith(":" + ALLOC + "\":")) {
        Result last = out.remove(out.size() - 1);
        out.add(
            new Result(
                last.benchmark(),
                last.params(),
                last.score(),
                last.error(),
                last.unit(),
                Optional.of(score)));
      }
    }
    return out;
  }

  private static String shortName(String name) {
    return name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
  }

  /** JMH writes {@code "NaN"} as a string where it has no error bar (one iteration). */
  private static double value(JsonNode n) {
    return n.isNumber() ? n.asDouble() : Double.NaN;
  }

  private static void all(Iterable<Result> results) {
    System.out.println("| Benchmark | Parameters | Score | ± (99.9 %) | Unit | Allocated per op |");
    System.out.println("|---|---|---:|---:|---|---:|");
    for (Result r : results) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s | %s | %s | %s |%n",
          r.benchmark(),
          r.params(),
          number(r.score()),
          Double.isNaN(r.error()) ? "n/a" : number(r.error()),
          r.unit(),
          r.allocBytes().map(b -> bytes(b)).orElse("n/a"));
    }
    System.out.println();
  }

  private static void ratios(
      Map<String, Result> results,
      String bench,
      String param,
      String measured,
      String baseline,
      String title) {
    System.out.println(
        "| "
            + title
            + " | "
            + param
            + " | "
            + measured
            + " | "
            + baseline
            + " | Time ratio | Allocation ratio |");
    System.out.println("|---|---|---:|---:|---:|---:|");
    for (Result r : results.values()) {
      if (!r.benchmark().equals(bench + "." + measured)) {
        continue;
      }
      Result base = results.get(bench + "." + baseline + "|" + r.params());
      if (base == null) {
        continue;
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %s | %s ± %s %s | %s ± %s %s | %.2f | %s |%n",
          title,
          r.params(),
          number(r.score()),
          number(r.error()),
          r.unit(),
          number(base.score()),
          number(base.error()),
          base.unit(),
          r.score() / base.score(),
          r.allocBytes().isPresent() && base.allocBytes().isPresent()
              ? String.format(Locale.ROOT, "%.2f", r.allocBytes().get() / base.allocBytes().get())
              : "n/a");
    }
    System.out.println();
  }

  private static void scaling(Map<String, Result> results) {
    System.out.println(
        "| Scaling | factor | µs per op | µs per 5 stakeholders | growth vs previous"
            + " | allocated per op |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    for (String method : List.of("floor", "everything", "build")) {
      double previous = Double.NaN;
      for (int factor : new int[] {1, 10, 100, 1000}) {
        Result r = results.get("ScalingBenchmark." + method + "|factor=" + factor);
        if (r == null) {
          continue;
        }
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %s ± %s | %s | %s | %s |%n",
            method,
            factor,
            number(r.score()),
            number(r.error()),
            number(r.score() / factor),
            Double.isNaN(previous) ? "" : String.format(Locale.ROOT, "%.1fx", r.score() / previous),
            r.allocBytes().map(b -> bytes(b)).orElse("n/a"));
        previous = r.score();
      }
    }
    System.out.println();
  }

  private static String number(double v) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return v >= 100
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%.3g", v);
  }

  private static String bytes(double b) {
    if (b >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MB", b / (1 << 20));
    }
    return b >= 1 << 10
        ? String.format(Locale.ROOT, "%.1f KB", b / (1 << 10))
        : String.format(Locale.ROOT, "%.0f B", b);
  }
}
