package dev.kamkit.scoring;

import dev.kamkit.model.explain.Message;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Builds a {@link Score} from weighted parts so that the parts always add up to the whole.
 *
 * <p>Policy weights are relative: they are scaled to 100 points over the components that apply
 * (largest-remainder rounding to two decimals, so the effective weights add up to exactly 100).
 * Each contribution is its weight times its fulfilment rounded half-even to two decimals, which
 * keeps it between 0 and its weight; the score is the sum of the contributions.
 *
 * <pre>{@code
 * Score s = WeightedScore.named(Message.of(CoverageCode.TITLE))
 *     .add("buying-roles", Message.of(CoverageCode.BUYING_ROLES), 25, fulfilment, reasons)
 *     .notApplicable("committees", Message.of(CoverageCode.COMMITTEES), reasons)
 *     .build();
 * }</pre>
 *
 * Not thread-safe; use one per score.
 */
public final class WeightedScore {
  private static final int SCALE = 2;
  private final Message title;
  private final List<Part> parts = new ArrayList<>();

  private record Part(
      String key,
      Message label,
      BigDecimal weight,
      boolean applicable,
      BigDecimal fulfilment,
      List<Reason> reasons) {}

  private WeightedScore(Message title) {
    this.title = title;
  }

  /** Starts a score with the given title. */
  public static WeightedScore named(Message title) {
    return new WeightedScore(title);
  }

  /**
   * Adds a component that applies.
   *
   * @param key stable identifier
   * @param label short label for people
   * @param weight relative weight from the policy; not negative
   * @param fulfilment how fully the account meets it, 0 to 1 (clamped into that range)
   * @param reasons why
   * @return this builder
   */
  public WeightedScore add(
      String key, Message label, BigDecimal weight, BigDecimal fulfilment, List<Reason> reasons) {
    if (weight.signum() < 0) {
      throw new IllegalArgumentException(
          "weight of " + key + " must not be negative, was " + weight);
    }
    BigDecimal clamped = fulfilment.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    parts.add(new Part(key, label, weight, true, clamped, List.copyOf(reasons)));
    return this;
  }

  /** Adds a component that does not apply to this account: it gets no weight. */
  public WeightedScore notApplicable(String key, Message label, List<Reason> reasons) {
    parts.add(new Part(key, label, BigDecimal.ZERO, false, BigDecimal.ZERO, List.copyOf(reasons)));
    return this;
  }

  /**
   * Builds the score.
   *
   * @throws IllegalStateException if no applicable component has a positive weight
   */
  public Score build() {
    BigDecimal total = parts.stream().map(Part::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() == 0) {
      throw new IllegalStateException(title + ": no applicable component has a positive weight");
    }
    List<BigDecimal> weights = shareOut(total);
    List<ScoreComponent> components = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      BigDecimal weight = weights.get(i);
      components.add(
          ScoreComponent.builder()
              .key(p.key())
              .label(p.label())
              .applicable(p.applicable())
              .weight(weight)
              .fulfilment(p.fulfilment())
              .contribution(contribution(weight, p.fulfilment()))
              .reasons(p.reasons())
              .build());
    }
    return Score.builder().title(title).components(components).build();
  }

  /**
   * The points a component earns: its effective weight (out of 100) times its fulfilment, clamped
   * into 0 to 1 and rounded half-even to two decimals, exactly as {@link #build()} computes them.
   * Lets a scorer price a what-if change to one component without rebuilding the whole score.
   */
  public static BigDecimal contribution(BigDecimal weight, BigDecimal fulfilment) {
    BigDecimal clamped = fulfilment.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    return weight.multiply(clamped).setScale(SCALE, RoundingMode.HALF_EVEN);
  }

  /** Scales the weights to 100 points with largest-remainder rounding, so they sum to 100.00. */
  private List<BigDecimal> shareOut(BigDecimal total) {
    BigDecimal unit = BigDecimal.ONE.movePointLeft(SCALE);
    List<BigDecimal> exact = new ArrayList<>();
    List<BigDecimal> rounded = new ArrayList<>();
    BigDecimal sum = BigDecimal.ZERO;
    for (Part p : parts) {
      BigDecimal share =
          p.weight().multiply(Score.HUNDRED).divide(total, 12, RoundingMode.HALF_EVEN);
      BigDecimal down = share.setScale(SCALE, RoundingMode.DOWN);
      exact.add(share);
      rounded.add(down);
      sum = sum.add(down);
    }
    int missing =
        Score.HUNDRED.subtract(sum).divide(unit, 0, RoundingMode.UNNECESSARY).intValueExact();
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      order.add(i);
    }
    // largest remainder first; List.sort is stable, so ties keep the earlier component first and
    // results are deterministic
    order.sort(
        Comparator.comparing((Integer i) -> exact.get(i).subtract(rounded.get(i))).reversed());
    for (int k = 0; k < missing; k++) {
      int i = order.get(k % order.size());
      rounded.set(i, rounded.get(i).add(unit));
    }
    return rounded;
  }

  /**
   * Convenience: a fraction {@code numerator / denominator} as a BigDecimal, 0 when the denominator
   * is 0.
   */
  public static BigDecimal ratio(long numerator, long denominator) {
    if (denominator <= 0) {
      return BigDecimal.ZERO;
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), 6, RoundingMode.HALF_EVEN);
  }
}
