/**
 * The EFPIA Disclosure Code rule pack: each transfer of value to a healthcare professional (HCP) or
 * organisation (HCO) classified into the Code's disclosure categories, named disclosure by default,
 * research and development and HCPs without consent disclosed in aggregate, all-in / all-out
 * consent, an indirect transfer counted once, and the disclosure deadline of each period, with a
 * typed {@link dev.kamkit.rules.compliance.efpia.EfpiaDisclosure} a host publishes.
 *
 * <p>Start with {@link dev.kamkit.rules.compliance.efpia.EfpiaPack#of(EfpiaPolicy)}. Facts come
 * from the EFPIA Disclosure Code and the ABPI Code of Practice 2014, clause 21 (docs/sources.md);
 * only facts checked against a quoted source are encoded, and what is unverified (whether meals are
 * in scope) or only the host knows (each country's disclosure currency, exchange rates, publication
 * dates) is a setting of {@link dev.kamkit.rules.compliance.efpia.EfpiaPolicy}. Facts the model has
 * no field for are the typed facts of {@link dev.kamkit.rules.compliance.efpia.EfpiaFacts}.
 *
 * <p>Findings say what they say as {@link dev.kamkit.rules.compliance.efpia.EfpiaCode} codes with
 * typed arguments, worded on demand in English, German or French from this package's {@code
 * messages} bundles, which also name the categories, template headings and recipient types.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
