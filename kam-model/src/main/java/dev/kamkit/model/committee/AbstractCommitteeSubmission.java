package dev.kamkit.model.committee;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A request to one of the account's decision bodies, a value analysis, P&amp;T or formulary
 * committee, to accept one of our products, for an indication where the request names one. "A key
 * account manager who understands the committee calendar, the submission requirements, and the
 * internal champion needed to sponsor a request closes faster than one who does not" (Prolifiq,
 * "Healthcare Key Account Management: A Practical Guide"): so a submission records its sponsor in
 * the account (usually the clinical champion), the team member of ours who owns it, the meeting it
 * targets, and its history, one {@link SubmissionStep} per stage reached with its day.
 *
 * <p>Build with {@code CommitteeSubmission.builder()}. The history is never empty; its stages move
 * forward ({@link SubmissionStage}: a stage the body does not use may be skipped) and its days
 * never go back; a decision stands only at the decision stage, and nothing follows a final one.
 * After a {@linkplain SubmissionDecision#DEFERRED deferred} decision the submission may return to
 * any stage. References to the body, product, site, people and opportunity are checked when the
 * {@code KeyAccount} is built.
 */
@Value.Immutable
public abstract class AbstractCommitteeSubmission {
  // Only the generated CommitteeSubmission extends this: no host subclass.
  AbstractCommitteeSubmission() {}

  /** The submission's id. */
  public abstract CommitteeSubmissionId id();

  /** What it is called, for example {@code "Oncoxa, 2L NSCLC, System P&T"}. */
  public abstract String name();

  /** The decision body it is submitted to. */
  public abstract DecisionBodyId decisionBody();

  /** The product it asks the body to accept. */
  public abstract ProductId product();

  /** The indication it is for, where the request is indication-specific. */
  public abstract Optional<IndicationId> indication();

  /** The site it is for, where not the whole system. */
  public abstract Optional<SiteId> site();

  /** The stakeholder in the account who sponsors it, usually the clinical champion. */
  public abstract Optional<StakeholderId> sponsor();

  /** The team member of ours who owns it. */
  public abstract Optional<TeamMemberId> owner();

  /** The body's meeting it aims at, where set: one of its {@code meetingDates} as a rule. */
  public abstract Optional<LocalDate> targetMeeting();

  /** The pipeline opportunity whose sale it clears the way for, where there is one. */
  public abstract Optional<OpportunityId> opportunity();

  /** Its history, oldest first: never empty; the first step is the day it was requested. */
  public abstract List<SubmissionStep> steps();

  /** The host's own fields, kept as given. */
  public abstract Map<String, AttributeValue> attributes();

  /** The step it has reached: the last of its history. */
  public SubmissionStep current() {
    return steps().get(steps().size() - 1);
  }

  /** The stage it has reached. */
  public SubmissionStage stage() {
    return current().stage();
  }

  /** The day it was requested: the day of its first step. */
  public LocalDate requestedOn() {
    return steps().get(0).date();
  }

  /** The body's last decision on it, if it has decided; a deferral leaves it open. */
  public Optional<SubmissionDecision> decision() {
    return current().decision();
  }

  /** True until the body has made a final decision (a deferral is not one). */
  public boolean isOpen() {
    return !current().isFinal();
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("CommitteeSubmission", id())
            .nonBlank("name", name())
            .nonEmpty("steps", steps())
            .attributeKeys(attributes());
    List<SubmissionStep> steps = steps();
    for (int i = 1; i < steps.size(); i++) {
      SubmissionStep before = steps.get(i - 1);
      SubmissionStep step = steps.get(i);
      FieldPath at = FieldPath.of("steps").element(i, Arg.of(step.stage()), Arg.of(step.date()));
      if (before.isFinal()) {
        check.fail(
            at.field("stage"),
            step.stage(),
            ModelCode.SUBMISSION_AFTER_FINAL_DECISION,
            Arg.of(before.decision().orElseThrow()));
      } else if (before.stage().compareTo(step.stage()) >= 0 && before.decision().isEmpty()) {
        check.fail(
            at.field("stage"),
            step.stage(),
            ModelCode.SUBMISSION_STAGE_ORDER,
            Arg.of(before.stage()));
      }
      if (step.date().isBefore(before.date())) {
        check.fail(
            at.field("date"), step.date(), ModelCode.SUBMISSION_DATE_ORDER, Arg.of(before.date()));
      }
    }
    if (!steps.isEmpty()
        && targetMeeting().isPresent()
        && targetMeeting().get().isBefore(requestedOn())) {
      check.fail(
          "targetMeeting",
          targetMeeting(),
          ModelCode.SUBMISSION_TARGET_BEFORE_REQUEST,
          Arg.of(requestedOn()));
    }
    check.throwIfInvalid();
  }
}
