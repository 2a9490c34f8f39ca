package dev.kamkit.rules.engagement;

import java.util.Locale;
import org.immutables.value.Value;

/** One engagement model recommended for an account, in which role, and why. */
@Value.Immutable
public abstract class AbstractRecommendation {

  /** The model. */
  @Value.Parameter
  public abstract EngagementModel model();

  /** Primary, alternative, foundation or complement. */
  @Value.Parameter
  public abstract RecommendationRole role();

  /** Why, in plain words. */
  @Value.Parameter
  public abstract String why();

  /** {@code "Strategic account management (primary): ..."}. */
  public String explain() {
    return model().title() + " (" + role().name().toLowerCase(Locale.ROOT) + "): " + why();
  }
}
