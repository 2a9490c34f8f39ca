package dev.kamkit.rules.review;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.money;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What changed in an account between two reviews, as codes.
 *
 * <p>{@code account} is an account reference, {@code stakeholder} a stakeholder's, {@code member} a
 * team member's, {@code action}, {@code objective}, {@code kpi}, {@code product}, {@code contract},
 * {@code submission}, {@code body} and {@code opportunity} those of the plan's and the account's
 * objects. {@code from} is the value at the last review, {@code to} the value now.
 */
public enum ReviewCode implements MessageCode {
  /** The headline: {@code account} since {@code since}, {@code changes} changes. */
  ACCOUNT("review.account", ref("account"), date("since"), count("changes")),
  /** The headline of an account where nothing changed since {@code since}. */
  ACCOUNT_UNCHANGED("review.account.unchanged", ref("account"), date("since")),
  /** A heading: {@code changes} changes of {@code topic} (a {@link ReviewTopic}). */
  TOPIC("review.topic", choice("topic"), count("changes")),
  /** One change as the explanation shows it: its {@link Movement}, then what it says. */
  CHANGE("review.change", choice("movement"), message("change")),
  /**
   * The portfolio headline: since {@code since}, {@code accounts} accounts reviewed, {@code
   * changed} of them changed, {@code changes} changes in all.
   */
  PORTFOLIO(
      "review.portfolio", date("since"), count("accounts"), count("changed"), count("changes")),
  /** An account that joined the portfolio since the last review. */
  ACCOUNT_ADDED("review.account.added", ref("account")),
  /** An account that left the portfolio since the last review. */
  ACCOUNT_REMOVED("review.account.removed", ref("account")),

  /** A stakeholder mapped since the last review. */
  STAKEHOLDER_ADDED("review.stakeholder.added", ref("stakeholder")),
  /** A stakeholder who has left the account, or is no longer on its map. A risk. */
  STAKEHOLDER_DEPARTED("review.stakeholder.departed", ref("stakeholder")),
  /** A stakeholder now retiring or leaving who was not at the last review. A risk. */
  STAKEHOLDER_RETIRING("review.stakeholder.retiring", ref("stakeholder")),
  /**
   * Any other move of a stakeholder's status ({@link
   * dev.kamkit.model.stakeholder.StakeholderStatus}).
   */
  STAKEHOLDER_STATUS("review.stakeholder.status", ref("stakeholder"), choice("from"), choice("to")),
  /** A stakeholder's sentiment toward us moved. */
  SENTIMENT_MOVED("review.stakeholder.sentiment", ref("stakeholder"), choice("from"), choice("to")),
  /** A stakeholder's sentiment, unknown at the last review, is now recorded. */
  SENTIMENT_RECORDED("review.stakeholder.sentiment.recorded", ref("stakeholder"), choice("to")),
  /** A stakeholder's sentiment, recorded at the last review, is no longer. */
  SENTIMENT_CLEARED("review.stakeholder.sentiment.cleared", ref("stakeholder"), choice("from")),
  /** A stakeholder's influence was re-rated. */
  INFLUENCE_MOVED("review.stakeholder.influence", ref("stakeholder"), choice("from"), choice("to")),
  /** A stakeholder's influence, unknown at the last review, is now rated. */
  INFLUENCE_RECORDED("review.stakeholder.influence.recorded", ref("stakeholder"), choice("to")),
  /** A stakeholder's influence, rated at the last review, is no longer. */
  INFLUENCE_CLEARED("review.stakeholder.influence.cleared", ref("stakeholder"), choice("from")),

  /** {@code member} now holds {@code stakeholder}, at {@code strength}. */
  RELATIONSHIP_GAINED(
      "review.relationship.gained", ref("member"), ref("stakeholder"), choice("strength")),
  /** {@code member}'s relationship with {@code stakeholder} is no longer recorded. */
  RELATIONSHIP_LOST("review.relationship.lost", ref("member"), ref("stakeholder")),
  /**
   * {@code member} was in touch with {@code stakeholder} at the last review and has not been in the
   * last {@code days} days. A risk.
   */
  RELATIONSHIP_QUIET("review.relationship.quiet", ref("member"), ref("stakeholder"), count("days")),
  /** The strength of {@code member}'s relationship with {@code stakeholder} moved. */
  RELATIONSHIP_STRENGTH(
      "review.relationship.strength",
      ref("member"),
      ref("stakeholder"),
      choice("from"),
      choice("to")),

  /** An action added to the plan. */
  ACTION_ADDED("review.action.added", ref("action")),
  /** An action completed since the last review. */
  ACTION_COMPLETED("review.action.completed", ref("action")),
  /** An action that has fallen overdue since the last review: due on {@code due}, not done. */
  ACTION_OVERDUE("review.action.overdue", ref("action"), date("due")),
  /** An action cancelled since the last review. */
  ACTION_CANCELLED("review.action.cancelled", ref("action")),

