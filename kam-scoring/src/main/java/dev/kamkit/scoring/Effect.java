package dev.kamkit.scoring;

/** How a reason bears on a result. */
public enum Effect {
  /** Something that raises the result: a key role held, a committee reached. */
  STRENGTH,
  /** Something missing that holds the result down and that the team can add. */
  GAP,
  /** A danger the number alone hides: single-threading, a champion about to retire. */
  RISK
}
