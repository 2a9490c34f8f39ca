package dev.kamkit.rules.evaluation;

import static dev.kamkit.model.testing.SeedAccounts.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.offlabel.OffLabelPolicy;
import dev.kamkit.rules.compliance.rationale.RationalePolicy;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.pipeline.PipelineAnalysis;
import dev.kamkit.scoring.pipeline.PipelinePolicy;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The evaluator runs each pack where it applies and keeps findings about its policies apart. */
class KamkitTest {
  private static final Kamkit EVERYWHERE =
      Kamkit.of(KamkitPolicies.builder().packScope(PackScope.everywhere()).build());

  @Test
  void packsFollowTheAccountsJurisdictionAndItsUsLicensees() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    assertEquals(
        List.of("openpayments", "conduct", "offlabel", "states", "firewall", "rationale"),
        Kamkit.withDefaults().evaluate(riverside, AS_OF).compliance().packs());
    // Riverside's physicians hold US licences and NPIs: Open Payments still applies to them
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia"),
        Kamkit.withDefaults().evaluate(inCountry(riverside, "DE"), AS_OF).compliance().packs());
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia", "france"),
        Kamkit.withDefaults().evaluate(inCountry(riverside, "FR"), AS_OF).compliance().packs());
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia", "uk"),
        Kamkit.withDefaults().evaluate(inCountry(riverside, "GB"), AS_OF).compliance().packs());
    KeyAccount rheinaue = SeedAccounts.academicMedicalCentre();
    assertEquals("DE", rheinaue.account().country());
    AccountEvaluation e = Kamkit.withDefaults().evaluate(rheinaue, AS_OF);
    assertEquals(List.of("firewall", "rationale", "efpia"), e.compliance().packs());
    assertTrue(
        Stream.concat(e.compliance().findings().stream(), e.configuration().stream())
            .noneMatch(f -> f.ruleId().startsWith("openpayments.")));
    assertEquals(
        List.of(
            "openpayments",
            "conduct",
            "offlabel",
            "states",
            "firewall",
            "rationale",
            "efpia",
            "france",
            "uk"),
        EVERYWHERE.evaluate(rheinaue, AS_OF).compliance().packs());
  }

  @Test
  void theReportNamesThePolicyVersionOfEachPackThatRan() {
    Kamkit kamkit =
        Kamkit.of(
            KamkitPolicies.builder()
                .offLabel(OffLabelPolicy.defaults().withVersion("acme-offlabel-2"))
                .rationale(RationalePolicy.defaults().withVersion("acme-rationale-2"))
                .build());
    assertEquals(
        List.of(
            Map.entry("openpayments", "kamkit-openpayments-1"),
            Map.entry("conduct", "kamkit-conduct-1"),
            Map.entry("offlabel", "acme-offlabel-2"),
            Map.entry("states", "kamkit-states-1"),
            Map.entry("firewall", "kamkit-firewall-1"),
            Map.entry("rationale", "acme-rationale-2")),
        List.copyOf(
            kamkit
                .evaluate(SeedAccounts.riversideHealth(), AS_OF)
                .compliance()
                .policyVersions()
                .entrySet()));
  }

  @Test
  void findingsAboutPoliciesAreKeptApartAndReportedOncePerPortfolio() {
    Portfolio two =
        Portfolio.builder()
            .addAccounts(SeedAccounts.riversideHealth(), SeedAccounts.academicMedicalCentre())
            .build();
    PortfolioEvaluation p = Kamkit.withDefaults().evaluate(two, AS_OF);
    List<Finding> met = p.accounts().stream().flatMap(a -> a.configuration().stream()).toList();
    assertFalse(met.isEmpty());
    assertTrue(met.stream().allMatch(Finding::isConfiguration));
    assertEquals(
        met.stream().map(f -> f.ruleId() + " " + f.message()).distinct().toList(),
        p.configuration().stream().map(f -> f.ruleId() + " " + f.message()).toList());
  }

  @Test
  void anEvaluationExplainsItselfPartByPart() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    AccountEvaluation e = Kamkit.withDefaults().evaluate(riverside, AS_OF);
    Explanation x = e.explanation();
    assertEquals(
        Message.of(
            EvaluationCode.ACCOUNT,
            Arg.of(riverside.id(), riverside.account().name()),
            Arg.of(AS_OF)),
        x.line());
    assertEquals(e.tier().explanation(), x.details().get(0));
    assertEquals(e.coverage().explanation(), x.details().get(4));
    assertEquals(
        Message.of(EvaluationCode.NEXT_STAKEHOLDERS, Arg.of(e.nextStakeholders().size())),
        x.details().get(5).line());
    assertEquals(
        Message.of(EvaluationCode.TURNOVER_EXPOSURE, Arg.of(e.turnoverExposure().size())),
        x.details().get(6).line());
    assertFalse(e.turnoverExposure().isEmpty());
    assertEquals(e.turnoverExposure().get(0).line(), x.details().get(6).details().get(0).line());
    assertEquals(e.health().explanation(), x.details().get(9));
    assertEquals(e.pipeline().explanation(), x.details().get(10));
    assertEquals(e.committee().explanation(), x.details().get(11));
    assertEquals(e.shareOfVoice().explanation(), x.details().get(12));
    assertEquals(e.compliance().explanation(), x.details().get(13));
    assertEquals(
        Message.of(EvaluationCode.CONFIGURATION, Arg.of(e.configuration().size())),
        x.details().get(14).line());
    assertEquals(15, x.details().size());
    assertTrue(e.explain().startsWith("Riverside Health System as of 2026-11-02\n"), e.explain());
    assertTrue(e.explain(Locale.GERMAN).startsWith("Riverside Health System, Stand 02.11.2026\n"));
    assertTrue(e.explain(Locale.FRENCH).startsWith("Riverside Health System au 02/11/2026\n"));

    PortfolioEvaluation p =
        Kamkit.withDefaults().evaluate(Portfolio.builder().addAccounts(riverside).build(), AS_OF);
    assertEquals(
        Message.of(EvaluationCode.PORTFOLIO, Arg.of(1), Arg.of(AS_OF)), p.explanation().line());
    assertEquals(e.explanation(), p.explanation().details().get(0));
    assertTrue(p.explain().startsWith("Portfolio of 1 account as of 2026-11-02\n"), p.explain());
  }

  @Test
  void thePipelineReadsTheWhitespaceOnceScoredAndCommitteesAreJudgedUnderTheHostsPolicies() {
    KamkitPolicies policies =
        KamkitPolicies.builder()
            .pipeline(
                PipelinePolicy.builder()
                    .version("acme-pipeline")
                    .putStageProbability(OpportunityStage.PROPOSAL, 40)
                    .build())
            .committee(
                CommitteeProgressionPolicy.defaults()
                    .withVersion("acme-committee")
                    .withExpectedCycleDays(90))
            .build();
    assertEquals(PipelinePolicy.defaults(), KamkitPolicies.defaults().pipeline());
    assertEquals(CommitteeProgressionPolicy.defaults(), KamkitPolicies.defaults().committee());
    KamGenerator generator = KamGenerator.seeded(20);
    for (int i = 0; i < 8; i++) {
      KeyAccount account = generator.keyAccount();
      LocalDate asOf = generator.referenceDate();
      AccountEvaluation e = Kamkit.of(policies).evaluate(account, asOf);
      assertEquals(
          PipelineAnalysis.of(policies.pipeline()).evaluate(account, e.whitespace()), e.pipeline());
      assertEquals("acme-pipeline", e.pipeline().policyVersion());
      assertEquals(
          CommitteeProgression.of(policies.committee()).evaluate(account, asOf), e.committee());
      assertEquals("acme-committee", e.committee().policyVersion());
    }
  }

  @Test
  void aPortfolioRollsUpCommitteesAndAddsUpThePipelineByCurrency() {
    KamGenerator generator = KamGenerator.seeded(21);
    Portfolio portfolio = generator.portfolio(4);
    LocalDate asOf = generator.referenceDate();
    PortfolioEvaluation p = Kamkit.withDefaults().evaluate(portfolio, asOf);

    List<CommitteeProgressionResult> committees =
        p.accounts().stream().map(AccountEvaluation::committee).toList();
    assertEquals(CommitteeProgression.withDefaults().rollUp(committees), p.committee());
    assertEquals(
        p.accounts().stream().mapToInt(a -> a.committee().submissions().size()).sum(),
        p.committee().accounts().stream().mapToInt(r -> r.submissions().size()).sum());

    Map<Currency, Money> open = new HashMap<>();
    Map<Currency, Money> weighted = new HashMap<>();
    for (AccountEvaluation a : p.accounts()) {
      a.pipeline().openPipeline().ifPresent(m -> open.merge(m.currency(), m, Money::plus));
      a.pipeline().weightedPipeline().ifPresent(m -> weighted.merge(m.currency(), m, Money::plus));
    }
    assertFalse(open.isEmpty(), "the generated accounts have open opportunities");
    assertEquals(open.size(), p.openPipeline().size());
    p.openPipeline().forEach(m -> assertEquals(open.get(m.currency()), m));
    p.weightedPipeline().forEach(m -> assertEquals(weighted.get(m.currency()), m));
    assertEquals(
        p.openPipeline().stream().map(m -> m.currency().getCurrencyCode()).sorted().toList(),
        p.openPipeline().stream().map(m -> m.currency().getCurrencyCode()).toList());
    List<Explanation> parts = p.explanation().details();
    assertEquals(p.committee().explanation(), parts.get(p.accounts().size() + 3));
    assertEquals(p.shareOfVoice().explanation(), parts.get(p.accounts().size() + 4));
    assertEquals(
        Message.of(
            EvaluationCode.PIPELINE,
            Arg.list(p.openPipeline(), Arg::of),
            Arg.list(p.weightedPipeline(), Arg::of)),
        parts.get(p.accounts().size() + 5).line());

    PortfolioEvaluation none = Kamkit.withDefaults().evaluate(Portfolio.builder().build(), asOf);
    assertEquals(List.of(), none.committee().accounts());
    assertEquals(List.of(), none.shareOfVoice().accounts());
    assertEquals(asOf, none.shareOfVoice().asOf());
    assertEquals(List.of(), none.openPipeline());
  }

  @Test
  void shareOfVoiceIsMeasuredOnceAndUnderServedAccountsReadItUnderTheSamePolicy() {
    assertEquals(ShareOfVoicePolicy.defaults(), KamkitPolicies.defaults().shareOfVoice());
    KamGenerator generator = KamGenerator.seeded(22);
    Portfolio portfolio = generator.portfolio(5);
    LocalDate asOf = generator.referenceDate();
    PortfolioEvaluation p = Kamkit.withDefaults().evaluate(portfolio, asOf);
    for (AccountEvaluation a : p.accounts()) {
      KeyAccount account =
          portfolio.accounts().stream()
              .filter(k -> k.id().equals(a.account()))
              .findFirst()
              .orElseThrow();
      assertEquals(ShareOfVoice.withDefaults().evaluate(account, asOf), a.shareOfVoice());
    }
    assertEquals(ShareOfVoice.withDefaults().assess(portfolio, asOf), p.shareOfVoice());
    assertEquals(
        UnderServedAccounts.withDefaults().assess(portfolio, asOf, p.shareOfVoice()),
        p.underServed());

    // another policy of its own: under-served accounts measure theirs by their policy
    ShareOfVoicePolicy quarter =
        ShareOfVoicePolicy.defaults().withVersion("acme-voice").withWindowDays(91);
    KamkitPolicies policies = KamkitPolicies.builder().shareOfVoice(quarter).build();
    PortfolioEvaluation q = Kamkit.of(policies).evaluate(portfolio, asOf);
    assertEquals(ShareOfVoice.of(quarter).assess(portfolio, asOf), q.shareOfVoice());
    assertEquals("acme-voice", q.accounts().get(0).shareOfVoice().policyVersion());
    assertEquals(UnderServedAccounts.withDefaults().assess(portfolio, asOf), q.underServed());

    // and the same policy given to both is measured once and handed over
    KamkitPolicies both =
        KamkitPolicies.builder()
            .shareOfVoice(quarter)
            .underServed(UnderServedPolicy.defaults().withShareOfVoice(quarter))
            .build();
    PortfolioEvaluation r = Kamkit.of(both).evaluate(portfolio, asOf);
    assertEquals(
        UnderServedAccounts.of(both.underServed()).assess(portfolio, asOf), r.underServed());
  }

  @Test
  void healthReadsCommitteesThePipelineAndVoiceUnderItsOwnPoliciesOrTheReportedOnes() {
    KamkitPolicies reported =
        KamkitPolicies.builder()
            .committee(CommitteeProgressionPolicy.defaults().withExpectedCycleDays(30))
            .build();
    KamkitPolicies reportedPipeline =
        KamkitPolicies.builder()
            .pipeline(PipelinePolicy.builder().version("acme-pipeline").build())
            .build();
    KamkitPolicies reportedVoice =
        KamkitPolicies.builder()
            .shareOfVoice(
                ShareOfVoicePolicy.defaults().withVersion("acme-voice").withWindowDays(91))
            .build();
    KamGenerator generator = KamGenerator.seeded(22);
    for (int i = 0; i < 4; i++) {
      KeyAccount account = generator.keyAccount();
      LocalDate asOf = generator.referenceDate();
      // judged again under health's own policies: the reported results would be refused
      assertEquals(
          HealthScorer.withDefaults().score(account, asOf),
          Kamkit.of(reported).evaluate(account, asOf).health());
      assertEquals(
          HealthScorer.withDefaults().score(account, asOf),
          Kamkit.of(reportedPipeline).evaluate(account, asOf).health());
      assertEquals(
          HealthScorer.withDefaults().score(account, asOf),
          Kamkit.of(reportedVoice).evaluate(account, asOf).health());
      // the same policies: the reported results are handed over
      AccountEvaluation e = Kamkit.withDefaults().evaluate(account, asOf);
      assertEquals(
          HealthScorer.withDefaults()
              .score(account, asOf, e.committee(), e.pipeline(), e.shareOfVoice()),
          e.health());
    }
  }

  @Test
  void maturityJudgesThePlanUnderItsOwnCompletenessPolicy() {
    CompletenessPolicy reported = CompletenessPolicy.defaults().withVersion("acme-reported");
    KamkitPolicies policies = KamkitPolicies.builder().completeness(reported).build();
    KeyAccount riverside = SeedAccounts.riversideHealth();

    AccountEvaluation e = Kamkit.of(policies).evaluate(riverside, AS_OF);

    assertEquals("acme-reported", e.completeness().policyVersion());
    // scored again under maturity's own policy: the reported result would be refused
    assertEquals(MaturityClassifier.withDefaults().classify(riverside, AS_OF), e.maturity());
  }

  @Test
  void aPortfolioReportsWhatOnlyItsAccountsTogetherShow() {
    // Dr. Ortiz has 64.40 USD of a group lunch at Riverside; a 10 USD coffee there stays below
    // the minimum, until the 100 USD dinner recorded under another account counts too
    StakeholderId ortiz = StakeholderId.of("riverside-oncologist-st-lukes");
    KeyAccount riverside = paying(SeedAccounts.riversideHealth(), "coffee", ortiz, "10.00");
    KeyAccount other =
        paying(SeedAccounts.riversideHealth(), "dinner", ortiz, "100.00")
            .withAccount(riverside.account().withId(AccountId.of("riverside-twin")));
    Portfolio both = Portfolio.builder().addAccounts(riverside, other).build();

    PortfolioEvaluation p = Kamkit.withDefaults().evaluate(both, AS_OF);

    assertEquals(
        List.of(List.of(ortiz, TransferOfValueId.of("coffee"))),
        p.complianceAcrossAccounts().findings().stream()
            .filter(f -> f.account().equals(riverside.id()))
            .map(Finding::subjects)
            .toList());
    assertTrue(
        p.complianceAcrossAccounts().findings().stream()
            .allMatch(f -> f.ruleId().equals("openpayments.reportable-across-accounts")));
    assertEquals(
        ComplianceValidator.of(Kamkit.withDefaults().packs())
            .validateAcross(both.accounts(), AS_OF, (pack, account) -> true)
            .findings(),
        p.complianceAcrossAccounts().findings());
    PackScope withoutOpenPayments = (pack, account) -> !pack.id().equals("openpayments");
    assertEquals(
        List.of(),
        Kamkit.of(KamkitPolicies.builder().packScope(withoutOpenPayments).build())
            .evaluate(both, AS_OF)
            .complianceAcrossAccounts()
            .findings());
  }

  private static KeyAccount paying(
      KeyAccount account, String id, StakeholderId recipient, String usd) {
    return KeyAccount.builder()
        .from(account)
        .addTransfersOfValue(
            TransferOfValue.builder()
                .id(TransferOfValueId.of(id))
                .date(AS_OF.minusDays(20))
                .amount(Money.of(usd, "USD"))
                .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
                .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
                .recipient(recipient)
                .build())
        .build();
  }

  private static KeyAccount inCountry(KeyAccount account, String country) {
    return account.withAccount(Account.copyOf(account.account()).withCountry(country));
  }
}
