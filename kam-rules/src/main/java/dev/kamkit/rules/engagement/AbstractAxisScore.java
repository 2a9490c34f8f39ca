package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.scoring.Score;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
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
public abstract class AbstractAxisScore {

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

  /** {@code "Potential value: 72.5 / 100, high (cut-off 50.0)"} then one line per factor. */
  public String explain() {
    StringBuilder text = new StringBuilder(Texts.capitalised(axis().label())).append(": ");
    if (value().isPresent()) {
      text.append(Texts.points(value().get()))
          .append(" / 100, ")
          .append(level().orElseThrow().name().toLowerCase(Locale.ROOT))
          .append(isBorderline() ? " but on the border" : "")
          .append(" (cut-off ")
          .append(Texts.points(cutOff()))
          .append(')');
    } else {
      text.append("not placed: only ")
          .append(Texts.count(assessed().size(), "factor", "factors"))
          .append(" assessed");
    }
    factors().forEach(f -> text.append("\n  ").append(f.explain()));
    return text.toString();
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
                "is present exactly when the score is");
    for (FactorAssessment f : factors()) {
      check.require(f.factor().axis() == axis(), "factors", f.factor(), "belongs to another axis");
    }
    check.throwIfInvalid();
  }
}
