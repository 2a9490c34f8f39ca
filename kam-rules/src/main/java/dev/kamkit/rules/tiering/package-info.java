/**
 * Tiering: accounts tiered by potential, and optionally by strategic fit, with stable, explained
 * cut-offs (Prolifiq, "Pharma Key Account Management": "tier your accounts by potential and invest
 * accordingly"; Veeva Business Consulting, "Unlocking True KAM Transformation": collaboration
 * opportunities and openness to partnering may be upweighted). Start from {@link
 * dev.kamkit.rules.tiering.Tiering}.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.tiering;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
