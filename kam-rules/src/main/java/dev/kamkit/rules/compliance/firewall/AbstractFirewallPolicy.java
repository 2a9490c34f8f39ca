package dev.kamkit.rules.compliance.firewall;

import org.immutables.value.Value;

/**
 * The firewall pack's settings. The defaults check only what REGULATORY.md 6 marks verified; the
 * typical practices it marks unverified are checks a host switches on here when its own policy
 * adopts them:
 *
 * <pre>{@code
 * FirewallPack pack = FirewallPack.of(
 *     FirewallPolicy.builder().salesBuiltTargetLists(true).medicalOnPromotionalCalls(true).build());
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractFirewallPolicy {

  /** The defaults: both typical-practice checks off. */
  public static FirewallPolicy defaults() {
    return FirewallPolicy.builder().build();
  }

  /**
   * True to report medical team members working target lists built by commercial ones ({@code
   * firewall.target-list.sales-built}); off by default.
   */
  @Value.Default
  public boolean salesBuiltTargetLists() {
    return false;
  }

  /**
   * True to report medical team members joining promotional interactions ({@code
   * firewall.interaction.medical-on-promotional-call}); off by default.
   */
  @Value.Default
  public boolean medicalOnPromotionalCalls() {
    return false;
  }
}
