package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import java.util.Optional;
import org.immutables.value.Value;

/** How one factor was rated for one account, by whom, and on what basis. */
@Value.Immutable
public abstract class AbstractFactorAssessment {

  /** The factor. */
  @Value.Parameter
  public abstract Factor factor();

  /** The rating; empty when not assessed. */
  @Value.Parameter
  public abstract Optional<Rating> rating();

  /** Host, data or not assessed. */
  @Value.Parameter
  public abstract InputSource source();

  /** What the rating rests on, or what would let it be assessed. */
  @Value.Parameter
  public abstract String basis();

  /** True if the factor has a rating. */
  public boolean isAssessed() {
    return rating().isPresent();
  }

  /** {@code "Unmet need: high (host: 2027 brand planning)"}. */
  public String explain() {
    return factor().label()
        + ": "
        + rating().map(Rating::label).orElse("not assessed")
        + " ("
        + basis()
        + ")";
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("FactorAssessment", factor())
        .require(
            rating().isPresent() == (source() != InputSource.NOT_ASSESSED),
            "rating",
            rating(),
            "is present exactly when the factor was assessed")
        .nonBlank("basis", basis())
        .throwIfInvalid();
  }
}
