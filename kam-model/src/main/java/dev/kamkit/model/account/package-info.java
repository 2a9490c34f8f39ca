/**
 * The account: who the customer institution is (IDN, academic medical centre, payer, GPO, ...),
 * where it sits in a hierarchy (an IDN centralises decisions its hospitals used to make), its sites
 * of care and clinical units, and its profile: beds, ownership, GPO affiliations, contracts, EHR,
 * fiscal year and annual volumes.
 */
@KamStyle
@NullMarked
package dev.kamkit.model.account;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
