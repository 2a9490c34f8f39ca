package dev.kamkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.sample.SamplePortfolio;
import dev.kamkit.json.KamJson;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.testing.SeedAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio report on the bundled sample says what the sample's data says. */
class PortfolioReportTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        PortfolioReport.run(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static String line(String report, String account) {
    return report
        .lines()
        .filter(l -> l.startsWith(account + " "))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line for " + account + " in\n" + report));
  }

  @Test
  void oneLinePerAccountWithTierStageModelScoresAndFindings() {
    Run run = run();
    assertEquals(0, run.code(), run.err());
    String idn = line(run.out(), "Riverside Health System");
    for (String part :
        new String[] {
          "Tier 1",
          "stage 2 (Aligned roles)",
          "Strategic account management",
          "93.2 GREEN",
          "86.4",
          "AMBER",
          "9 (1 error, 0 warnings)"
        }) {
      assertTrue(idn.contains(part), part + " not in: " + idn);
    }
    String harbor = line(run.out(), "Harbor Point Medical Center");
    assertTrue(harbor.contains("no stage (Not yet KAM)"), harbor);
    assertTrue(harbor.contains("42.5 RED"), harbor);
    assertTrue(line(run.out(), "Great Lakes Community Health Plan").contains("64.4 RED"));
    // Massachusetts and Vermont: the missing Vermont registration is its one error
    assertTrue(line(run.out(), "Northfield Health").contains("9 (1 error, 0 warnings)"));
    // the French and English accounts: one undeclared impromptu lunch, one missing lawful basis
    assertTrue(line(run.out(), "CHU Val-de-Seine").contains("8 (1 error, 0 warnings)"), run.out());
    assertTrue(
        line(run.out(), "Severnvale Hospitals NHS Foundation Trust")
            .contains("2 (1 error, 0 warnings)"),
        run.out());
    // one heading per account, the review's and the portfolio's
    assertEquals(
        9, run.out().lines().filter(l -> l.startsWith("== ") && l.endsWith(" ==")).count() - 2);
    // the firewall pack runs too; the sample's medical and commercial people keep to their sides
    assertTrue(run.out().contains(", Commercial / medical firewall"), run.out());
    assertTrue(!run.out().contains("firewall."), run.out());
  }

  @Test
  void explanationsAndNextActionsComeFromTheSeedScenarios() {
    String out = run().out();
    // the CFO nobody holds, and the retiring champion
    assertTrue(
        out.contains(
            "[GAP] Economic buyer Daniel Okafor is mapped but nobody of ours holds them actively"));
    assertTrue(
        out.contains(
            "[RISK] Clinical champion Dr. Frank Walsh is retiring on 2027-01-31: build a successor"
                + " relationship"));
    // the plan refreshed only before QBRs
    assertTrue(
        out.contains(
            "[RISK] All 8 updates in the last 365 days came within 14 days before a review: the"
                + " plan is refreshed for reviews, not kept in daily work"),
        out);
    // the meal series: six lunches under the small-payment threshold, together reportable
    assertTrue(
        out.contains(
            "Dr. Frank Walsh (Covered Recipient Physician), PY2026: 6 of 6 transfers reportable,"
                + " 155.50\u00a0USD of 155.50\u00a0USD; aggregate 155.50\u00a0USD exceeds"
                + " 138.13\u00a0USD"),
        out);
    assertTrue(
        out.contains(
            "  - Engage: +3.12 points: Carla Nguyen to engage Daniel Okafor (economic buyer), who"
                + " sits on 1 decision body"),
        out);
    assertTrue(
        out.contains(
            "  - Engage: +31.04 points: Owen Price to engage Janet Cole, PharmD (technical buyer)"),
        out);
    assertTrue(out.contains("Strategic account management: 1 of 5 candidates selected"), out);
  }

  @Test
  void htmlDrawsANodePerStakeholderAnEdgePerRelationshipAndACellPerWhitespaceCell()
      throws IOException {
    Path html = dir.resolve("report.html");
    Run run = run("--html", html.toString());
    assertEquals(0, run.code(), run.err());
    String page = Files.readString(html);
    assertTrue(page.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"));
    assertTrue(!page.contains("<script") && !page.contains("http://www.w3.org/1999/xlink"));
    assertTrue(!page.replace("http://www.w3.org/2000/svg", "").contains("http"), "no network");
    KeyAccount riverside =
        SamplePortfolio.portfolio().accounts().stream()
            .filter(a -> a.id().equals(SeedAccounts.RIVERSIDE_HEALTH))
            .findFirst()
            .orElseThrow();
    String section = section(page, "riverside-health");
    assertTrue(
        section.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"relationship-map\""));
    assertEquals(riverside.stakeholders().size(), count(section, "<g class=\"stakeholder"));
    assertEquals(riverside.team().size(), count(section, "<g class=\"team-member"));
    assertEquals(riverside.relationships().size(), count(section, "<line class=\"relationship"));
    assertEquals(riverside.whitespace().size(), count(section, "<g class=\"ws-cell\""));
    assertTrue(
        section.contains("<g class=\"stakeholder unheld\" data-id=\"riverside-cfo\">"), section);
    // Harbor Point is single-threaded on both sides
    String harbor = section(page, "harbor-point-medical-center");
    assertTrue(
        harbor.contains(
            "<g class=\"team-member single-thread\" data-id=\"team-sales-owen-price\">"));
    assertTrue(
        harbor.contains(
            "<g class=\"stakeholder single-thread\" data-id=\"harbor-point-dr-walsh\">"));
    assertTrue(harbor.contains("Single-threaded on our side"));
    assertTrue(harbor.contains("Plan completeness: 49.5 / 100"));
    // the lunch series (Open Payments) and the rep's off-label HCC discussion; Oncoxa's coverage
    // and NDC are recorded, so its records miss no product field
    assertEquals(2, count(harbor, "<tr class=\"finding\">"));
    assertTrue(!harbor.contains("openpayments.record.product-field-missing"), harbor);
    assertTrue(harbor.contains("offlabel.interaction.unapproved-indication"), harbor);
  }

  @Test
  void htmlOpensOnTheOverviewAndCountsErrorsAndWarningsNotNotes() throws IOException {
    Path html = dir.resolve("report.html");
    Run run = run("--html", html.toString());
    assertEquals(0, run.code(), run.err());
    String page = Files.readString(html);
    assertTrue(
        page.indexOf("<section class=\"page overview\" id=\"overview\">")
            < page.indexOf("<section class=\"page\" id=\"riverside-health\">"));
    String overview = section(page, "overview");
    assertEquals(9, count(overview, "<tr><th scope=\"row\"><a href=\"#"));
    assertTrue(overview.contains("class=\"chart coverage-chart\""), overview);
    assertTrue(overview.contains("class=\"chart health-chart\""), overview);
    // Riverside: 9 findings, of which 8 are informational notes
    String riverside = section(page, "riverside-health");
    assertTrue(riverside.contains("<h2>Compliance findings: 1 error, 0 warnings</h2>"), riverside);
    assertTrue(riverside.contains("1 error, 0 warnings; 8 notes"), riverside);
    assertTrue(riverside.contains("<h3 class=\"INFO\">INFO (8)</h3>"), riverside);
    // money as a reader writes it, not "1800000.00 USD"
    assertTrue(riverside.contains(">$1.8M</text>"), riverside);
    assertEquals(1, count(page, "id=\"configuration\""));
    assertTrue(section(page, "chu-val-de-seine").contains("france.lea.not-negligible"), page);
    assertTrue(section(page, "severnvale-nhs-trust").contains("uk.lawful-basis.missing"), page);
  }

  @Test
  void jsonPrintsTheScoredResultsAsAResultsDocument() {
    Run run = run("--json");
    assertEquals(0, run.code(), run.err());
    ResultsDocument results = KamJson.defaults().readResults(run.out());
    assertEquals(9, results.accounts().size());
    AccountResults riverside = results.accounts().get(0);
    assertEquals("riverside-health", riverside.account().value());
    assertEquals("93.24", riverside.coverage().orElseThrow().score().value().toPlainString());
    assertEquals(9, riverside.compliance().orElseThrow().findings().size());
    assertEquals("", run.err());
  }

  @Test
  void aBadFileIsReportedWithJsonPointersAndExitsNonZero() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(
        bad,
        SamplePortfolio.json()
            .replaceFirst("\"sentiment\": \"ADVOCATE\"", "\"sentiment\": \"HAPPY\""));
    Run run = run(bad.toString());
    assertEquals(PortfolioReport.EXIT_BAD_INPUT, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(bad + " is not a valid kamkit portfolio document:"), run.err());
    Matcher pointer =
        Pattern.compile(
                "  /accounts/0/stakeholders/\\d+/sentiment: unknown value; expected one of"
                    + " ADVOCATE, SUPPORTER, NEUTRAL, SCEPTIC, DETRACTOR, found text \"HAPPY\"")
            .matcher(run.err());
    assertTrue(pointer.find(), run.err());

    Files.writeString(bad, "{\"kamkit\": \"portfolio\", ");
    Run truncated = run(bad.toString());
    assertEquals(PortfolioReport.EXIT_BAD_INPUT, truncated.code());
    assertTrue(truncated.err().contains("malformed JSON"), truncated.err());
  }

  @Test
  void aBadCommandLineOrAMissingFileExitsNonZero() {
    assertEquals(PortfolioReport.EXIT_USAGE, run("--as-of", "2026-02-30").code());
    assertEquals(PortfolioReport.EXIT_USAGE, run("--frobnicate").code());
    Run missing = run(dir.resolve("nope.json").toString());
    assertEquals(PortfolioReport.EXIT_IO, missing.code());
    assertTrue(missing.err().startsWith("Cannot read "), missing.err());
    Run help = run("--help");
    assertEquals(0, help.code());
    assertTrue(help.out().startsWith("Usage: PortfolioReport"));
  }

  @Test
  void langDeWordsTheReportInGerman() {
    Run run = run("--lang", "de");
    assertEquals(0, run.code(), run.err());
    String out = run.out();
    assertTrue(
        out.startsWith(
            "Portfolio-Bericht, Stand 02.11.2026: 9 Key Accounts; Compliance-Regelwerke:"
                + " US-Transparenzmeldung Open Payments (Sunshine Act), Antikorruption"
                + " (Anti-Kickback Statute) und PhRMA-Kodex, Off-Label-Werbung,"
                + " US-Bundesstaatengesetze (MN, MA, NJ, VT), Trennung Vertrieb / Medizin,"
                + " Dokumentierte Begründung, EFPIA-Transparenzkodex, Frankreich: Transparence des"
                + " liens und Antigeschenkgesetz (Loi anti-cadeaux), Vereinigtes Königreich:"
                + " Disclosure UK (ABPI)\n"),
        out);
    String header = line(out, "Key Account");
    for (String column :
        new String[] {
          "Einstufung",
          "KAM-Reifegrad",
          "Betreuungsmodell",
          "Abdeckung",
          "Account-Plan",
          "Gesundheit",
          "Compliance-Befunde"
        }) {
      assertTrue(header.contains(column), column + " not in: " + header);
    }
    String idn = line(out, "Riverside Health System");
    for (String part :
        new String[] {
          "Tier-1-Account",
          "Stufe 2 (Abgestimmte Rollen)",
          "Strategisches Key Account Management",
          "93,2 GRÜN",
          "86,4",
          "GELB",
          "9 (1 Fehler, 0 Warnungen)"
        }) {
      assertTrue(idn.contains(part), part + " not in: " + idn);
    }
    for (String golden :
        new String[] {
          "\nBeziehungsabdeckung: 93,2 / 100\n",
          "\nPlanvollständigkeit: 86,4 / 100\n",
          "\nCompliance-Befunde: 9 (1 Fehler, 0 Warnungen)\n",
          "\nDie nächsten Schritte:\n",
          "  Chancen, die größten zuerst (16):\n",
          "\n== Gesamtportfolio ==\n",
          "    [RISIKO] Klinischer Champion Dr. Eleanor Chen geht am 31.03.2027 in den Ruhestand:"
              + " Nachfolgebeziehung aufbauen\n"
        }) {
      assertTrue(out.contains(golden), golden + " not in:\n" + out);
    }
  }

  @Test
  void langFrWordsTheReportAndTheHtmlInFrench() throws IOException {
    Path html = dir.resolve("rapport.html");
    Run run = run("--lang", "fr", "--html", html.toString());
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("Rapport de portefeuille au 02/11/2026 : 9 comptes clés ;"));
    assertTrue(line(run.out(), "Compte clé").contains("Constats de conformité"), run.out());
    assertTrue(run.out().contains("\n== Portefeuille ==\n"), run.out());
    assertTrue(run.out().endsWith("Rapport HTML enregistré dans " + html + "\n"), run.out());
    String page = Files.readString(html);
    assertTrue(page.contains("<html lang=\"fr\">"), page);
    assertTrue(page.contains("<h2>Cartographie des relations</h2>"), page);
    assertTrue(
        page.contains("<th>Couverture</th><td>93,2 / 100 <span class=\"GREEN\">VERT</span>"));
  }

  @Test
  void anUnknownLanguageIsRefusedNamingItAndTheOnesThereAre() {
    Run run = run("--lang", "xx");
    assertEquals(PortfolioReport.EXIT_USAGE, run.code());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("--lang needs one of de, fr, en; found xx\n"), run.err());
    assertTrue(run.err().contains("--lang de|fr|en"), run.err());
    Run missing = run("--lang");
    assertEquals(PortfolioReport.EXIT_USAGE, missing.code());
    assertTrue(missing.err().startsWith("--lang needs a value"), missing.err());
    assertEquals(0, run("--lang", "en").code());
  }

  @Test
  void asOfChangesTheDayEverythingIsJudgedFor() {
    Run later = run("--as-of", "2027-06-30");
    assertEquals(0, later.code(), later.err());
    assertTrue(later.out().startsWith("Portfolio report as of 2027-06-30: 9 accounts"));
    assertTrue(later.out().contains("Dr. Frank Walsh"), later.out());
  }

  private static String section(String page, String id) {
    int start = page.lastIndexOf("<section class=\"page", page.indexOf(" id=\"" + id + "\">"));
    assertTrue(start >= 0 && page.indexOf(" id=\"" + id + "\">") >= 0, id);
    return page.substring(start, page.indexOf("</section>", start));
  }

  private static int count(String text, String needle) {
    return text.split(Pattern.quote(needle), -1).length - 1;
  }
}
