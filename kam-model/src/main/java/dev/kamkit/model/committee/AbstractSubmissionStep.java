package dev.kamkit.model.committee;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step in a committee submission's history: the stage it reached and the day it did, and at the
 * decision stage what the body decided. Make one with {@code SubmissionStep.of(stage, date)} or,
 * for a decision, {@code SubmissionStep.decided(date, decision)}.
 */
@Value.Immutable
public abstract class AbstractSubmissionStep {
  // Only the generated SubmissionStep extends this: no host subclass.
  AbstractSubmissionStep() {}

  /** The stage reached. */
  @Value.Parameter
  public abstract SubmissionStage stage();

  /** The day it was reached: for the decision stage, the day of the meeting that decided. */
  @Value.Parameter
  public abstract LocalDate date();

  /** What the body decided; present exactly at {@link SubmissionStage#DECISION}. */
  public abstract Optional<SubmissionDecision> decision();

  /** The step at which the body decided {@code decision} on {@code date}. */
  public static SubmissionStep decided(LocalDate date, SubmissionDecision decision) {
    return SubmissionStep.builder()
        .stage(SubmissionStage.DECISION)
        .date(date)
        .decision(decision)
        .build();
  }

  /** True if this step is a final decision: approved, approved with restrictions or rejected. */
  public boolean isFinal() {
    return decision().map(SubmissionDecision::isFinal).orElse(false);
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("SubmissionStep", stage(), date());
    if (stage() == SubmissionStage.DECISION) {
      check.require(
          decision().isPresent(), "decision", decision(), ModelCode.SUBMISSION_DECISION_MISSING);
    } else if (decision().isPresent()) {
      check.fail(
          "decision", decision(), ModelCode.SUBMISSION_DECISION_NOT_AT_DECISION, Arg.of(stage()));
    }
    check.throwIfInvalid();
  }
}