  /** An objective added to the plan. */
  OBJECTIVE_ADDED("review.objective.added", ref("objective")),
  /** An objective's status moved ({@link dev.kamkit.model.plan.ObjectiveStatus}). */
  OBJECTIVE_STATUS("review.objective.status", ref("objective"), choice("from"), choice("to")),
  /** A KPI's measured value moved, against its target when it has one. */
  KPI_MOVED("review.kpi.moved", ref("kpi"), number("from"), number("to")),
  /** A KPI measured for the first time. */
  KPI_MEASURED("review.kpi.measured", ref("kpi"), number("to")),

  /** A product now on the account's formulary records, at {@code status}. */
  FORMULARY_LISTED("review.formulary.listed", ref("product"), choice("status")),
  /** A product's formulary status moved ({@link dev.kamkit.model.portfolio.FormularyStatus}). */
  FORMULARY_MOVED("review.formulary.moved", ref("product"), choice("from"), choice("to")),
  /** A product with a formulary status at the last review has none now. */
  FORMULARY_UNLISTED("review.formulary.unlisted", ref("product"), choice("from")),

  /** A contract recorded since the last review, of {@code kind}, at {@code status}. */
  CONTRACT_ADDED("review.contract.added", ref("contract"), choice("kind"), choice("status")),
  /** A contract's status moved ({@link dev.kamkit.model.account.ContractStatus}). */
  CONTRACT_STATUS("review.contract.status", ref("contract"), choice("from"), choice("to")),
  /** A contract whose term ended on {@code end}, between the two reviews. */
  CONTRACT_EXPIRED("review.contract.expired", ref("contract"), date("end")),
  /** A contract's value changed. */
  CONTRACT_VALUE("review.contract.value", ref("contract"), money("from"), money("to")),
  /** A contract recorded at the last review is no longer. */
  CONTRACT_REMOVED("review.contract.removed", ref("contract")),

  /** A committee submission requested since the last review, to {@code body}, at {@code stage}. */
  SUBMISSION_ADDED("review.submission.added", ref("submission"), ref("body"), choice("stage")),
  /**
   * A submission moved from one stage to another ({@link
   * dev.kamkit.model.committee.SubmissionStage}).
   */
  SUBMISSION_ADVANCED(
      "review.submission.advanced", ref("submission"), choice("from"), choice("to")),
  /** {@code body} decided a submission since the last review ({@code decision}). */
  SUBMISSION_DECIDED(
      "review.submission.decided", ref("submission"), ref("body"), choice("decision")),
  /**
   * A submission that has stalled since the last review, or stalled for a new reason: {@code why}
   * lists the reasons (the {@code committee.stalled} messages). A risk.
   */
  SUBMISSION_STALLED("review.submission.stalled", ref("submission"), list("why")),
  /** A submission stalled at the last review that moves again. */
  SUBMISSION_MOVING("review.submission.moving", ref("submission")),

  /** An opportunity opened since the last review, at {@code stage}, worth {@code amount}. */
  OPPORTUNITY_ADDED(
      "review.opportunity.added", ref("opportunity"), choice("stage"), money("amount")),
  /** An open opportunity moved stage ({@link dev.kamkit.model.pipeline.OpportunityStage}). */
  OPPORTUNITY_STAGE("review.opportunity.stage", ref("opportunity"), choice("from"), choice("to")),
  /** An opportunity won since the last review, worth {@code amount}. */
  OPPORTUNITY_WON("review.opportunity.won", ref("opportunity"), money("amount")),
  /** An opportunity lost since the last review, worth {@code amount}. */
  OPPORTUNITY_LOST("review.opportunity.lost", ref("opportunity"), money("amount")),
  /** An opportunity's amount changed. */
  OPPORTUNITY_AMOUNT("review.opportunity.amount", ref("opportunity"), money("from"), money("to")),
  /** An opportunity recorded at the last review is no longer. */
  OPPORTUNITY_REMOVED("review.opportunity.removed", ref("opportunity")),

  /** A score ({@code title}) moved from {@code from} to {@code to}, by {@code change} points. */
  SCORE_MOVED(
      "review.score.moved", message("title"), number("from"), number("to"), number("change")),
  /** A score the account did not have at the last review. */
  SCORE_NEW("review.score.new", message("title"), number("to")),
  /** A score the account had at the last review and has no longer. */
  SCORE_GONE("review.score.gone", message("title"), number("from")),
  /**
   * A component ({@code label}) whose contribution moved from {@code from} to {@code to} points.
   */
  COMPONENT_MOVED("review.score.component", message("label"), number("from"), number("to")),
  /** A reason that holds now and did not at the last review ({@code reason}: its line). */
  REASON_APPEARED("review.reason.appeared", message("reason")),
  /** A reason that held at the last review and does not now. */
  REASON_GONE("review.reason.gone", message("reason")),
  /**
   * A classification ({@link ReviewedClassification}) moved from {@code from} to {@code to}: a
   * tier, a maturity stage, a relationship stage, an engagement model.
   */
  CLASSIFICATION_MOVED(
      "review.classification.moved", choice("classification"), choice("from"), choice("to")),
  /** A classification the account had none of at the last review. */
  CLASSIFICATION_SET("review.classification.set", choice("classification"), choice("to")),
  /** A classification the account had at the last review and has none of now. */
  CLASSIFICATION_CLEARED("review.classification.cleared", choice("classification"), choice("from"));

  private final String code;
  private final List<Param> params;

  ReviewCode(String code, Param... params) {
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
