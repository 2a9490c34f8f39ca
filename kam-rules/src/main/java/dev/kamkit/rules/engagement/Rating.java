package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.FactCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A five-step rating of one factor of the engagement grid, from very low to very high. For a
 * complexity factor higher means more complex; for a value factor, more valuable.
 */
public enum Rating implements FactCode {
  /** Very low. */
  VERY_LOW("0"),
  /** Low. */
  LOW("0.25"),
  /** Medium. */
  MEDIUM("0.5"),
  /** High. */
  HIGH("0.75"),
  /** Very high. */
  VERY_HIGH("1");

  private final BigDecimal fulfilment;

  Rating(String fulfilment) {
    this.fulfilment = new BigDecimal(fulfilment);
  }

  /** The share of its weight a factor with this rating contributes to its axis: 0 to 1. */
  public BigDecimal fulfilment() {
    return fulfilment;
  }

  /** The code of the rating as a fact: {@code very-low}, {@code low}, ... {@code very-high}. */
  @Override
  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One step up, or this rating at the top. */
  public Rating raised() {
    return this == VERY_HIGH ? this : values()[ordinal() + 1];
  }

  /**
   * The rating of a measured value against four ascending thresholds: below the first is very low,
   * at or above the last is very high.
   *
   * @throws IllegalArgumentException unless there are exactly four thresholds
   */
  public static Rating fromBands(long value, List<Long> thresholds) {
    if (thresholds.size() != 4) {
      throw new IllegalArgumentException("four thresholds are needed, got " + thresholds);
    }
    int step = 0;
    while (step < 4 && value >= thresholds.get(step)) {
      step++;
    }
    return values()[step];
  }

  /**
   * Reads a rating from text: a constant name in any case with spaces or hyphens ({@code
   * "very-high"}), or a number from 1 (very low) to 5 (very high).
   */
  public static Optional<Rating> parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (Rating r : values()) {
      if (r.name().equals(t) || String.valueOf(r.ordinal() + 1).equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
