package dev.kamkit.rules.compliance.rationale;

import dev.kamkit.model.base.ModelCheck;
import org.immutables.value.Value;

/**
 * The rationale pack's settings, as one versioned value:
 *
 * <pre>{@code
 * RationalePack pack = RationalePack.of(
 *     RationalePolicy.defaults().withVersion("acme-rationale-2027").withPlannedInteractions(false));
 * }</pre>
 *
 * <p>Where the defaults come from: Prolifiq's "Pharma Key Account Management" says "every account
 * plan should document the legitimate business and clinical rationale for engagement", and an
 * engagement is planned before it is held, so by default a planned interaction must already
 * document its rationale. A host whose policy asks for it only once the interaction took place
 * switches {@link #plannedInteractions()} off.
 */
@Value.Immutable
public abstract class AbstractRationalePolicy {
  // Only the generated RationalePolicy extends this: no host subclass.
  AbstractRationalePolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-rationale-1";

  /** The default policy: held and planned interactions both document their rationale. */
  public static RationalePolicy defaults() {
    return RationalePolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * True if a planned interaction must already document its rationale ({@code
   * rationale.interaction.missing}); true by default, the engagement's rationale being documented
   * when it is planned.
   */
  @Value.Default
  public boolean plannedInteractions() {
    return true;
  }

  /** Rejects a blank version when it is built. */
  @Value.Check
  protected void check() {
    ModelCheck.of("RationalePolicy", null).nonBlank("version", version()).throwIfInvalid();
  }
}
