package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.Beneficiary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Splits transfers into recipients' shares. A group transfer's value per person is its US dollar
 * value divided by everyone who partook, covered or not (42 CFR 403.904 as MeetingsNet quotes it);
 * each attendee gets a share, so only the covered ones are later reported.
 */
final class Shares {
  private Shares() {}

  /** Orders recipients by id text, then kind of id, so results never depend on input order. */
  static final Comparator<KamId> RECIPIENT_ORDER = Beneficiary.ID_ORDER;

  /** The shares of every transfer of {@code account} made on or before {@code asOf}. */
  static List<Share> of(KeyAccount account, LocalDate asOf, OpenPaymentsPolicy policy) {
    List<Share> shares = new ArrayList<>();
    for (TransferOfValue t : account.transfersOfValue()) {
      if (t.date().isAfter(asOf)) {
        continue;
      }
      TransferFacts facts = AttributeReader.transfer(t.attributes());
      Optional<String> manufacturer = facts.manufacturer().or(policy::manufacturerName);
      int partakers = partakers(t);
      Optional<Money> usd =
          policy
              .toUsd(t.amount(), t.date())
              .map(total -> total.dividedBy(partakers, policy.usdRounding()));
      int year = t.date().getYear();
      t.recipient()
          .ifPresent(
              id ->
                  shares.add(
                      new Share(
                          t,
                          id,
                          manufacturer,
                          coverage(account, id, year),
                          usd,
                          partakers,
                          facts)));
      t.organisation()
          .ifPresent(
              id ->
                  shares.add(
                      new Share(
                          t,
                          id,
                          manufacturer,
                          CoveredRecipients.of(id, year, policy),
                          usd,
                          partakers,
                          facts)));
      t.attendees().stream()
          .sorted()
          .forEach(
              id ->
                  shares.add(
                      new Share(
                          t,
                          id,
                          manufacturer,
                          coverage(account, id, year),
                          usd,
                          partakers,
                          facts)));
    }
    return shares;
  }

  /**
   * Everyone who partook: the recorded headcount, else the attendees alone (a warning says so),
   * else 1 for a transfer to one recipient.
   */
  static int partakers(TransferOfValue t) {
    return t.isGroup() ? t.headcount().orElse(t.attendees().size()) : 1;
  }

  private static Coverage coverage(KeyAccount account, StakeholderId id, int year) {
    // The model guarantees the stakeholder exists; an absent one is treated as not an HCP.
    return account
        .stakeholder(id)
        .map(s -> CoveredRecipients.of(s, year))
        .orElse(Coverage.not(ReportabilityReason.NOT_A_HEALTHCARE_PROFESSIONAL));
  }
}
