package dev.kamkit.rules.tiering;

import dev.kamkit.model.account.AccountTier;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The tier of a priority under the policy's cut-offs, with hysteresis: without a previous tier the
 * plain cut-offs decide; with one, the account moves up only when its priority clears a higher
 * cut-off by the band, and down only when it falls below a lower one by the band. A priority that
 * moves by less than the band from where its previous tier was set never changes the tier, and a
 * higher priority never gives a lower tier.
 */
final class CutOffs {
  private CutOffs() {}

  /** The tier for {@code priority}, given the account's previous tier if any. */
  static AccountTier tier(BigDecimal priority, Optional<AccountTier> previous, TieringPolicy p) {
    if (previous.isEmpty()) {
      return plain(priority, p, BigDecimal.ZERO);
    }
    AccountTier was = previous.get();
    AccountTier up = plain(priority, p, p.hysteresis());
    if (up.compareTo(was) < 0) {
      return up;
    }
    AccountTier down = plain(priority, p, p.hysteresis().negate());
    return down.compareTo(was) > 0 ? down : was;
  }

  /** The tier with both cut-offs shifted by {@code shift}. */
  static AccountTier plain(BigDecimal priority, TieringPolicy p, BigDecimal shift) {
    if (priority.compareTo(p.tier1From().add(shift)) >= 0) {
      return AccountTier.TIER_1;
    }
    if (priority.compareTo(p.tier2From().add(shift)) >= 0) {
      return AccountTier.TIER_2;
    }
    return AccountTier.TIER_3;
  }
}
