/**
 * Whitespace: where can we grow? Penetration of the product by clinical-unit grid, counting only
 * cells where the product has an approved indication (expansion stays inside approved labelling,
 * Prolifiq, "Pharma Key Account Management"), the open cells ranked by expansion value, and
 * conversion between two snapshots of the grid.
 *
 * <p>Every reason and opportunity description is a {@link dev.kamkit.model.explain.Message} of a
 * {@link dev.kamkit.scoring.whitespace.WhitespaceCode}; the words are in this package's {@code
 * messages} bundles (English, German, French).
 */
@KamStyle
@NullMarked
package dev.kamkit.scoring.whitespace;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
