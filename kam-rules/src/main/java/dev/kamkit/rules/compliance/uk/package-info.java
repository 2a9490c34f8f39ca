/**
 * The Disclosure UK rule pack (ABPI), basics: a lawful basis recorded for every individual whose
 * transfers are disclosed, HCO data needing none, other relevant decision makers who are not HCPs
 * covered from January 2022, and the submission and publication dates of each period.
 *
 * <p>Start with {@link dev.kamkit.rules.compliance.uk.UkPack#of(UkPolicy)}. Facts come from ABPI's
 * Disclosure UK (docs/sources.md). The submission day is unverified and a setting of {@link
 * dev.kamkit.rules.compliance.uk.UkPolicy}. The EFPIA categories, aggregate disclosure and deadline
 * for UK accounts come from the EFPIA pack, which applies in the UK.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
