/**
 * Relationship coverage: do we know and reach the people who decide? Key buying roles mapped and
 * held, key committees reached through a voting member, stakeholders held actively and mapped,
 * multithreading on both sides, sentiment, and the risks a number hides (Prolifiq's "Pharma Key
 * Account Management" and "Healthcare Key Account Management: A Practical Guide"). Also what to do
 * next: the stakeholders whose engagement would raise coverage most, and what remains if one of our
 * people leaves, with the status the account would then have.
 *
 * <p>Every reason, status reason and next-stakeholder rationale is a {@link
 * dev.kamkit.model.explain.Message} of a {@link dev.kamkit.scoring.coverage.CoverageCode}; the
 * words are in this package's {@code messages} bundles (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.coverage;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
