package dev.kamkit.rules.evaluation;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.rules.compliance.RulePack;

/**
 * Which compliance packs apply to which account.
 *
 * <p>{@link #byJurisdiction()}, the default, asks each pack ({@link RulePack#appliesTo}): the US
 * packs (Open Payments, anti-kickback and PhRMA Code conduct, off-label promotion, US state laws)
 * apply to accounts in the United States, and Open Payments also to an account abroad where a
 * stakeholder holds a US licence or an NPI; EFPIA, France and the UK where their codes apply; the
 * firewall and documented-rationale packs everywhere, as company policy. A host whose packs follow
 * other lines supplies its own scope.
 */
@FunctionalInterface
public interface PackScope {

  /** True if {@code pack} applies to {@code account}. */
  boolean applies(RulePack pack, KeyAccount account);

  /** Each pack where its own jurisdiction says it applies. */
  static PackScope byJurisdiction() {
    return Standard.BY_JURISDICTION;
  }

  /** Every pack on every account, as a {@code ComplianceValidator} does. */
  static PackScope everywhere() {
    return Standard.EVERYWHERE;
  }

  /** kamkit's scopes, as constants so that policies holding them compare equal. */
  enum Standard implements PackScope {
    /** See {@link PackScope#byJurisdiction()}. */
    BY_JURISDICTION {
      @Override
      public boolean applies(RulePack pack, KeyAccount account) {
        return pack.appliesTo(account);
      }
    },
    /** See {@link PackScope#everywhere()}. */
    EVERYWHERE {
      @Override
      public boolean applies(RulePack pack, KeyAccount account) {
        return true;
      }
    }
  }
}
