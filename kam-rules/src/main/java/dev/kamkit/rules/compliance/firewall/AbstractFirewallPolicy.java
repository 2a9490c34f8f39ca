package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.base.ModelCheck;
import org.immutables.value.Value;

/**
 * The firewall pack's settings. Two of the separation rules are typical practice, not verified
 * against a published source, so each is a switch the host sets to its own policy. Sales-built
 * target lists for MSLs are checked by default, because separating who builds an MSL's list from
 * sales is part of the firewall kamkit promises (issue #6); a host whose policy allows it switches
 * the check off. Medical members on promotional calls are checked only when the host opts in:
 *
 * <pre>{@code
 * FirewallPack pack = FirewallPack.of(
 *     FirewallPolicy.builder().salesBuiltTargetLists(false).medicalOnPromotionalCalls(true).build());
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractFirewallPolicy {
  // Only the generated FirewallPolicy extends this: no host subclass.
  AbstractFirewallPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-firewall-1";

  /** The defaults: sales-built target lists checked, promotional calls not. */
  public static FirewallPolicy defaults() {
    return FirewallPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * True to report medical team members working target lists built by commercial ones ({@code
   * firewall.target-list.sales-built}); on by default.
   */
  @Value.Default
  public boolean salesBuiltTargetLists() {
    return true;
  }

  /**
   * True to report medical team members joining promotional interactions ({@code
   * firewall.interaction.medical-on-promotional-call}); off by default.
   */
  @Value.Default
  public boolean medicalOnPromotionalCalls() {
    return false;
  }

  /** Rejects a blank version when it is built. */
  @Value.Check
  protected void check() {
    ModelCheck.of("FirewallPolicy", null).nonBlank("version", version()).throwIfInvalid();
  }
}
