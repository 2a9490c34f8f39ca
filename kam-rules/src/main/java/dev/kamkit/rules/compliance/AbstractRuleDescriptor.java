package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import org.immutables.value.Value;

/**
 * What one rule checks, for the rule catalogue: its stable id, severity, a one-line description and
 * the regulation or code clause it rests on. Ids are never reused: a retired rule keeps its id out
 * of circulation.
 */
@Value.Immutable
public abstract class AbstractRuleDescriptor {
  // Only the generated RuleDescriptor extends this: no host subclass.
  AbstractRuleDescriptor() {}

  /**
   * Stable id, dotted lower-case words starting with the pack id, e.g. {@code
   * openpayments.record.travel-destination}.
   */
  @Value.Parameter
  public abstract String id();

  /** The severity of its findings. */
  @Value.Parameter
  public abstract Severity severity();

  /** What it checks, in one sentence. */
  @Value.Parameter
  public abstract String description();

  /** The regulation, statute or code clause it rests on, e.g. {@code 42 CFR 403.904(i)}. */
  @Value.Parameter
  public abstract String source();

  @Value.Check
  protected void check() {
    ModelCheck.of("RuleDescriptor", id())
        .require(id().matches("[a-z0-9-]+(\\.[a-z0-9-]+)+"), "id", id(), ModelCode.NOT_DOTTED)
        .nonBlank("description", description())
        .nonBlank("source", source())
        .throwIfInvalid();
  }
}
