package dev.kamkit.examples.report;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.util.List;

/**
 * Everything kamkit says about one key account on one day: its tier, KAM maturity stage,
 * relationship stage, engagement model, the four scores, who to engage next and its compliance
 * findings.
 *
 * @param account the account judged
 * @param tier its tier by potential value
 * @param maturity its KAM maturity stage and what the next one needs
 * @param relationship its relationship stage (contact structure)
 * @param engagement the engagement model recommended for it
 * @param coverage relationship coverage
 * @param completeness account plan completeness
 * @param whitespace whitespace penetration and open opportunities
 * @param health account health from leading and lagging indicators
 * @param nextStakeholders who to engage next, best first
 * @param findings the compliance packs' findings for the account
 */
public record AccountAnalysis(
    KeyAccount account,
    TierResult tier,
    MaturityResult maturity,
    RelationshipStageResult relationship,
    EngagementAssessment engagement,
    CoverageResult coverage,
    CompletenessResult completeness,
    WhitespaceResult whitespace,
    HealthResult health,
    List<NextStakeholder> nextStakeholders,
    List<Finding> findings) {

  /** Copies the lists. */
  public AccountAnalysis {
    nextStakeholders = List.copyOf(nextStakeholders);
    findings = List.copyOf(findings);
  }

  /** The findings of {@code severity}. */
  public List<Finding> findings(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).toList();
  }
}
