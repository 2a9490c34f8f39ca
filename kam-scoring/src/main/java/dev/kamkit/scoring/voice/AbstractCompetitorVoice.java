package dev.kamkit.scoring.voice;

import org.immutables.value.Value;

/** One competitor's field interactions in the period share of voice compares. */
@Value.Immutable
public abstract class AbstractCompetitorVoice {
  // Only the generated CompetitorVoice extends this: no host subclass.
  AbstractCompetitorVoice() {}

  /** The competitor company, as the host records it. */
  @Value.Parameter
  public abstract String competitor();

  /** Its field interactions in the period, summed over the records that count. */
  @Value.Parameter
  public abstract int interactions();

  /** How many of the host's records counted. */
  @Value.Parameter
  public abstract int records();
}
