/**
 * What the rule packs share: a {@link dev.kamkit.rules.criteria.CriterionResult} (one checkable
 * criterion with a stable id, its {@link dev.kamkit.rules.criteria.Outcome} and the {@link
 * dev.kamkit.scoring.Reason reasons} behind it) and small text helpers that keep explanations short
 * and deterministic.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.criteria;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
