/**
 * Our side of the account: the team members (KAM, sales, medical science liaison, market access,
 * marketing, service) with their functions, and the relationships that tie each of them to the
 * account's stakeholders. Commercial and medical functions are separated by a firewall ({@link
 * dev.kamkit.model.team.Division}).
 */
@KamStyle
@NullMarked
package dev.kamkit.model.team;

import dev.kamkit.model.base.KamStyle;
import org.jspecify.annotations.NullMarked;
