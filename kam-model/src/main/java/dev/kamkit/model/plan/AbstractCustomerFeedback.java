package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The voice of the account, measured on one date (Veeva Business Consulting, "Unlocking True KAM
 * Transformation"): net promoter score, customer effort score and relationship score. Each measure
 * is optional; at least one is given.
 */
@Value.Immutable
public abstract class AbstractCustomerFeedback {
  // Only the generated CustomerFeedback extends this: no host subclass.
  AbstractCustomerFeedback() {}

  /** When the feedback was gathered. */
  public abstract LocalDate date();

  /** Net promoter score across the account's respondents, -100 to 100. */
  public abstract Optional<Integer> netPromoterScore();

  /** Customer effort score, 1 (very easy to do business with us) to 7 (very hard). */
  public abstract Optional<Integer> customerEffortScore();

  /** How much the account values the relationship, 0 to 10. */
  public abstract Optional<Integer> relationshipScore();

  /** How it was gathered, for example {@code "survey"} or {@code "QBR interview"}. */
  public abstract Optional<String> source();

  @Value.Check
  protected void check() {
    ModelCheck.of("CustomerFeedback", date())
        .between("netPromoterScore", netPromoterScore(), -100, 100)
        .between("customerEffortScore", customerEffortScore(), 1, 7)
        .between("relationshipScore", relationshipScore(), 0, 10)
        .nonBlank("source", source())
        .require(
            netPromoterScore().isPresent()
                || customerEffortScore().isPresent()
                || relationshipScore().isPresent(),
            "netPromoterScore",
            netPromoterScore(),
            ModelCode.FEEDBACK_EMPTY)
        .throwIfInvalid();
  }
}
