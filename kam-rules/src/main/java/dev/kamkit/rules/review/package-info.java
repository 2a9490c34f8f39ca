/**
 * The account review: what changed in an account, or in a portfolio, between the last review and
 * now, as data. A quarterly business review should be "a working session on real data rather than a
 * polished narrative", one that "surfaces stalled committee submissions, reassesses the
 * relationship map" (Prolifiq, "Healthcare Key Account Management: A Practical Guide"): the
 * reviewer compares two snapshots of an account (its data and what kamkit judged of it on each day)
 * and lists every change with a stable {@link dev.kamkit.rules.review.ReviewCode}, the ids it
 * concerns and typed arguments. Start from {@link dev.kamkit.rules.review.AccountReviewer}, or from
 * the evaluator's {@code Kamkit.review}.
 *
 * <p>The words are in this package's {@code messages} bundles (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.review;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
