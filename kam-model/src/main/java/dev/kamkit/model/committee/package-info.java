/**
 * Decision bodies: the pharmacy &amp; therapeutics (P&amp;T) committee, the value analysis
 * committee (VAC), formulary and contracting committees, with their scope (system-wide in an IDN,
 * or one site) and their meeting calendar. An IDN's system-level P&amp;T committee can flip
 * thousands of prescriptions overnight (Prolifiq, "Pharma Key Account Management"): knowing which
 * decisions are made where is half of an account plan.
 *
 * <p>A {@link dev.kamkit.model.committee.CommitteeSubmission} is a request to one of these bodies
 * for one of our products, with its sponsor, its owner, the meeting it targets and its stages from
 * request to decision: what committee progression is measured from.
 */
@KamStyle
@NullMarked
package dev.kamkit.model.committee;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
