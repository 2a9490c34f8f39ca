package dev.kamkit.rules.evaluation;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything kamkit says about one key account on one day: its tier, KAM maturity stage,
 * relationship stage, engagement model, the four scores, who to engage next, what a leaver would
 * take away, its plan against its pipeline, its committee submissions' progression, its share of
 * voice and its compliance findings, each a result that explains itself.
 *
 * <p>{@link #compliance()} holds the findings about the account; findings about the packs' policies
 * (a program year without a threshold row, a missing teaching hospital list) are in {@link
 * #configuration()}, for whoever administers the policies.
 */
@Value.Immutable
public abstract class AbstractAccountEvaluation implements Explainable {
  // Only the generated AccountEvaluation extends this: no host subclass.
  AbstractAccountEvaluation() {}

  /** The account evaluated. */
  public abstract AccountId account();

  /** Its name, for people. */
  public abstract String accountName();

  /** The day it was evaluated for. */
  public abstract LocalDate asOf();

  /**
   * Its tier by potential value. Alone, an account is tiered on absolute cut-offs; in a portfolio
   * the portfolio's tiering adds what spans accounts (tier 1 crowding).
   */
  public abstract TierResult tier();

  /** Its KAM maturity stage and what the next one needs. */
  public abstract MaturityResult maturity();

  /** Its relationship stage, from its contact structure. */
  public abstract RelationshipStageResult relationship();

  /** The engagement model recommended for it, and its place on the engagement grid. */
  public abstract EngagementAssessment engagement();

  /** Relationship coverage. */
  public abstract CoverageResult coverage();

  /** Who to engage next for the most coverage, best first. */
  public abstract List<NextStakeholder> nextStakeholders();

  /**
   * What each of our people who holds someone would take away by leaving, largest loss first: the
   * account's exposure to turnover.
   */
  public abstract List<TurnoverImpact> turnoverExposure();

  /** Account plan completeness. */
  public abstract CompletenessResult completeness();

  /** Whitespace penetration and open opportunities. */
  public abstract WhitespaceResult whitespace();

  /** Account health from leading and lagging indicators. */
  public abstract HealthResult health();

  /**
   * The plan against the pipeline: open and weighted pipeline, revenue targets against the pipeline
   * serving them, objectives with nothing behind them, opportunities that serve no objective, and
   * the whitespace that has become pipeline (read from {@link #whitespace()}).
   */
  public abstract PipelineResult pipeline();

  /**
   * The committee submissions' progression: the share approved, days per stage, each submission at
   * its stage with why it has stalled, and each decision body's next meeting.
   */
  public abstract CommitteeProgressionResult committee();

  /**
   * Share of voice: our field interactions in the account against the competitors' the host
   * records, whether our share is above the average company's, and what would lift it; or why it is
   * unknown.
   */
  public abstract ShareOfVoiceResult shareOfVoice();

  /** The findings of the packs that apply to the account, about the account. */
  public abstract ComplianceReport compliance();

  /** The packs' findings about their own policies, met while checking this account. */
  public abstract List<Finding> configuration();

  /**
   * Every part's explanation under the account and the day: tier, maturity, relationship stage,
   * engagement model, coverage, who to engage next and what a leaver takes away, completeness,
   * whitespace, health, pipeline, committee progression, share of voice, compliance, and the policy
   * settings to review when there are any.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> parts = new ArrayList<>();
    parts.add(tier().explanation());
    parts.add(maturity().explanation());
    parts.add(relationship().explanation());
    parts.add(engagement().explanation());
    parts.add(coverage().explanation());
    parts.add(
        Listing.of(EvaluationCode.NEXT_STAKEHOLDERS, nextStakeholders(), NextStakeholder::why));
    parts.add(
        Listing.of(EvaluationCode.TURNOVER_EXPOSURE, turnoverExposure(), TurnoverImpact::line));
    parts.add(completeness().explanation());
    parts.add(whitespace().explanation());
    parts.add(health().explanation());
    parts.add(pipeline().explanation());
    parts.add(committee().explanation());
    parts.add(shareOfVoice().explanation());
    parts.add(compliance().explanation());
    if (!configuration().isEmpty()) {
      parts.add(Listing.of(EvaluationCode.CONFIGURATION, configuration(), Finding::line));
    }
    return Explanation.of(
        Message.of(EvaluationCode.ACCOUNT, Arg.of(account(), accountName()), Arg.of(asOf())),
        parts);
  }
}
