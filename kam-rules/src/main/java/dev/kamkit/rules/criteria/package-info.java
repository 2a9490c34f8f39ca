/**
 * What the rule packs share: a {@link dev.kamkit.rules.criteria.CriterionResult} (one checkable
 * criterion with a stable id, its {@link dev.kamkit.rules.criteria.Outcome} and the {@link
 * dev.kamkit.scoring.Reason reasons} behind it), the lines it is explained with ({@link
 * dev.kamkit.rules.criteria.CriteriaCode}), and small helpers that turn the host's collections into
 * message arguments in a deterministic order.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.criteria;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
