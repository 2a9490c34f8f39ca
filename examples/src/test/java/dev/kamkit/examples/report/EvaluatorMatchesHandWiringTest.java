package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.sample.SamplePortfolio;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.evaluation.AccountEvaluation;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.KamkitPolicies;
import dev.kamkit.rules.evaluation.PortfolioEvaluation;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluator judges the sample portfolio exactly as the example's hand wiring did before it (the
 * calls are kept here as the reference), when it runs the same four packs on every account: the
 * same values, stages, models, reasons and findings. What changes on purpose is tested apart: packs
 * by jurisdiction, and findings about the policies kept out of the accounts' findings.
 */
class EvaluatorMatchesHandWiringTest {
  private static final LocalDate AS_OF = ReportArguments.DEFAULT_AS_OF;
  private static final Set<String> OLD_PACKS =
      Set.of(OpenPaymentsPack.ID, OffLabelPack.ID, RationalePack.ID, FirewallPack.ID);

  @Test
  void theEvaluatorGivesWhatTheHandWiredPartsGave() {
    Portfolio portfolio = SamplePortfolio.portfolio();
    Kamkit samePacks =
        Kamkit.of(
            KamkitPolicies.builder().packScope((pack, a) -> OLD_PACKS.contains(pack.id())).build());
    PortfolioEvaluation evaluation = samePacks.evaluate(portfolio, AS_OF);

    // the example's wiring before the evaluator, call for call
    Map<AccountId, EngagementInputs> inputs = new LinkedHashMap<>();
    for (KeyAccount account : portfolio.accounts()) {
      inputs.put(account.id(), EngagementInputs.fromFacts(account.account()));
    }
    ComplianceValidator compliance =
        ComplianceValidator.of(
            List.of(
                OpenPaymentsPack.withDefaults(),
                OffLabelPack.withDefaults(),
                RationalePack.withDefaults(),
                FirewallPack.withDefaults()));
    PortfolioTiering tiering = Tiering.withDefaults().tierAll(portfolio, inputs, AS_OF);
    List<EngagementAssessment> assessments = new ArrayList<>();
    for (KeyAccount account : portfolio.accounts()) {
      EngagementAssessment assessment =
          EngagementAssessor.withDefaults().assess(account, inputs.get(account.id()), AS_OF);
      assessments.add(assessment);
      AccountEvaluation e = evaluation.account(account.id()).orElseThrow();
      TierResult tier =
          tiering.results().stream()
              .filter(t -> t.account().equals(account.id()))
              .findFirst()
              .orElseThrow();
      assertEquals(tier, e.tier());
      assertEquals(MaturityClassifier.withDefaults().classify(account, AS_OF), e.maturity());
      assertEquals(
          RelationshipStageClassifier.withDefaults().classify(account, AS_OF), e.relationship());
      assertEquals(assessment, e.engagement());
      assertEquals(CoverageScorer.withDefaults().score(account, AS_OF), e.coverage());
      assertEquals(
          CoverageScorer.withDefaults().nextStakeholders(account, AS_OF), e.nextStakeholders());
      assertEquals(CompletenessScorer.withDefaults().score(account, AS_OF), e.completeness());
      assertEquals(WhitespaceScorer.withDefaults().score(account, AS_OF), e.whitespace());
      assertEquals(HealthScorer.withDefaults().score(account, AS_OF), e.health());
      List<Finding> before = compliance.validate(account, AS_OF).findings();
      assertEquals(
          before,
          Stream.concat(e.compliance().findings().stream(), e.configuration().stream())
              .sorted(Comparator.comparingInt(before::indexOf))
              .toList());
    }
    assertEquals(tiering, evaluation.tiering());
    assertEquals(SamAllocator.withDefaults().allocate(assessments, AS_OF), evaluation.sam());
    assertEquals(
        UnderServedAccounts.withDefaults().assess(portfolio, AS_OF), evaluation.underServed());
  }

  @Test
  void onPurposeTheGermanHospitalGetsNoUsPacksAndPolicyFindingsStandApart() {
    PortfolioAnalysis analysis = PortfolioAnalysis.of(SamplePortfolio.portfolio(), AS_OF);
    AccountAnalysis rheinaue = analysis.account(AccountId.of("uk-rheinaue"));
    assertEquals(List.of("firewall", "rationale", "efpia"), rheinaue.packs());
    AccountAnalysis riverside = analysis.account(AccountId.of("riverside-health"));
    assertEquals(
        List.of("openpayments", "conduct", "offlabel", "states", "firewall", "rationale"),
        riverside.packs());
    assertTrue(riverside.findings().stream().noneMatch(Finding::isConfiguration));
    assertTrue(
        analysis.configuration().stream()
            .anyMatch(
                f ->
                    f.ruleId()
                        .equals("openpayments.configuration.teaching-hospital-list-missing")));
  }
}
