package dev.kamkit.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.json.deser.FormatFacts;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.DocumentKind;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.uk.UkPack;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every generated aggregate, from a clinic to a 40-hospital IDN, survives the trip through JSON:
 * {@code read(write(x))} equals {@code x}, writing is stable, and the written document validates
 * against its schema. Records carry typed facts of every key the format reads, with every value
 * their kinds allow.
 */
class GeneratedAggregatesRoundTripTest {
  private final KamJson json = KamJson.defaults();

  @Test
  void generatedKeyAccountsRoundTripAndValidate() {
    qt().withFixedSeed(71L)
        .withExamples(40)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE, FormatFacts::on))
        .checkAssert(this::roundTrips);
  }

  @Test
  void aLargeIdnRoundTripsAndValidates() {
    qt().withFixedSeed(72L)
        .withExamples(2)
        .forAll(KamGens.keyAccounts(AccountSize.LARGE_IDN, FormatFacts::on))
        .checkAssert(this::roundTrips);
  }

  @Test
  void generatedPortfoliosRoundTripAndValidate() {
    qt().withFixedSeed(73L)
        .withExamples(10)
        .forAll(KamGens.portfolios(1, 4, FormatFacts::on))
        .checkAssert(
            portfolio -> {
              String written = json.write(portfolio);
              Portfolio read = json.readPortfolio(written).portfolio();
              assertEquals(portfolio, read);
              assertEquals(written, json.write(read));
              assertEquals(List.of(), Schemas.errors(DocumentKind.PORTFOLIO, written));
            });
  }

  /**
   * Every default scorer and compliance pack over generated accounts: the results, with every
   * message they say, read back equal and validate. The codes they used are counted, so that the
   * test is known to reach well beyond the seed accounts.
   */
  @Test
  void generatedResultsRoundTripAndValidate() {
    LocalDate asOf = LocalDate.of(2026, 11, 2);
    ComplianceValidator validator =
        ComplianceValidator.of(
            List.of(
                OpenPaymentsPack.withDefaults(),
                UsStatesPack.withDefaults(),
                ConductPack.withDefaults(),
                FirewallPack.withDefaults(),
                OffLabelPack.withDefaults(),
                RationalePack.withDefaults(),
                EfpiaPack.withDefaults(),
                UkPack.withDefaults(),
                FrancePack.withDefaults()));
    Set<String> codes = new TreeSet<>();
    qt().withFixedSeed(74L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE, FormatFacts::on))
        .checkAssert(
            k -> {
              EngagementAssessment engagement = EngagementAssessor.withDefaults().assess(k, asOf);
              ComplianceReport report = validator.validate(k, asOf);
              ResultsDocument results =
                  ResultsDocument.of(
                      asOf,
                      AccountResults.builder(k.account().id())
                          .coverage(CoverageScorer.withDefaults().score(k, asOf))
                          .completeness(CompletenessScorer.withDefaults().score(k, asOf))
                          .whitespace(WhitespaceScorer.withDefaults().score(k, asOf))
                          .health(HealthScorer.withDefaults().score(k, asOf))
                          .maturity(MaturityClassifier.withDefaults().classify(k, asOf))
                          .engagement(engagement)
                          .tier(Tiering.withDefaults().tier(engagement, k.account().tier()))
                          .compliance(report)
                          .build());
              String written = json.write(results);
              ResultsDocument read = json.readResults(written);
              assertEquals(results, read);
              assertEquals(written, json.write(read));
              assertEquals(List.of(), Schemas.errors(DocumentKind.RESULTS, written));
              Matcher code = CODE.matcher(written);
              while (code.find()) {
                codes.add(code.group(1));
              }
            });
    assertTrue(codes.size() >= 250, codes.size() + " codes: " + codes);
  }

  private static final Pattern CODE = Pattern.compile("\"code\": \"([^\"]+)\"");

  private void roundTrips(KeyAccount account) {
    String written = json.write(account);
    KeyAccount read = json.readAccount(written).keyAccount();
    assertEquals(account, read);
    assertEquals(written, json.write(read));
    assertEquals(List.of(), Schemas.errors(DocumentKind.ACCOUNT, written));
  }
}
