package dev.kamkit.scoring.pipeline;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.money;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What a pipeline analysis says, as codes: its headline, the objectives with nothing behind them,
 * the opportunities that serve no objective or are overdue, each revenue target against the
 * pipeline serving it, and the whitespace cells that are or are not yet pipeline.
 *
 * <p>{@code objective} is an objective reference, {@code opportunity} an opportunity reference,
 * {@code product} a product reference and {@code unit} a clinical unit reference; {@code stage} is
 * an {@link dev.kamkit.model.pipeline.OpportunityStage}; amounts are in the currency they were
 * recorded in.
 */
public enum PipelineCode implements MessageCode {
  /** A policy sets a probability for a closed stage: won counts in full and lost not at all. */
  CLOSED_STAGE("pipeline.policy.closed-stage"),

  /**
   * The headline: {@code open} open opportunities worth {@code amount}, {@code weighted} once
   * weighted by their probabilities (those in the pipeline's currency with a known probability).
   */
  SUMMARY("pipeline.summary", count("open"), money("amount"), money("weighted")),
  /** The headline when no opportunity is open. */
  EMPTY("pipeline.empty"),

  /**
   * A commercial objective (one naming a product or a revenue target) not yet due has no open or
   * won opportunity serving it. Linking an opportunity that serves it, or opening one, changes it.
   */
  OBJECTIVE_UNBACKED("pipeline.objective.unbacked", ref("objective")),
  /** An open opportunity serves no objective of the plan. Linking it to one changes it. */
  OPPORTUNITY_UNALIGNED("pipeline.opportunity.unaligned", ref("opportunity")),
  /**
   * An open opportunity was expected to close on {@code expected}, {@code days} days before the
   * analysis. Closing it, or moving its expected close, changes it.
   */
  OPPORTUNITY_OVERDUE(
      "pipeline.opportunity.overdue", ref("opportunity"), date("expected"), count("days")),
  /**
   * An open opportunity in {@code stage} is left out of the weighted pipeline: its owner recorded
   * no probability and the policy sets none for the stage. Recording one changes it.
   */
  PROBABILITY_UNKNOWN("pipeline.probability.unknown", ref("opportunity"), choice("stage")),
  /**
   * An opportunity in {@code currency} is left out of the totals, which are in {@code pipeline}:
   * amounts are not converted.
   */
  OTHER_CURRENCY("pipeline.currency.other", ref("opportunity"), text("currency"), text("pipeline")),

  /**
   * An objective's revenue {@code target} is met by {@code won} won and {@code weighted} weighted
   * open pipeline serving it. A strength; its subjects are the objective, then the opportunities
   * counted, in id order.
   */
  TARGET_COVERED(
      "pipeline.target.covered",
      ref("objective"),
      money("target"),
      money("won"),
      money("weighted")),
  /**
   * An objective's revenue {@code target} is short by {@code gap}: {@code won} won and {@code
   * weighted} weighted open pipeline serve it. Adding or advancing opportunities worth the gap,
   * weighted, changes it. Its subjects are the objective, then the opportunities counted, in id
   * order.
   */
  TARGET_GAP(
      "pipeline.target.gap",
      ref("objective"),
      money("target"),
      money("won"),
      money("weighted"),
      money("gap")),
  /**
   * An open opportunity serving an objective is expected to close on {@code expected}, after the
   * objective is due on {@code due}, so it does not count toward the objective's target.
   */
  TARGET_LATE(
      "pipeline.target.late", ref("objective"), ref("opportunity"), date("expected"), date("due")),

  /**
   * {@code inPipeline} of the {@code open} addressable unsold whitespace cells have an open or won
   * opportunity for their product in their clinical unit.
   */
  WHITESPACE_CONVERTED("pipeline.whitespace.converted", count("inPipeline"), count("open")),
  /**
   * An addressable unsold whitespace cell has no opportunity for its product in its clinical unit.
   * Opening one changes it.
   */
  WHITESPACE_UNWORKED("pipeline.whitespace.unworked", ref("product"), ref("unit"), ref("site"));

  private final String code;
  private final List<Param> params;

  PipelineCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }
}
