package dev.kamkit.rules.engagement;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import org.immutables.value.Value;

/** One engagement model recommended for an account, in which role, and why. */
@Value.Immutable
public abstract class AbstractRecommendation implements Explainable {
  // Only the generated Recommendation extends this: no host subclass.
  AbstractRecommendation() {}

  /** The model. */
  @Value.Parameter
  public abstract EngagementModel model();

  /** Primary, alternative, foundation or complement. */
  @Value.Parameter
  public abstract RecommendationRole role();

  /** Why: one of the {@code engagement.recommendation.*} codes of {@link EngagementCode}. */
  @Value.Parameter
  public abstract Message why();

  /** {@code "Strategic account management (primary): ..."}. */
  public Message message() {
    return Message.of(
        EngagementCode.RECOMMENDATION, Arg.of(model()), Arg.of(role()), Arg.of(why()));
  }

  /** One line: {@link #message()}. */
  @Override
  public Explanation explanation() {
    return Explanation.of(message());
  }
}
