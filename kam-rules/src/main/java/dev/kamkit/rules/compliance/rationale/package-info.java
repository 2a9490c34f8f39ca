/**
 * Documented rationale: every interaction, value proposition and shared-value initiative carries a
 * legitimate business and clinical rationale (Prolifiq, "Pharma Key Account Management": "every
 * account plan should document the legitimate business and clinical rationale for engagement").
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.rationale;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
