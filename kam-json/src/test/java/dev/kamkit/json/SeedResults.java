package dev.kamkit.json;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.pipeline.PipelineAnalysis;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.List;

/** The shared seed accounts scored with every default scorer, as a results document. */
final class SeedResults {
  private SeedResults() {}

  /** Scores the seed accounts afresh each call, with new scorers. */
  static ResultsDocument document() {
    LocalDate asOf = SeedAccounts.AS_OF;
    ComplianceReport compliance =
        ComplianceValidator.of(List.of(OpenPaymentsPack.withDefaults()))
            .validate(SeedAccounts.portfolio(), asOf);
    EngagementAssessor assessor = EngagementAssessor.withDefaults();
    Tiering tiering = Tiering.withDefaults();
    List<AccountResults> accounts =
        SeedAccounts.all().stream()
            .map(
                (KeyAccount k) -> {
                  EngagementAssessment engagement = assessor.assess(k, asOf);
                  CoverageScorer coverageScorer = CoverageScorer.withDefaults();
                  CoverageResult coverage = coverageScorer.score(k, asOf);
                  WhitespaceResult whitespace = WhitespaceScorer.withDefaults().score(k, asOf);
                  return AccountResults.builder(k.account().id())
                      .coverage(coverage)
                      .completeness(CompletenessScorer.withDefaults().score(k, asOf))
                      .whitespace(whitespace)
                      .health(HealthScorer.withDefaults().score(k, asOf))
                      .maturity(MaturityClassifier.withDefaults().classify(k, asOf))
                      .engagement(engagement)
                      .tier(tiering.tier(engagement, k.account().tier()))
                      .compliance(compliance)
                      .relationship(RelationshipStageClassifier.withDefaults().classify(k, asOf))
                      .nextStakeholders(coverageScorer.nextStakeholders(k, coverage))
                      .turnoverExposure(coverageScorer.turnoverExposure(k, coverage))
                      .pipeline(PipelineAnalysis.withDefaults().evaluate(k, whitespace))
                      .committee(CommitteeProgression.withDefaults().evaluate(k, asOf))
                      .shareOfVoice(ShareOfVoice.withDefaults().evaluate(k, asOf))
                      .build();
                })
            .toList();
    return ResultsDocument.of(asOf, accounts);
  }
}
