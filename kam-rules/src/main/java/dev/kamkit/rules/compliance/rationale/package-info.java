/**
 * Documented rationale: every interaction, value proposition and shared-value initiative carries a
 * legitimate business and clinical rationale (seed 000: "every account plan should document the
 * legitimate business and clinical rationale for engagement").
 */
@NullMarked
package dev.kamkit.rules.compliance.rationale;

import org.jspecify.annotations.NullMarked;
