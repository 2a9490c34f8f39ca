/**
 * Off-label promotion: commercial roles discuss and target only indications approved in the
 * account's jurisdiction on the day; off-label content is for medical affairs answering a logged,
 * unsolicited request (REGULATORY.md 5 and 6).
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
