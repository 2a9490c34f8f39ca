/**
 * What we sell and where it stands in the account: products with their approved indications per
 * jurisdiction, the whitespace grid (product by clinical unit: sold, in evaluation, open, held by a
 * competitor, or not indicated) and the formulary status of each product over time.
 */
@KamStyle
@NullMarked
package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
