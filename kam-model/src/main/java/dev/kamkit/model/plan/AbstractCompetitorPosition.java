package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.ProductId;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One competitor's position in the account: the competitive landscape is a list of these, with the
 * competitor's strengths and weaknesses as the plan's authors see them.
 */
@Value.Immutable
public abstract class AbstractCompetitorPosition {
  // Only the generated CompetitorPosition extends this: no host subclass.
  AbstractCompetitorPosition() {}

  /** The competitor company. */
  public abstract String competitor();

  /** Its products in the account, by name. */
  public abstract Set<String> competitorProducts();

  /** Our products it competes with. */
  public abstract Set<ProductId> competesWith();

  /** How much it threatens us. */
  public abstract ThreatLevel threat();

  /** Its strengths in the account. */
  public abstract Optional<String> strengths();

  /** Its weaknesses in the account. */
  public abstract Optional<String> weaknesses();

  @Value.Check
  protected void check() {
    ModelCheck.of("CompetitorPosition", competitor())
        .nonBlank("competitor", competitor())
        .allNonBlank("competitorProducts", competitorProducts())
        .nonBlank("strengths", strengths())
        .nonBlank("weaknesses", weaknesses())
        .throwIfInvalid();
  }
}
