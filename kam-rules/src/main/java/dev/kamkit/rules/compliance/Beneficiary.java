package dev.kamkit.rules.compliance;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Who benefits from a transfer of value and by how much, as the European disclosure rules count it:
 * the one stakeholder or organisation with the whole amount, or each attendee of a group transfer
 * with the per-person value (the amount divided by the headcount of everyone who partook, or by the
 * attendees when no headcount is recorded), rounded half up to the currency's minor unit.
 *
 * @param id the stakeholder or organisation
 * @param stakeholder the stakeholder record; absent for an organisation or an unknown stakeholder
 * @param organisation true for an organisation (an HCO)
 * @param value the value that benefits it, in the transfer's currency
 */
public record Beneficiary(
    KamId id, Optional<Stakeholder> stakeholder, boolean organisation, Money value) {

  /**
   * Orders recipients by id text, then by kind of id: ids of different kinds may read alike (an
   * {@code AccountId} and a {@code StakeholderId} both {@code "x-1"}) and are still two recipients.
   * Grouping by this order never merges them; the same data always comes out in the same order.
   */
  public static final Comparator<KamId> ID_ORDER =
      Comparator.comparing(KamId::value).thenComparing(id -> id.getClass().getSimpleName());

  /** The beneficiaries of {@code transfer}, attendees in id order. */
  public static List<Beneficiary> of(KeyAccount account, TransferOfValue transfer) {
    if (transfer.organisation().isPresent()) {
      return List.of(
          new Beneficiary(
              transfer.organisation().get(), Optional.empty(), true, transfer.amount()));
    }
    if (transfer.recipient().isPresent()) {
      StakeholderId id = transfer.recipient().get();
      return List.of(new Beneficiary(id, account.stakeholder(id), false, transfer.amount()));
    }
    Money each = transfer.amount().dividedBy(transfer.partakers(), RoundingMode.HALF_UP);
    return transfer.attendees().stream()
        .sorted()
        .map(id -> new Beneficiary(id, account.stakeholder(id), false, each))
        .toList();
  }

  /** True if the beneficiary is a stakeholder recorded as a healthcare professional. */
  public boolean isHcp() {
    return stakeholder().map(Stakeholder::isHcp).orElse(false);
  }
}
