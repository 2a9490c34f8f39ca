package dev.kamkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.json.KamJson;
import dev.kamkit.json.KamkitModule;
import dev.kamkit.json.format.AccountDocument;
import dev.kamkit.json.format.PortfolioDocument;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.RulePack;
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
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.InvestmentCheck;
import dev.kamkit.rules.engagement.InvestmentResult;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.engagement.SamReadiness;
import dev.kamkit.rules.engagement.SamReadinessCheck;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.KamkitPolicies;
import dev.kamkit.rules.evaluation.PackScope;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.MaturityComparison;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.MaturityRollup;
import dev.kamkit.rules.maturity.PortfolioMaturity;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes every call of the "Entry points" table of {@code docs/api.md}, as the table writes it, on
 * the seed accounts of the kam-model tests jar: a row whose call stops compiling breaks the build,
 * and a row whose call does not do what the row says fails here. A method the table names that this
 * class never calls fails {@link #everyMethodTheTableNamesIsCalledHere()}, so a new row comes with
 * its call.
 */
class ApiDocEntryPointsTest {
  private static final Path API_DOC = Path.of("..", "docs", "api.md");
  private static final Path THIS_SOURCE =
      Path.of("src", "test", "java", "dev", "kamkit", "examples", "ApiDocEntryPointsTest.java");
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;
  private static final KeyAccount ACCOUNT = SeedAccounts.riversideHealth();
  private static final Portfolio PORTFOLIO = SeedAccounts.portfolio();

  @Test
  void kamkitEvaluatesAnAccountAndAPortfolioInOneCall() {
    AccountEvaluation account = Kamkit.withDefaults().evaluate(ACCOUNT, AS_OF);
    assertEquals(ACCOUNT.id(), account.account());
    assertEquals(AS_OF, account.asOf());
    PortfolioEvaluation portfolio = Kamkit.withDefaults().evaluate(PORTFOLIO, AS_OF);
    assertEquals(account, portfolio.account(ACCOUNT.id()).orElseThrow());

    Kamkit everyPack =
        Kamkit.of(KamkitPolicies.builder().packScope(PackScope.everywhere()).build());
    AccountEvaluation everywhere = everyPack.evaluate(ACCOUNT, AS_OF);
    assertEquals(
        ComplianceValidator.of(everyPack.packs()).validate(ACCOUNT, AS_OF).findings().size(),
        everywhere.compliance().findings().size() + everywhere.configuration().size(),
        "with PackScope.everywhere() the evaluator runs every pack, as ComplianceValidator does");
  }

  @Test
  void valuesAreBuiltWithTheirBuilders() {
    assertEquals(ACCOUNT, KeyAccount.builder().from(ACCOUNT).build());
    assertEquals(
        PORTFOLIO, Portfolio.builder().accounts(SeedAccounts.all()).build(), "the seed portfolio");
  }

  @Test
  void moneyComesFromHostDataThreeWays() {
    Money amount = Money.of(new BigDecimal("125.00"), Currency.getInstance("USD"));
    assertEquals(amount, Money.of("125.00", "USD"));
    assertEquals(amount, Money.parse("125.00 USD"));
  }

  @Test
  void everyIdIsMadeFromTheHostsRecordId() {
    List<KamId> ids =
        List.of(
            AccountId.of("x"),
            ActionId.of("x"),
            ClinicalUnitId.of("x"),
            CommitteeSubmissionId.of("x"),
            ContractId.of("x"),
            DecisionBodyId.of("x"),
            IndicationId.of("x"),
            InitiativeId.of("x"),
            InteractionId.of("x"),
            KpiId.of("x"),
            MaterialId.of("x"),
            NeedId.of("x"),
            ObjectiveId.of("x"),
            OpportunityId.of("x"),
            ProductId.of("x"),
            ServiceAgreementId.of("x"),
            SiteId.of("x"),
            StakeholderId.of("x"),
            TargetListId.of("x"),
            TeamMemberId.of("x"),
            TransferOfValueId.of("x"));
    assertTrue(ids.stream().allMatch(id -> id.value().equals("x")));
    long idRecords =
        ApiDocTest.publicTypes(ApiDocTest.MODULES.get(0)).get("dev.kamkit.model.id").stream()
            .filter(t -> t.kind().equals("record"))
            .count();
    assertEquals(
        ids.size(), idRecords, "the table counts AccountId and the other twenty *Id types");
  }

  @Test
  void anNpiIsCheckedBeforeItIsMade() {
    assertTrue(Npi.isValid("1234567893"));
    assertEquals("1234567893", Npi.of("1234567893").value());
    assertFalse(Npi.isValid("1234567890"));
    assertThrows(InvalidModelException.class, () -> Npi.of("1234567890"));
  }

  @Test
  void coverageScoresNamesWhoToEngageAndWhatTurnoverWouldCost() {
    CoverageScorer coverage = CoverageScorer.withDefaults();
    CoverageResult score = coverage.score(ACCOUNT, AS_OF);
    assertEquals(ACCOUNT.id(), score.account());
    List<NextStakeholder> next = coverage.nextStakeholders(ACCOUNT, AS_OF);
    assertFalse(next.isEmpty(), "the seed account has someone left to engage");
    List<TurnoverImpact> exposure = coverage.turnoverExposure(ACCOUNT, AS_OF);
    assertFalse(exposure.isEmpty(), "somebody of ours holds someone at Riverside");
    TurnoverImpact largest = exposure.get(0);
    assertEquals(largest, coverage.ifTeamMemberLeaves(ACCOUNT, largest.teamMember(), AS_OF));
    assertEquals(
        exposure,
        Kamkit.withDefaults().evaluate(ACCOUNT, AS_OF).turnoverExposure(),
        "the evaluation carries the scorer's turnover exposure");
  }

  @Test
  void theScorersScoreOneAccountOnADay() {
    CompletenessResult completeness = CompletenessScorer.withDefaults().score(ACCOUNT, AS_OF);
    WhitespaceResult whitespace = WhitespaceScorer.withDefaults().score(ACCOUNT, AS_OF);
    HealthResult health = HealthScorer.withDefaults().score(ACCOUNT, AS_OF);
    assertEquals(
        List.of(ACCOUNT.id(), ACCOUNT.id(), ACCOUNT.id()),
        List.of(completeness.account(), whitespace.account(), health.account()));
    UnderServedReport underServed = UnderServedAccounts.withDefaults().assess(PORTFOLIO, AS_OF);
    assertEquals(AS_OF, underServed.asOf());
  }

  @Test
  void maturityIsClassifiedPerAccountAndComparedAcrossSnapshots() {
    MaturityClassifier classifier = MaturityClassifier.withDefaults();
    MaturityResult one = classifier.classify(ACCOUNT, AS_OF);
    PortfolioMaturity all = classifier.classifyAll(PORTFOLIO, AS_OF);
    assertTrue(all.results().contains(one));
    assertEquals(all, classifier.summarise(all.results(), AS_OF), "a roll-up of the same results");
    MaturityComparison unchanged = MaturityRollup.compare(all, all);
    assertTrue(unchanged.regressed().isEmpty() && unchanged.advanced().isEmpty());
    assertEquals(all.results().size(), unchanged.unchanged().size(), "a snapshot against itself");
    RelationshipStageResult stage =
        RelationshipStageClassifier.withDefaults().classify(ACCOUNT, AS_OF);
    assertEquals(ACCOUNT.id(), stage.account());
  }

  @Test
  void theEngagementModelIsAssessedAllocatedAndChecked() {
    EngagementAssessment assessment = EngagementAssessor.withDefaults().assess(ACCOUNT, AS_OF);
    assertEquals(
        assessment,
        EngagementAssessor.withDefaults().assess(ACCOUNT, EngagementInputs.none(), AS_OF),
        "assessing from the data alone is assessing with no inputs");
    List<EngagementAssessment> assessments =
        PORTFOLIO.accounts().stream()
            .map(a -> EngagementAssessor.withDefaults().assess(a, AS_OF))
            .toList();
    SamAllocation allocation = SamAllocator.withDefaults().allocate(assessments, AS_OF);
    SamReadiness readiness = SamReadinessCheck.withDefaults().check(ACCOUNT, assessment, AS_OF);
    InvestmentResult investment =
        InvestmentCheck.withDefaults().check(PORTFOLIO, assessments, AS_OF);
    assertEquals(
        Kamkit.withDefaults().evaluate(PORTFOLIO, AS_OF).sam(), allocation, "the evaluator's");
    assertEquals(ACCOUNT.id(), readiness.account());
    assertFalse(investment.explain().isBlank());
  }

  @Test
  void tieringTiersOneAccountOrAPortfolio() {
    TierResult one = Tiering.withDefaults().tier(ACCOUNT, EngagementInputs.none(), AS_OF);
    PortfolioTiering all = Tiering.withDefaults().tierAll(PORTFOLIO, Map.of(), AS_OF);
    assertTrue(all.results().contains(one), "no inputs for an account is EngagementInputs.none()");
  }

  @Test
  void everyPackIsMadeWithDefaultsAndValidatedTogether() {
    List<RulePack> packs =
        List.of(
            OpenPaymentsPack.withDefaults(),
            ConductPack.withDefaults(),
            OffLabelPack.withDefaults(),
            UsStatesPack.withDefaults(),
            FirewallPack.withDefaults(),
            RationalePack.withDefaults(),
            EfpiaPack.withDefaults(),
            FrancePack.withDefaults(),
            UkPack.withDefaults());
    ComplianceValidator validator = ComplianceValidator.of(packs);
    ComplianceReport account = validator.validate(ACCOUNT, AS_OF);
    ComplianceReport portfolio = validator.validate(PORTFOLIO, AS_OF);
    assertTrue(portfolio.findings().containsAll(account.findings()));
    assertTrue(packs.stream().noneMatch(p -> p.rules().isEmpty()), "every pack lists its rules");
    assertEquals(
        packs.stream().map(RulePack::id).toList(),
        Kamkit.withDefaults().packs().stream().map(RulePack::id).toList(),
        "the packs the evaluator composes are the nine packs kamkit ships");
  }

  @Test
  void jsonReadsWhatItWrites() {
    KamJson json = KamJson.defaults();
    String account = json.write(ACCOUNT);
    assertEquals(AccountDocument.of(ACCOUNT), json.read(account));
    assertEquals(AccountDocument.of(ACCOUNT), json.read(account.getBytes(StandardCharsets.UTF_8)));
    assertEquals(AccountDocument.of(ACCOUNT), json.read(new StringReader(account)));
    assertEquals(
        AccountDocument.of(ACCOUNT),
        json.read(new ByteArrayInputStream(account.getBytes(StandardCharsets.UTF_8))));
    assertEquals(ACCOUNT, json.readAccount(account).keyAccount());
    assertEquals(account, json.write(AccountDocument.of(ACCOUNT)));
    String portfolio = json.write(PORTFOLIO);
    assertEquals(PortfolioDocument.of(PORTFOLIO), json.readPortfolio(portfolio));
    ResultsDocument results = ResultsDocument.of(Kamkit.withDefaults().evaluate(PORTFOLIO, AS_OF));
    assertEquals(results, json.readResults(json.write(results)));
  }

  @Test
  void aHostsJacksonMapperReadsAccountsWithTheModule() {
    JsonMapper host = JsonMapper.builder().addModule(new KamkitModule()).build();
    assertEquals(ACCOUNT, host.readValue(KamJson.defaults().write(ACCOUNT), KeyAccount.class));
  }

  /** The names of the methods the call column of the table shows, without their receivers. */
  static Set<String> methodsTheTableNames(String document) {
    int start = document.indexOf("## Entry points");
    int end = document.indexOf("\n## ", start + 1);
    Set<String> methods = new TreeSet<>();
    for (String row : document.substring(start, end).split("\n")) {
      String[] cells = row.split("\\|");
      if (cells.length > 2 && row.startsWith("| ") && !row.startsWith("| you want")) {
        Matcher call = Pattern.compile("([A-Za-z]+)\\(").matcher(cells[2]);
        while (call.find()) {
          methods.add(call.group(1));
        }
      }
    }
    return methods;
  }

  @Test
  void everyMethodTheTableNamesIsCalledHere() throws IOException {
    Set<String> named = methodsTheTableNames(Files.readString(API_DOC, StandardCharsets.UTF_8));
    assertTrue(
        named.containsAll(Set.of("evaluate", "score", "turnoverExposure")), named.toString());
    String calls = Files.readString(THIS_SOURCE, StandardCharsets.UTF_8);
    Set<String> notCalled = new TreeSet<>();
    for (String method : named) {
      if (!Pattern.compile("[.\\s]" + method + "\\(").matcher(calls).find()) {
        notCalled.add(method);
      }
    }
    assertEquals(
        Set.of(),
        notCalled,
        "docs/api.md's Entry points table names methods this test never calls; call them here");
  }
}
