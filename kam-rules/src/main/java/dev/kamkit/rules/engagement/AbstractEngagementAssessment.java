package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One account placed on the complexity x value grid of Veeva Business Consulting's "Unlocking True
 * KAM Transformation" (figure 3): both axes with every factor as assessed, the quadrant, the
 * recommended engagement models with reasons, and the strategic fit tiering may use. When an axis
 * cannot be placed the quadrant and recommendations are empty and the reasons say which factors to
 * assess.
 */
@Value.Immutable
public abstract class AbstractEngagementAssessment implements AccountResult {
  // Only the generated EngagementAssessment extends this: no host subclass.
  AbstractEngagementAssessment() {}

  /** The account. */
  public abstract AccountId account();

  /** Its name, for explanations. */
  public abstract String accountName();

  /** The day it was assessed for. */
  public abstract LocalDate asOf();

  /** Market complexity. */
  public abstract AxisScore complexity();

  /** Potential value. */
  public abstract AxisScore value();

  /** Strategic fit (not part of the grid; tiering may use it). */
  public abstract AxisScore strategicFit();

  /** The recommended models, primary first; empty when the account could not be placed. */
  public abstract List<Recommendation> recommendations();

  /** What stopped the account being placed, if anything. */
  public abstract List<Reason> reasons();

  /** The version of the policy that assessed it. */
  public abstract String policyVersion();

  /** The quadrant; empty when an axis could not be placed. */
  public Optional<GridQuadrant> quadrant() {
    if (complexity().level().isEmpty() || value().level().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(GridQuadrant.of(complexity().level().get(), value().level().get()));
  }

  /** The primary model, if placed. */
  public Optional<EngagementModel> primary() {
    return recommendations().stream()
        .filter(r -> r.role() == RecommendationRole.PRIMARY)
        .map(Recommendation::model)
        .findFirst();
  }

  /** True if {@code model} is recommended in any role. */
  public boolean recommends(EngagementModel model) {
    return recommendations().stream().anyMatch(r -> r.model() == model);
  }

  /** The role {@code model} is recommended in, if it is. */
  public Optional<RecommendationRole> roleOf(EngagementModel model) {
    return recommendations().stream()
        .filter(r -> r.model() == model)
        .map(Recommendation::role)
        .findFirst();
  }

  /**
   * The account, the day and the policy; both axes with their factors, strategic fit when any of
   * its factors is assessed; then the quadrant and the recommendations, or the reasons the account
   * is not placed.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> details = new ArrayList<>();
    details.add(complexity().explanation());
    details.add(value().explanation());
    if (!strategicFit().assessed().isEmpty()) {
      details.add(strategicFit().explanation());
    }
    if (quadrant().isPresent()) {
      details.add(
          Explanation.of(Message.of(EngagementCode.ASSESSMENT_GRID, Arg.of(quadrant().get()))));
      details.add(
          Explanation.of(
              Message.of(EngagementCode.ASSESSMENT_RECOMMENDED),
              recommendations().stream().map(Recommendation::explanation).toList()));
    } else {
      details.add(
          Explanation.of(
              Message.of(EngagementCode.ASSESSMENT_NOT_PLACED),
              reasons().stream()
                  .map(
                      r ->
                          Explanation.of(
                              Message.of(EngagementCode.ASSESSMENT_REASON, Arg.of(r.message()))))
                  .toList()));
    }
    return Explanation.of(
        Message.of(
            EngagementCode.ASSESSMENT,
            Arg.of(account(), accountName()),
            Arg.of(account()),
            Arg.of(asOf()),
            Arg.text(policyVersion())),
        details);
  }
}
