/**
 * The engagement model of Veeva Business Consulting's "Unlocking True KAM Transformation" (figures
 * 2 and 3): which accounts call for account-based selling ("KAM for the masses"), which for
 * strategic account management (SAM), and which for the other engagement strategies
 * (marketing-centric, service-oriented, field-orchestrated).
 *
 * <p>{@link dev.kamkit.rules.engagement.EngagementAssessor} scores market complexity and potential
 * value from the account's data and the host's {@link
 * dev.kamkit.rules.engagement.EngagementInputs}, places the account on the grid and recommends
 * models. At portfolio level, {@link dev.kamkit.rules.engagement.SamAllocator} keeps SAM to a few
 * accounts and says who was held back and why, {@link dev.kamkit.rules.engagement.InvestmentCheck}
 * flags effort spread evenly over accounts of unequal potential (Prolifiq, "Pharma Key Account
 * Management"), and {@link dev.kamkit.rules.engagement.SamReadinessCheck} tells an account chosen
 * for SAM which of figure 2's SAM practices its data does not show yet.
 */
@KamStyle
@NullMarked
package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
