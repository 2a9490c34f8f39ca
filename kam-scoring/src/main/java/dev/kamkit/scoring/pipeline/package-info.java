/**
 * Plan against pipeline: does the account plan have opportunities behind it, and do the
 * opportunities serve the plan? Objectives with no opportunity behind them, open opportunities that
 * serve no objective or are overdue, the weighted pipeline against each objective's revenue target,
 * and the whitespace cells that have become pipeline. "The plan should connect to opportunities and
 * revenue. If your plan and your pipeline live in separate systems, leadership cannot see how
 * account strategy translates into forecast" (Prolifiq, "Pharma Key Account Management").
 *
 * <p>Every reason is a {@link dev.kamkit.model.explain.Message} of a {@link
 * dev.kamkit.scoring.pipeline.PipelineCode}; the words are in this package's {@code messages}
 * bundles (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.pipeline;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
