package dev.kamkit.model.stakeholder;

/**
 * A stakeholder's attitude towards the company and its products, from advocate to detractor. Each
 * value has a {@link #score()} from +2 to -2 so that sentiment can be balanced across a map.
 *
 * <p>Altify's support scale maps mentor to {@link #ADVOCATE}, supporter to {@link #SUPPORTER},
 * neutral to {@link #NEUTRAL}, non-supporter to {@link #SCEPTIC} and enemy to {@link #DETRACTOR};
 * Miller Heiman's -5..+5 ratings fold onto the same five steps.
 */
public enum Sentiment {
  /** Actively promotes us. */
  ADVOCATE(2),
  /** Favours us. */
  SUPPORTER(1),
  /** Neither for nor against. */
  NEUTRAL(0),
  /** Doubts us or prefers a competitor. */
  SCEPTIC(-1),
  /** Works against us. */
  DETRACTOR(-2);

  private final int score;

  Sentiment(int score) {
    this.score = score;
  }

  /** +2 for an advocate down to -2 for a detractor. */
  public int score() {
    return score;
  }

  /** True for advocates and supporters. */
  public boolean isPositive() {
    return score > 0;
  }

  /** True for sceptics and detractors. */
  public boolean isNegative() {
    return score < 0;
  }
}
