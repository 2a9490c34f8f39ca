/**
 * Plan completeness: is the account plan real? Sections present and of substance (profile,
 * relationship map, whitespace, competitive landscape, value proposition with documented rationale,
 * formulary status, objectives, actions, KPIs), plan rot (a plan updated only before reviews is
 * theatre, Prolifiq, "Pharma Key Account Management"), and execution progress rolled up from
 * actions to objectives to the plan the way CRMs do it.
 *
 * <p>Every reason is a {@link dev.kamkit.model.explain.Message} of a {@link
 * dev.kamkit.scoring.completeness.CompletenessCode}; the words are in this package's {@code
 * messages} bundles (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.completeness;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
