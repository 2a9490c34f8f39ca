package dev.kamkit.examples.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The command line of {@link dev.kamkit.examples.PortfolioReport}: {@code [FILE] [--as-of
 * YYYY-MM-DD] [--lang de|fr|en] [--json] [--html FILE] [--previous FILE] [--previous-as-of
 * YYYY-MM-DD] [--no-review]}.
 *
 * @param input the portfolio document to read; empty for the bundled sample
 * @param asOf the day to judge the portfolio for
 * @param json print the kam-json results document instead of the text report
 * @param html where to write the HTML report, if anywhere
 * @param help print the usage and stop
 * @param language the language of the text and HTML reports: English, German or French
 * @param previous the portfolio document as it stood at the last review; empty for the bundled
 *     previous quarter when {@code input} is empty too, else for no review
 * @param previousAsOf the day of the last review
 * @param review whether to review the portfolio against the last review at all
 */
public record ReportArguments(
    Optional<Path> input,
    LocalDate asOf,
    boolean json,
    Optional<Path> html,
    boolean help,
    Locale language,
    Optional<Path> previous,
    LocalDate previousAsOf,
    boolean review) {

  /**
   * The day the bundled sample describes and the default {@code --as-of}: Monday 2 November 2026.
   * kamkit never reads the clock, and neither does this program.
   */
  public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 2);

  /**
   * The day of the last review the bundled previous quarter describes, and the default {@code
   * --previous-as-of}: Monday 3 August 2026, three months before {@link #DEFAULT_AS_OF}.
   */
  public static final LocalDate DEFAULT_PREVIOUS_AS_OF = LocalDate.of(2026, 8, 3);

  /** The languages {@code --lang} takes, by their ISO 639 codes; English is the default. */
  public static final List<String> LANGUAGES = List.of("de", "fr", "en");

  /** How to call the program. */
  public static final String USAGE =
      """
      Usage: PortfolioReport [FILE] [--as-of YYYY-MM-DD] [--lang de|fr|en] [--json] [--html FILE]
                             [--previous FILE] [--previous-as-of YYYY-MM-DD] [--no-review]
        FILE                a kamkit portfolio document (JSON); the bundled sample if left out
        --as-of YYYY-MM-DD  the day to judge the portfolio for (default 2026-11-02)
        --lang de|fr|en     the language of the text and HTML reports (default en)
        --json              print the scored results as a kam-json results document
        --html FILE         also write the HTML report (overview, a page per account) to FILE
        --previous FILE     the portfolio as it stood at the last review, to say what changed
                            since (default: the bundled previous quarter, with the bundled sample)
        --previous-as-of YYYY-MM-DD  the day of the last review (default 2026-08-03)
        --no-review         leave out what changed since the last review
        --help              print this and stop
      With Maven: ./mvnw -q -B -ntp -pl examples -am -DskipTests package exec:java \\
                    -Dexec.args="--lang de --html target/report.html"
      """;

  /**
   * Parses {@code args}.
   *
   * @throws IllegalArgumentException naming what is wrong with the command line
   */
  public static ReportArguments parse(String... args) {
    Optional<Path> input = Optional.empty();
    LocalDate asOf = DEFAULT_AS_OF;
    boolean json = false;
    Optional<Path> html = Optional.empty();
    boolean help = false;
    Locale language = Locale.ENGLISH;
    Optional<Path> previous = Optional.empty();
    LocalDate previousAsOf = DEFAULT_PREVIOUS_AS_OF;
    boolean review = true;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      switch (arg) {
        case "--help", "-h" -> help = true;
        case "--json" -> json = true;
        case "--as-of" -> asOf = date(value(args, ++i, arg), arg);
        case "--previous" -> previous = Optional.of(Path.of(value(args, ++i, arg)));
        case "--previous-as-of" -> previousAsOf = date(value(args, ++i, arg), arg);
        case "--no-review" -> review = false;
        case "--html" -> html = Optional.of(Path.of(value(args, ++i, arg)));
        case "--lang" -> language = language(value(args, ++i, arg));
        default -> {
          if (arg.startsWith("-")) {
            throw new IllegalArgumentException("unknown option " + arg);
          }
          if (input.isPresent()) {
            throw new IllegalArgumentException(
                "only one portfolio file can be read; got " + input.get() + " and " + arg);
          }
          input = Optional.of(Path.of(arg));
        }
      }
    }
    if (review && previousAsOf.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "the last review, " + previousAsOf + ", is after the day of the report, " + asOf);
    }
    return new ReportArguments(
        input, asOf, json, html, help, language, previous, previousAsOf, review);
  }

  /**
   * True if the report says what changed since the last review: against the named previous
   * portfolio, or against the bundled previous quarter when the bundled sample is read.
   */
  public boolean reviews() {
    return review && (previous.isPresent() || input.isEmpty());
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  private static LocalDate date(String text, String option) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          option + " needs a date as YYYY-MM-DD, such as 2026-11-02; found " + text, e);
    }
  }

  private static Locale language(String code) {
    if (!LANGUAGES.contains(code)) {
      throw new IllegalArgumentException(
          "--lang needs one of " + String.join(", ", LANGUAGES) + "; found " + code);
    }
    return Locale.forLanguageTag(code);
  }
}
