/**
 * Committee progression: how many of an account's committee submissions advance from request to
 * approval and how long each stage takes, which submissions have stalled and why, and the next
 * meeting of each decision body (Prolifiq, "Healthcare Key Account Management: A Practical Guide":
 * "Committee progression measures how many value analysis submissions advance from request to
 * approval and how long each stage takes"; a good QBR "surfaces stalled committee submissions").
 *
 * <p>Every line is a {@link dev.kamkit.model.explain.Message} of a {@link
 * dev.kamkit.scoring.committee.CommitteeCode}; the words are in this package's {@code messages}
 * bundles (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.committee;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
