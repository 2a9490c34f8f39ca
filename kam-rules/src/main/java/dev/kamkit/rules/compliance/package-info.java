/**
 * Compliance as a property of the data, checked every time (Prolifiq, "Pharma Key Account
 * Management"): a {@link dev.kamkit.rules.compliance.ComplianceValidator} runs the rule packs a
 * host selects (US Open Payments, PhRMA Code, states, EFPIA, ...) over a key account or a portfolio
 * and returns every {@link dev.kamkit.rules.compliance.Finding}, never stopping at the first. Each
 * finding carries a stable rule id, a severity, the subjects it concerns, a message as data (a
 * stable code with typed arguments, worded on demand in English, German or French for a compliance
 * officer), and the regulation or code clause it rests on. {@link
 * dev.kamkit.rules.compliance.ComplianceCode} holds the codes every report shares; each pack
 * declares its own.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
