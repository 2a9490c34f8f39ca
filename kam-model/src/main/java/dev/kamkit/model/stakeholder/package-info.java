/**
 * Stakeholders: the people inside an account who decide, influence, use or block. Each has a
 * function, buying roles (a person may hold several), committee memberships, sentiment, influence,
 * seniority, a reporting line and a status (a champion about to retire is a risk), and for a
 * healthcare professional the identity that transparency rules need (NPI, recipient type).
 */
@KamStyle
@NullMarked
package dev.kamkit.model.stakeholder;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
