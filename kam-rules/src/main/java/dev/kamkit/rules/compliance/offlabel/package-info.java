/**
 * Off-label promotion: commercial roles discuss and target only indications approved in the
 * account's jurisdiction on the day; off-label content is for medical affairs answering a logged,
 * unsolicited request (FDA guidance on unapproved uses (2025) and on unsolicited requests (2011
 * draft); IntuitionLabs on MSL compliance; OIG Special Fraud Alert (2020)).
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
