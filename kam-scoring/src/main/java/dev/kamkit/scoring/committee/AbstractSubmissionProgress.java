package dev.kamkit.scoring.committee;

import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one committee submission stood on the day judged: its stage, its decision if the body has
 * decided, the days since its request, the days it spent at each stage, and, while it is open, why
 * it has stalled and what would move it.
 */
@Value.Immutable
public abstract class AbstractSubmissionProgress implements Explainable {
  // Only the generated SubmissionProgress extends this: no host subclass.
  AbstractSubmissionProgress() {}

  /** The submission. */
  public abstract CommitteeSubmissionId submission();

  /** The decision body it is submitted to. */
  public abstract DecisionBodyId decisionBody();

  /** The stage it had reached on the day judged. */
  public abstract SubmissionStage stage();

  /** The body's last decision by the day judged; a deferral leaves it open. */
  public abstract Optional<SubmissionDecision> decision();

  /** True until a final decision (approved, approved with restrictions, rejected). */
  public abstract boolean open();

  /** The day it was requested. */
  public abstract LocalDate requestedOn();

  /** Days from its request to its final decision, or to the day judged while it is open. */
  public abstract long days();

  /** The meeting it targets, if set. */
  public abstract Optional<LocalDate> targetMeeting();

  /** While it is open, the body's first meeting on or after the day judged, if one is known. */
  public abstract Optional<LocalDate> nextMeeting();

  /**
   * Days spent at each stage it reached, the stage it is still at counted up to the day judged; a
   * stage reached twice (after a deferral) adds both stays. In stage order.
   */
  public abstract Map<SubmissionStage, Long> daysAtStage();

  /**
   * Why it has stalled, risks in a fixed order: the target meeting passed or the decision deferred,
   * no sponsor or a sponsor who has left or is leaving, open longer than the expected cycle. Empty
   * when it moves, and always once decided.
   */
  public abstract List<Reason> stalled();

  /**
   * What would move it, one line each (the {@code committee.remedy} codes): a decision or the
   * body's next meeting for a passed or deferred meeting, the candidates to sponsor it for a
   * missing or leaving sponsor. Empty when it has not stalled.
   */
  public abstract List<Message> remedies();

  /**
   * The line that names it: open at its stage, or decided (the {@code committee.submission} codes).
   */
  public abstract Message description();

  /** The day of its final decision: {@link #days()} after its request; empty while it is open. */
  public Optional<LocalDate> decidedOn() {
    return open() ? Optional.empty() : Optional.of(requestedOn().plusDays(days()));
  }

  /** True if it has stalled. */
  public boolean isStalled() {
    return !stalled().isEmpty();
  }

  /** Its description, then why it has stalled, then what would move it. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>(stalled().size() + remedies().size());
    stalled().forEach(r -> lines.add(Explanation.of(r.line())));
    remedies().forEach(m -> lines.add(Explanation.of(m)));
    return Explanation.of(description(), lines);
  }
}
