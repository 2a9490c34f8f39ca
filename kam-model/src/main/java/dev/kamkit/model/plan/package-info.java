/**
 * The account plan: strategic priorities, account needs and the needs-based segment, objectives
 * with measures and dates, actions with owners and due dates, KPIs (leading and lagging, company
 * and customer), the value proposition with its documented rationale, the competitive landscape,
 * shared-value initiatives, the joint business plan, the patient pathway and the voice of the
 * account. A real plan is a living document, not a slide deck refreshed for reviews (Prolifiq,
 * "Pharma Key Account Management").
 */
@KamStyle
@NullMarked
package dev.kamkit.model.plan;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
