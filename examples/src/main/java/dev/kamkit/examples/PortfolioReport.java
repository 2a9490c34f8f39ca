package dev.kamkit.examples;

import dev.kamkit.examples.report.HtmlReport;
import dev.kamkit.examples.report.PortfolioAnalysis;
import dev.kamkit.examples.report.ReportArguments;
import dev.kamkit.examples.report.ResultsExport;
import dev.kamkit.examples.report.TextReport;
import dev.kamkit.json.KamJson;
import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.KamJsonException;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.rules.evaluation.Kamkit;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The main example: reads a portfolio (the bundled sample, or a kamkit portfolio document named on
 * the command line), runs every scorer, classifier and compliance pack on it, and prints a
 * portfolio report: one line per account, then each account's explanations and its top next
 * actions. {@code --html FILE} also writes the HTML report: a portfolio overview with charts, then
 * a printable page per account, with the relationship map drawn as a graph and the whitespace grid
 * as a heat map. {@code --lang de} or {@code --lang fr} words both reports in German or French: the
 * report's own words, every result's explanation, enum values, numbers and dates. With the bundled
 * sample, or with {@code --previous FILE}, both reports also say what changed since the last review
 * ({@code --previous-as-of}, 3 August 2026 by default); {@code --no-review} leaves that out.
 *
 * <p>Run it with {@code ./mvnw -q -B -ntp -pl examples -am -DskipTests package exec:java}, passing
 * arguments as {@code -Dexec.args="--lang de --html target/report.html"}. See {@link
 * ReportArguments#USAGE}. Problems with the command line or the files are reported in English.
 *
 * <p>A file that cannot be read is reported as kam-json's problems, each with its JSON Pointer, and
 * the program exits with {@link #EXIT_BAD_INPUT}.
 */
public final class PortfolioReport {
  /** The exit code when everything went well. */
  public static final int EXIT_OK = 0;

  /** The exit code when the portfolio file is not a valid kamkit portfolio document. */
  public static final int EXIT_BAD_INPUT = 1;

  /** The exit code for a command line that cannot be understood. */
  public static final int EXIT_USAGE = 2;

  /** The exit code when a file cannot be read or written. */
  public static final int EXIT_IO = 3;

  /** The bundled sample portfolio, on the class path. */
  public static final String SAMPLE = "/dev/kamkit/examples/sample-portfolio.json";

  /** The bundled sample as it stood at the last quarterly review, on the class path. */
  public static final String PREVIOUS_SAMPLE =
      "/dev/kamkit/examples/sample-portfolio-previous.json";

  private PortfolioReport() {}

  /** Runs the program and exits with its exit code. */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != EXIT_OK) {
      System.exit(code);
    }
  }

  /**
   * Runs the program without exiting, printing the report to {@code out} and problems to {@code
   * err}.
   *
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_BAD_INPUT}, {@link #EXIT_USAGE} or {@link
   *     #EXIT_IO}
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    ReportArguments arguments;
    try {
      arguments = ReportArguments.parse(args);
    } catch (IllegalArgumentException e) {
      err.println(e.getMessage());
      err.print(ReportArguments.USAGE);
      return EXIT_USAGE;
    }
    if (arguments.help()) {
      out.print(ReportArguments.USAGE);
      return EXIT_OK;
    }
    String source = arguments.input().map(Object::toString).orElse("the bundled sample");
    PortfolioDocument document;
    Optional<PortfolioDocument> previous = Optional.empty();
    try {
      document = read(arguments.input(), SAMPLE);
      if (arguments.reviews() && !arguments.json()) {
        source = arguments.previous().map(Object::toString).orElse("the bundled previous quarter");
        previous = Optional.of(read(arguments.previous(), PREVIOUS_SAMPLE));
      }
    } catch (KamJsonException e) {
      err.println(source + " is not a valid kamkit portfolio document:");
      for (JsonProblem problem : e.problems()) {
        err.println("  " + problem.message());
      }
      return EXIT_BAD_INPUT;
    } catch (IOException | UncheckedIOException e) {
      err.println("Cannot read " + source + ": " + e.getMessage());
      return EXIT_IO;
    }
    PortfolioAnalysis analysis =
        previous.isPresent()
            ? PortfolioAnalysis.of(
                Kamkit.withDefaults(),
                previous.get().portfolio(),
                arguments.previousAsOf(),
                document.portfolio(),
                arguments.asOf())
            : PortfolioAnalysis.of(document.portfolio(), arguments.asOf());
    if (arguments.json()) {
      out.print(KamJson.defaults().write(ResultsExport.of(analysis)));
      return EXIT_OK;
    }
    out.print(TextReport.render(analysis, arguments.language()));
    if (arguments.html().isPresent()) {
      try {
        Files.writeString(
            arguments.html().get(),
            HtmlReport.render(analysis, arguments.language()),
            StandardCharsets.UTF_8);
      } catch (IOException e) {
        err.println("Cannot write " + arguments.html().get() + ": " + e);
        return EXIT_IO;
      }
      out.println();
      out.println(HtmlReport.written(arguments.html().get(), arguments.language()));
    }
    return EXIT_OK;
  }

  static PortfolioDocument read(Optional<Path> file, String bundled) throws IOException {
    KamJson json = KamJson.defaults();
    if (file.isPresent()) {
      try (InputStream in = Files.newInputStream(file.get())) {
        return json.readPortfolio(in);
      }
    }
    try (InputStream in = PortfolioReport.class.getResourceAsStream(bundled)) {
      if (in == null) {
        throw new IOException("the sample " + bundled + " is not on the class path");
      }
      return json.readPortfolio(in);
    }
  }
}
