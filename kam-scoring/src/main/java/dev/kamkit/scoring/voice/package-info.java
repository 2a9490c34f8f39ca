/**
 * Share of voice: our share of the field interactions in an account against the competitors' the
 * host knows of, and our interactions and share against our average over peer accounts (Veeva
 * Business Consulting, "Unlocking True KAM Transformation": "If a pharma company achieves an
 * above-average share of voice (SOV), there is a 70% increase in likelihood that its brand will be
 * included on the formulary within an account").
 *
 * <p>Every line is a {@link dev.kamkit.model.explain.Message} of a {@link
 * dev.kamkit.scoring.voice.VoiceCode}; the words are in this package's {@code messages} bundles
 * (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.voice;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
