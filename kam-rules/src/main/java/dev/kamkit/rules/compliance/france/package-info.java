/**
 * The France rule pack: the Transparence des liens publication threshold and the anti-gift law (loi
 * anti-cadeaux, "LEA", from 1 October 2020) authorisation thresholds and négligeable exemptions,
 * for accounts in France.
 *
 * <p>Start with {@link dev.kamkit.rules.compliance.france.FrancePack#of(FrancePolicy)}. Facts come
 * from Leem's "Transparence des liens" page and décret 2020-730 with its arrêtés (docs/sources.md);
 * only facts checked against a quoted source are encoded, see {@link
 * dev.kamkit.rules.compliance.france.FrenchThresholds}. Whether the publication test is {@code >}
 * or {@code ≥} €10 is unverified and a setting of {@link
 * dev.kamkit.rules.compliance.france.FrancePolicy}. Facts the model has no field for (the kind of
 * hospitality, hours of service, the authorisation reference, ...) are the typed facts of {@link
 * dev.kamkit.rules.compliance.france.FranceFacts}.
 *
 * <p>Findings say what they say as {@link dev.kamkit.rules.compliance.france.FranceCode} codes with
 * typed arguments, worded on demand in English, German or French from this package's {@code
 * messages} bundles, which also name each {@link dev.kamkit.rules.compliance.france.FrenchKind}.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
