/**
 * What happens between our people and the account: interactions (who met whom, when, about which
 * product and indication, and why) and transfers of value to healthcare professionals and
 * organisations (date, amount, form, nature, related products). Every interaction has to be
 * defensible (Prolifiq, "Pharma Key Account Management"): the documented rationale travels with it.
 */
@KamStyle
@NullMarked
package dev.kamkit.model.engagement;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
