package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import java.util.List;
import org.immutables.value.Value;

/**
 * Strengths, weaknesses, opportunities and threats of our position in the account, as Veeva's
 * account plan ({@code Strengths__c}, ...) and Salesforce's ({@code RelationshipStrengths}, ...)
 * record them.
 */
@Value.Immutable
public abstract class AbstractSwotAnalysis {
  // Only the generated SwotAnalysis extends this: no host subclass.
  AbstractSwotAnalysis() {}

  /** Our strengths. */
  public abstract List<String> strengths();

  /** Our weaknesses. */
  public abstract List<String> weaknesses();

  /** Opportunities. */
  public abstract List<String> opportunities();

  /** Threats. */
  public abstract List<String> threats();

  @Value.Check
  protected void check() {
    ModelCheck.of("SwotAnalysis", null)
        .allNonBlank("strengths", strengths())
        .allNonBlank("weaknesses", weaknesses())
        .allNonBlank("opportunities", opportunities())
        .allNonBlank("threats", threats())
        .throwIfInvalid();
  }
}
