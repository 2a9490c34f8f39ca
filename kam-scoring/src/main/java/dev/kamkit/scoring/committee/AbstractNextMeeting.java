package dev.kamkit.scoring.committee;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A decision body's next meeting from the day judged, on its calendar ({@code
 * DecisionBody.meetingDates}), with how many open submissions go to it.
 */
@Value.Immutable
public abstract class AbstractNextMeeting {
  // Only the generated NextMeeting extends this: no host subclass.
  AbstractNextMeeting() {}

  /** The body. */
  @Value.Parameter
  public abstract DecisionBodyId decisionBody();

  /** Its first meeting on or after the day judged; empty when the calendar knows none. */
  @Value.Parameter
  public abstract Optional<LocalDate> date();

  /** The open submissions to it. */
  @Value.Parameter
  public abstract int openSubmissions();

  /**
   * The line that says it: {@code committee.next-meeting} or {@code committee.next-meeting.none}.
   */
  @Value.Parameter
  public abstract Message line();
}
