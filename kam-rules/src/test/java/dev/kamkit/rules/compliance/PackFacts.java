package dev.kamkit.rules.compliance;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.rules.compliance.efpia.EfpiaFacts;
import dev.kamkit.rules.compliance.france.FranceFacts;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsFacts;
import dev.kamkit.rules.compliance.states.UsStatesFacts;
import dev.kamkit.rules.compliance.uk.UkFacts;
import dev.kamkit.rules.engagement.Factor;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;

/**
 * Every rule pack's typed fact keys, by the record that carries them, and generated key accounts
 * that carry facts of them: the packs' properties run over these, so a pack meets its own facts
 * (and the other packs') with every value its keys allow. {@code PackFactsPropertiesTest} checks
 * that no pack's key is missing here.
 */
public final class PackFacts {
  private PackFacts() {}

  /** The facts a transfer of value carries: Open Payments, the US states, EFPIA and France. */
  public static final List<FactKey<?>> TRANSFER =
      concat(
          OpenPaymentsFacts.TRANSFER_KEYS,
          UsStatesFacts.KEYS,
          EfpiaFacts.TRANSFER_KEYS,
          FranceFacts.TRANSFER_KEYS);

  /** The facts a stakeholder carries: the UK pack's. */
  public static final List<FactKey<?>> STAKEHOLDER = UkFacts.STAKEHOLDER_KEYS;

  /** The facts an account carries: the host's ratings of the engagement factors. */
  public static final List<FactKey<?>> ACCOUNT = Factor.facts();

  /** {@code generator}, making every pack's facts on the records that carry them. */
  public static KamGenerator on(KamGenerator generator) {
    return generator
        .withAccountFacts(ACCOUNT)
        .withStakeholderFacts(STAKEHOLDER)
        .withTransferFacts(TRANSFER);
  }

  /** Valid key accounts of every size, carrying every pack's facts. */
  public static Gen<KeyAccount> keyAccounts() {
    return KamGens.keyAccounts(PackFacts::on);
  }

  /** Valid key accounts of every size up to {@code largest}, carrying every pack's facts. */
  public static Gen<KeyAccount> keyAccountsUpTo(AccountSize largest) {
    return KamGens.keyAccountsUpTo(largest, PackFacts::on);
  }

  @SafeVarargs
  private static List<FactKey<?>> concat(List<FactKey<?>>... lists) {
    List<FactKey<?>> all = new ArrayList<>();
    for (List<FactKey<?>> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }
}
