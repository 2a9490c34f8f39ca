package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import java.util.Optional;
import org.immutables.value.Value;

/** How one factor was rated for one account, by whom, and on what basis. */
@Value.Immutable
public abstract class AbstractFactorAssessment implements Explainable {
  // Only the generated FactorAssessment extends this: no host subclass.
  AbstractFactorAssessment() {}

  /** The factor. */
  @Value.Parameter
  public abstract Factor factor();

  /** The rating; empty when not assessed. */
  @Value.Parameter
  public abstract Optional<Rating> rating();

  /** Host, data or not assessed. */
  @Value.Parameter
  public abstract InputSource source();

  /**
   * What the rating rests on, or what would let it be assessed: one of the {@code
   * engagement.basis.*} codes of {@link EngagementCode}.
   */
  @Value.Parameter
  public abstract Message basis();

  /** True if the factor has a rating. */
  public boolean isAssessed() {
    return rating().isPresent();
  }

  /**
   * The factor, its rating and its basis: {@code engagement.factor.host}, {@code
   * engagement.factor.data} or {@code engagement.factor.not-assessed}, for example {@code "Unmet
   * need: high (rated by the host: 2027 brand planning)"}.
   */
  public Message message() {
    Arg factor = Arg.of(factor());
    Arg basis = Arg.of(basis());
    return switch (source()) {
      case HOST ->
          Message.of(EngagementCode.FACTOR_HOST, factor, Arg.of(rating().orElseThrow()), basis);
      case DATA ->
          Message.of(EngagementCode.FACTOR_DATA, factor, Arg.of(rating().orElseThrow()), basis);
      case NOT_ASSESSED -> Message.of(EngagementCode.FACTOR_NOT_ASSESSED, factor, basis);
    };
  }

  /** One line: {@link #message()}. */
  @Override
  public Explanation explanation() {
    return Explanation.of(message());
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("FactorAssessment", factor())
        .require(
            rating().isPresent() == (source() != InputSource.NOT_ASSESSED),
            "rating",
            rating(),
            EngagementCode.FACTOR_RATING_UNEXPECTED)
        .throwIfInvalid();
  }
}
