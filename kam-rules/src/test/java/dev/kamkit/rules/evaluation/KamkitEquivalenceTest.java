package dev.kamkit.rules.evaluation;

import static dev.kamkit.model.testing.SeedAccounts.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
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
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.pipeline.PipelineAnalysis;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The evaluator gives, for every seed account and the seed portfolio, exactly what the hand-wired
 * parts give when every pack runs on every account. Slow (it evaluates everything several times)
 * and every part has its own tests, so mutation testing leaves it out.
 */
class KamkitEquivalenceTest {
  private static final Kamkit EVERYWHERE =
      Kamkit.of(KamkitPolicies.builder().packScope(PackScope.everywhere()).build());

  /** Every pack with its defaults, wired by hand the way a host had to before the evaluator. */
  private static final List<RulePack> ALL_PACKS =
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

  @Test
  void anAccountIsEvaluatedAsTheHandWiredPartsJudgeIt() {
    for (KeyAccount account : SeedAccounts.all()) {
      AccountEvaluation e = EVERYWHERE.evaluate(account, AS_OF);
      EngagementInputs inputs = EngagementInputs.fromFacts(account.account());
      assertEquals(account.id(), e.account());
      assertEquals(AS_OF, e.asOf());
      assertEquals(Tiering.withDefaults().tier(account, inputs, AS_OF), e.tier());
      assertEquals(MaturityClassifier.withDefaults().classify(account, AS_OF), e.maturity());
      assertEquals(
          RelationshipStageClassifier.withDefaults().classify(account, AS_OF), e.relationship());
      assertEquals(
          EngagementAssessor.withDefaults().assess(account, inputs, AS_OF), e.engagement());
      assertEquals(CoverageScorer.withDefaults().score(account, AS_OF), e.coverage());
      assertEquals(
          CoverageScorer.withDefaults().nextStakeholders(account, AS_OF), e.nextStakeholders());
      assertEquals(
          CoverageScorer.withDefaults().turnoverExposure(account, AS_OF), e.turnoverExposure());
      assertEquals(CompletenessScorer.withDefaults().score(account, AS_OF), e.completeness());
      assertEquals(WhitespaceScorer.withDefaults().score(account, AS_OF), e.whitespace());
      assertEquals(HealthScorer.withDefaults().score(account, AS_OF), e.health());
      assertEquals(
          PipelineAnalysis.withDefaults()
              .evaluate(account, WhitespaceScorer.withDefaults().score(account, AS_OF)),
          e.pipeline());
      assertEquals(CommitteeProgression.withDefaults().evaluate(account, AS_OF), e.committee());
      assertEquals(ShareOfVoice.withDefaults().evaluate(account, AS_OF), e.shareOfVoice());
      List<Finding> handWired =
          ComplianceValidator.of(ALL_PACKS).validate(account, AS_OF).findings();
      assertEquals(
          handWired,
          Stream.concat(e.compliance().findings().stream(), e.configuration().stream())
              .sorted(java.util.Comparator.comparingInt(handWired::indexOf))
              .toList());
      assertTrue(e.compliance().findings().stream().noneMatch(Finding::isConfiguration));
      assertTrue(e.configuration().stream().allMatch(Finding::isConfiguration));
    }
  }

  @Test
  void aPortfolioIsEvaluatedAsTheHandWiredPartsJudgeIt() {
    Portfolio portfolio = SeedAccounts.portfolio();
    PortfolioEvaluation p = EVERYWHERE.evaluate(portfolio, AS_OF);
    Map<dev.kamkit.model.id.AccountId, EngagementInputs> inputs = new LinkedHashMap<>();
    List<dev.kamkit.rules.engagement.EngagementAssessment> assessments = new ArrayList<>();
    for (KeyAccount a : portfolio.accounts()) {
      EngagementInputs in = EngagementInputs.fromFacts(a.account());
      inputs.put(a.id(), in);
      assessments.add(EngagementAssessor.withDefaults().assess(a, in, AS_OF));
    }
    assertEquals(Tiering.withDefaults().tierAll(portfolio, inputs, AS_OF), p.tiering());
    assertEquals(SamAllocator.withDefaults().allocate(assessments, AS_OF), p.sam());
    assertEquals(UnderServedAccounts.withDefaults().assess(portfolio, AS_OF), p.underServed());
    assertEquals(
        CommitteeProgression.withDefaults()
            .rollUp(
                portfolio.accounts().stream()
                    .map(a -> CommitteeProgression.withDefaults().evaluate(a, AS_OF))
                    .toList()),
        p.committee());
    assertEquals(ShareOfVoice.withDefaults().assess(portfolio, AS_OF), p.shareOfVoice());
    assertEquals(
        portfolio.accounts().stream().map(KeyAccount::id).toList(),
        p.accounts().stream().map(AccountEvaluation::account).toList());
    for (KeyAccount a : portfolio.accounts()) {
      assertEquals(EVERYWHERE.evaluate(a, AS_OF), p.account(a.id()).orElseThrow());
    }
  }
}
