package dev.kamkit.examples.report;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.evaluation.AccountEvaluation;
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
 * One key account as the report shows it: the account itself (for its relationship map and
 * whitespace grid) and what {@link dev.kamkit.rules.evaluation.Kamkit} says about it.
 *
 * @param account the account judged
 * @param evaluation everything kamkit says about it
 */
public record AccountAnalysis(KeyAccount account, AccountEvaluation evaluation) {

  /** Checks that the evaluation is of the account. */
  public AccountAnalysis {
    requireNonNull(account, "account");
    requireNonNull(evaluation, "evaluation");
    if (!evaluation.account().equals(account.id())) {
      throw new IllegalArgumentException(
          "the evaluation of " + evaluation.account() + " is not of account " + account.id());
    }
  }

  /** Its tier by potential value. */
  public TierResult tier() {
    return evaluation.tier();
  }

  /** Its KAM maturity stage and what the next one needs. */
  public MaturityResult maturity() {
    return evaluation.maturity();
  }

  /** Its relationship stage. */
  public RelationshipStageResult relationship() {
    return evaluation.relationship();
  }

  /** The engagement model recommended for it. */
  public EngagementAssessment engagement() {
    return evaluation.engagement();
  }

  /** Relationship coverage. */
  public CoverageResult coverage() {
    return evaluation.coverage();
  }

  /** Account plan completeness. */
  public CompletenessResult completeness() {
    return evaluation.completeness();
  }

  /** Whitespace penetration and open opportunities. */
  public WhitespaceResult whitespace() {
    return evaluation.whitespace();
  }

  /** Account health. */
  public HealthResult health() {
    return evaluation.health();
  }

  /** Who to engage next, best first. */
  public List<NextStakeholder> nextStakeholders() {
    return evaluation.nextStakeholders();
  }

  /** The compliance findings about the account, of the packs that apply to it. */
  public List<Finding> findings() {
    return evaluation.compliance().findings();
  }

  /** The findings of {@code severity}. */
  public List<Finding> findings(Severity severity) {
    return evaluation.compliance().findings(severity);
  }

  /** The ids of the compliance packs that apply to the account. */
  public List<String> packs() {
    return evaluation.compliance().packs();
  }
}
