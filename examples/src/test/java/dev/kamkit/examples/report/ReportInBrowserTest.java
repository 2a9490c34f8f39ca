package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.PortfolioReport;
import dev.kamkit.json.KamJson;
import dev.kamkit.rules.evaluation.Kamkit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The HTML report of the bundled sample, rendered in a real browser: headless Debian {@code
 * chromium}, whose path the {@code chromium} profile of the examples module passes as {@code
 * kamkit.chromium} wherever {@code /usr/bin/chromium} exists (CI installs it: {@code .ci/run}).
 *
 * <p>It checks that the page does not scroll sideways at 1280 px, that the overview and every
 * account's page are there, that no text of a graphic leaves the box it belongs in (measured by
 * {@code getBBox} in the page), and that printing to PDF on A4 and on Letter gives the pages the
 * page's own layout predicts (within {@link #SLACK}): at least as many as the sections' heights
 * fill, at most as many as breaking only where the print style allows needs. Its screenshots and
 * PDFs stay in {@code target/browser/} for a reviewer; {@value #REGENERATE} also copies the
 * screenshots to {@code docs/images/} for the README, and the test fails when those are older than
 * the report.
 */
@EnabledIfSystemProperty(named = "kamkit.chromium", matches = ".+")
class ReportInBrowserTest {
  static final String REGENERATE =
      "./mvnw -B -ntp -pl examples -am test -Dtest=ReportInBrowserTest"
          + " -Dsurefire.failIfNoSpecifiedTests=false -Dkamkit.writeScreenshots=true";
  private static final Path OUT = Path.of("target", "browser");
  private static final Path IMAGES = Path.of("..", "docs", "images");
  private static final Path STAMP = IMAGES.resolve("report-screenshots.sha256");
  private static final int WIDTH = 1280;

  /** The report's print margin, {@code @page{margin:12mm}}. */
  private static final double MARGIN_MM = 12;

  private static final double PX_PER_MM = 96 / 25.4;

  /**
   * How many pages the printed PDF may differ from what the page measured on the screen needs:
   * print lays text out with slightly different metrics, so a section that ends just past (or just
   * short of) a page's foot on the screen may not in print. The fewest pages count a section that
   * ends within a tenth of a page past a page's foot as ending on that page (browser-check.js), so
   * this slack does not run out as sections are added. Without a page break before each section the
   * report prints several pages fewer.
   */
  private static final int SLACK = 1;

  private static final Pattern CHECK = Pattern.compile("<pre id=\"kamkit-check\">(.*?)</pre>");
  private static final Pattern PAGE = Pattern.compile("/Type\\s*/Page(?!s)");

  private static PortfolioAnalysis analysis;
  private static String html;
  private static JsonNode check;
  private static final Map<Paper, Integer> printed = new EnumMap<>(Paper.class);

  /**
   * Renders the report, then runs chromium five times at once: once to measure the page (the
   * screen, then the print style at each paper's width), once per paper to print it, once per
   * screenshot.
   */
  @BeforeAll
  static void renderMeasurePrintAndPhotograph() throws Exception {
    try (InputStream in = PortfolioReport.class.getResourceAsStream(PortfolioReport.SAMPLE);
        InputStream before =
            PortfolioReport.class.getResourceAsStream(PortfolioReport.PREVIOUS_SAMPLE)) {
      // as the main example shows it: with what changed since the last review
      analysis =
          PortfolioAnalysis.of(
              Kamkit.withDefaults(),
              KamJson.defaults().readPortfolio(before).portfolio(),
              ReportArguments.DEFAULT_PREVIOUS_AS_OF,
              KamJson.defaults().readPortfolio(in).portfolio(),
              ReportArguments.DEFAULT_AS_OF);
    }
    html = HtmlReport.render(analysis, Locale.ENGLISH);
    Files.createDirectories(OUT);
    Files.writeString(OUT.resolve("report.html"), html, StandardCharsets.UTF_8);
    ExecutorService pool = Executors.newFixedThreadPool(5);
    try {
      Future<JsonNode> measured = pool.submit(ReportInBrowserTest::measure);
      Map<Paper, Future<Integer>> pdfs = new EnumMap<>(Paper.class);
      for (Paper paper : Paper.values()) {
        pdfs.put(paper, pool.submit(() -> print(paper)));
      }
      Future<String> overview =
          pool.submit(() -> screenshot("overview", "report-overview.png", 1160));
      Future<String> account =
          pool.submit(() -> screenshot("riverside-health", "report-account.png", 2400));
      check = measured.get();
      for (Paper paper : Paper.values()) {
        printed.put(paper, pdfs.get(paper).get());
      }
      overview.get();
      account.get();
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void fitsTheScreenShowsEveryPageAndKeepsTextInItsBoxes() {
    assertTrue(
        check.get("scrollWidth").asInt() <= WIDTH,
        "the report scrolls sideways at " + WIDTH + " px: " + check.get("scrollWidth"));
    List<String> expected = new ArrayList<>();
    expected.add("overview");
    expected.add("review");
    analysis.accounts().forEach(a -> expected.add(a.account().id().value()));
    if (!analysis.configuration().isEmpty()) {
      expected.add("configuration");
    }
    List<String> sections = new ArrayList<>();
    check.get("sections").forEach(s -> sections.add(s.asString()));
    assertEquals(expected, sections);
    List<String> overflowing = new ArrayList<>();
    check.get("overflowing").forEach(s -> overflowing.add(s.asString()));
    assertEquals(List.of(), overflowing, "text outside its box");
  }

  @Test
  void printsOnA4AndLetterPortraitEachSectionFromANewPage() {
    for (Paper paper : Paper.values()) {
      JsonNode layout = check.get("papers").get(paper.css);
      int fewest = layout.get("fewest").asInt();
      int most = layout.get("most").asInt();
      int pages = printed.get(paper);
      assertTrue(
          fewest >= check.get("sections").size()
              && pages >= fewest - SLACK
              && pages <= most + SLACK,
          paper
              + ": "
              + pages
              + " pages printed; the sections' heights need at least "
              + fewest
              + " and, breaking only where the print style allows, at most "
              + most
              + ", give or take "
              + SLACK
              + " (per section "
              + layout.get("pages")
              + ")");
    }
  }

  @Test
  void screenshotsForAReviewerAndTheReadmeAreCurrent() throws IOException {
    Path overview = OUT.resolve("report-overview.png");
    Path account = OUT.resolve("report-account.png");
    assertTrue(Files.size(overview) > 10_000 && Files.size(account) > 10_000);
    String stamp = sha256(html) + "\n";
    if (Boolean.getBoolean("kamkit.writeScreenshots")) {
      Files.createDirectories(IMAGES);
      Files.copy(
          overview, IMAGES.resolve("report-overview.png"), StandardCopyOption.REPLACE_EXISTING);
      Files.copy(
          account, IMAGES.resolve("report-account.png"), StandardCopyOption.REPLACE_EXISTING);
      Files.writeString(STAMP, stamp, StandardCharsets.UTF_8);
    }
    assertEquals(
        stamp,
        Files.exists(STAMP) ? Files.readString(STAMP, StandardCharsets.UTF_8) : "",
        "docs/images/report-*.png show an older report than the sample renders now; regenerate"
            + " them with "
            + REGENERATE);
  }

  /** Prints the report on {@code paper}, portrait, to a PDF, and returns its number of pages. */
  private static int print(Paper paper) throws IOException, InterruptedException {
    Path pdf = OUT.resolve("report-" + paper.css + ".pdf");
    Path page = OUT.resolve("report-" + paper.css + ".html");
    Files.writeString(
        page,
        html.replace("</style>", "@page{size:" + paper.css + " portrait}</style>"),
        StandardCharsets.UTF_8);
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), uri(page));
    return pages(Files.readAllBytes(pdf));
  }

  /** A screenshot, {@code height} pixels tall, of the report's section {@code id} alone. */
  private static String screenshot(String id, String file, int height)
      throws IOException, InterruptedException {
    Path page = OUT.resolve(id + ".html");
    Files.writeString(page, only(html, id), StandardCharsets.UTF_8);
    return chromium(
        "--window-size=" + WIDTH + "," + height,
        "--screenshot=" + OUT.resolve(file).toAbsolutePath(),
        uri(page));
  }

  /** The report with every section but {@code id} hidden, for a screenshot of that section. */
  private static String only(String page, String id) {
    return page.replace("</style>", "section.page:not(#" + id + "){display:none}</style>");
  }

  /** The paper sizes the report prints on, portrait, with the report's 12 mm margins. */
  private enum Paper {
    A4("A4", 210, 297),
    LETTER("letter", 215.9, 279.4);

    final String css;
    final double width;
    final double height;

    Paper(String css, double width, double height) {
      this.css = css;
      this.width = width;
      this.height = height;
    }

    /** The printable width in millimetres: the paper's less the margins. */
    double printableWidth() {
      return width - 2 * MARGIN_MM;
    }

    /** The printable height in millimetres. */
    double printableHeight() {
      return height - 2 * MARGIN_MM;
    }
  }

  /**
   * Renders the report with the measuring script in a window {@value #WIDTH} pixels wide and
   * returns what the script found: first on the screen, then with the print style at each paper's
   * printable width.
   */
  private static JsonNode measure() throws IOException, InterruptedException {
    String script;
    try (InputStream in = ReportInBrowserTest.class.getResourceAsStream("browser-check.js")) {
      script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    StringBuilder papers = new StringBuilder("[");
    for (Paper paper : Paper.values()) {
      papers.append(
          String.format(
              Locale.ROOT,
              "%s{&quot;name&quot;:&quot;%s&quot;,&quot;width&quot;:%.2f,&quot;height&quot;:%.2f}",
              papers.length() > 1 ? "," : "",
              paper.css,
              paper.printableWidth() * PX_PER_MM,
              paper.printableHeight() * PX_PER_MM));
    }
    papers.append(']');
    String measured =
        html.replace(
            "</body>",
            "<style id=\"kamkit-print\" media=\"not all\" data-papers=\""
                + papers
                + "\">"
                + style.replace("@media print{", "@media all{")
                + "</style>\n<script>\n"
                + script
                + "\n</script>\n</body>");
    Path file = OUT.resolve("measure.html");
    Files.writeString(file, measured, StandardCharsets.UTF_8);
    String dom = chromium("--window-size=" + WIDTH + ",900", "--dump-dom", uri(file));
    Matcher m = CHECK.matcher(dom);
    assertTrue(m.find(), "the measuring script did not run in " + file);
    String json =
        m.group(1)
            .replace("&quot;", "\"")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&");
    return new ObjectMapper().readTree(json);
  }

  /** Runs chromium headless with a fresh profile, and returns what it printed. */
  private static String chromium(String... args) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(OUT.toAbsolutePath(), "chromium-profile-");
    List<String> command =
        new ArrayList<>(
            List.of(
                System.getProperty("kamkit.chromium"),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--hide-scrollbars",
                "--user-data-dir=" + profile));
    command.addAll(List.of(args));
    Path log = OUT.resolve(profile.getFileName() + ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
            .start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    boolean done = process.waitFor(60, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    assertTrue(done && process.exitValue() == 0, "chromium failed: " + command + ", see " + log);
    delete(profile);
    return new String(out, StandardCharsets.UTF_8);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String uri(Path file) {
    return file.toAbsolutePath().toUri().toString();
  }

  /** The pages of a PDF: its page objects ({@code /Type /Page}, not {@code /Pages}). */
  static int pages(byte[] pdf) {
    Matcher m = PAGE.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
