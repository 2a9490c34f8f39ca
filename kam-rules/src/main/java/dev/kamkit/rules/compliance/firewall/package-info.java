/**
 * The commercial / medical firewall (IntuitionLabs on MSL compliance; OIG Special Fraud Alert
 * (2020)): medical affairs owns scientific exchange and commercial must not direct it. {@link
 * dev.kamkit.rules.compliance.firewall.AccountVisibility} is the library's access rule: it gives
 * each side the view of a key account it may see, and says what was withheld. {@link
 * dev.kamkit.rules.compliance.firewall.FirewallPack} reports breaches: medical members with sales
 * incentives, medical objectives owned or directed by commercial, medical members on sales-built
 * target lists and, where the host's {@link dev.kamkit.rules.compliance.firewall.FirewallPolicy}
 * opts in, medical members on promotional calls.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
