package dev.kamkit.rules.evaluation;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.RulePack;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import java.util.Set;

/**
 * Which compliance packs apply to which account.
 *
 * <p>{@link #byJurisdiction()}, the default, runs the US packs (Open Payments, anti-kickback and
 * PhRMA Code conduct, off-label promotion, US state laws) on accounts in the United States, and
 * Open Payments also on an account abroad where a stakeholder holds a US licence or an NPI, since a
 * covered recipient is defined by the licence, not by where the account is. Every other pack runs
 * everywhere: EFPIA, France and the UK scope themselves to the countries they apply in, and the
 * firewall and documented-rationale packs are company policy wherever the company works. A host
 * whose packs follow other lines supplies its own scope.
 */
@FunctionalInterface
public interface PackScope {

  /** True if {@code pack} applies to {@code account}. */
  boolean applies(RulePack pack, KeyAccount account);

  /** Packs by the jurisdiction of the account and its stakeholders' US licences. */
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
        if (!US_PACKS.contains(pack.id()) || US.equals(account.account().country())) {
          return true;
        }
        return pack.id().equals(OpenPaymentsPack.ID) && hasUsLicensee(account);
      }
    },
    /** See {@link PackScope#everywhere()}. */
    EVERYWHERE {
      @Override
      public boolean applies(RulePack pack, KeyAccount account) {
        return true;
      }
    };

    private static final String US = "US";
    private static final Set<String> US_PACKS =
        Set.of(OpenPaymentsPack.ID, ConductPack.ID, OffLabelPack.ID, UsStatesPack.ID);

    private static boolean hasUsLicensee(KeyAccount account) {
      for (Stakeholder s : account.stakeholders()) {
        if (s.hcp().isPresent()) {
          HcpIdentity hcp = s.hcp().get();
          if (hcp.npi().isPresent() || !hcp.licenseStates().isEmpty()) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
