package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.Score;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One axis of the grid scored for one account: every factor as assessed, the 0-100 value over the
 * assessed ones (weights of unassessed factors shared out among the rest, as kam-scoring's {@link
 * dev.kamkit.scoring.WeightedScore} does), and which side of its cut-off it lies on. Value and
 * score are empty when too few factors were assessed to place the axis.
 *
 * <p>The level is judged on {@link #value()}, the exact weighted mean of the ratings; the {@link
 * #score()} explains it component by component, each contribution rounded to two decimals, so its
 * total may differ from the value by a few hundredths. Three factors rated medium are exactly 50,
 * never 49.99.
 */
@Value.Immutable
public abstract class AbstractAxisScore implements Explainable {
  // Only the generated AxisScore extends this: no host subclass.
  AbstractAxisScore() {}

  /** The axis. */
  public abstract Axis axis();

  /** Every factor of the axis, in {@link Factor} order. */
  public abstract List<FactorAssessment> factors();

  /** The explained score; empty when fewer factors than the policy's minimum were assessed. */
  public abstract Optional<Score> score();

  /** The exact weighted mean of the assessed ratings, 0-100; present exactly with the score. */
  public abstract Optional<BigDecimal> value();

  /** The cut-off between low and high. */
  public abstract BigDecimal cutOff();

  /** How near the cut-off counts as on the border. */
  public abstract BigDecimal borderlineBand();

  /** Low or high; empty when not placed. */
  public Optional<AxisLevel> level() {
    return value().map(v -> v.compareTo(cutOff()) >= 0 ? AxisLevel.HIGH : AxisLevel.LOW);
  }

  /** True if placed and less than the band from the cut-off. */
  public boolean isBorderline() {
    return value()
        .map(v -> v.subtract(cutOff()).abs().compareTo(borderlineBand()) < 0)
        .orElse(false);
  }

  /** The factors assessed. */
  public List<FactorAssessment> assessed() {
    return factors().stream().filter(FactorAssessment::isAssessed).toList();
  }

  /** The factors not assessed. */
  public List<FactorAssessment> notAssessed() {
    return factors().stream().filter(f -> !f.isAssessed()).toList();
  }

  /**
   * The axis's value, level and cut-off ({@code "Potential value: 72.5 / 100, high (cut-off
   * 50.0)"}), or that it is not placed, then one line per factor.
   */
  @Override
  public Explanation explanation() {
    Message line;
    if (value().isPresent()) {
      line =
          Message.of(
              isBorderline() ? EngagementCode.AXIS_PLACED_BORDER : EngagementCode.AXIS_PLACED,
              Arg.of(axis()),
              Arg.of(value().get()),
              Arg.of(level().orElseThrow()),
              Arg.of(cutOff()));
    } else {
      line = Message.of(EngagementCode.AXIS_UNPLACED, Arg.of(axis()), Arg.of(assessed().size()));
    }
    return Explanation.of(line, factors().stream().map(FactorAssessment::explanation).toList());
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("AxisScore", axis())
            .require(
                value().isPresent() == score().isPresent(),
                "value",
                value(),
                EngagementCode.AXIS_VALUE_UNEXPECTED);
    for (int i = 0; i < factors().size(); i++) {
      Factor factor = factors().get(i).factor();
      if (factor.axis() != axis()) {
        check.fail(
            ModelCheck.at("factors", i, null).field("factor"),
            factor,
            EngagementCode.AXIS_FACTOR_OF_OTHER_AXIS,
            Arg.of(factor.axis()));
      }
    }
    check.throwIfInvalid();
  }
}
