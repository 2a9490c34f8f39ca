package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Stakeholder;
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
    Optional<String> policyManufacturer = policy.manufacturerName();
    for (TransferOfValue t : account.transfersOfValue()) {
      if (t.date().isAfter(asOf)) {
        continue;
      }
      TransferFacts facts = FactsReader.transfer(t);
      Optional<String> manufacturer =
          facts.manufacturer().isPresent() ? facts.manufacturer() : policyManufacturer;
      int partakers = t.partakers();
      Optional<Money> usd =
          policy
              .toUsd(t.amount(), t.date())
              .map(total -> total.dividedBy(partakers, policy.usdRounding()));
      int year = t.date().getYear();
      Optional<StakeholderId> recipient = t.recipient();
      if (recipient.isPresent()) {
        Coverage coverage = coverage(account, recipient.get(), year);
        shares.add(
            new Share(
                t,
                recipient.get(),
                manufacturer,
                coverage,
                usd,
                partakers,
                facts,
                isEmployeeCompensation(account, t)));
      }
      Optional<AccountId> organisation = t.organisation();
      if (organisation.isPresent()) {
        Coverage coverage = CoveredRecipients.of(organisation.get(), year, policy);
        shares.add(
            new Share(t, organisation.get(), manufacturer, coverage, usd, partakers, facts, false));
      }
      // Each attendee is a recipient-year of their own, so their order here is never seen.
      for (StakeholderId id : t.attendees()) {
        Coverage coverage = coverage(account, id, year);
        shares.add(new Share(t, id, manufacturer, coverage, usd, partakers, facts, false));
      }
    }
    return shares;
  }

  /**
   * True if {@code t} is salary or benefits and its recipient is the manufacturer's bona fide
   * employee on its date: not reportable (CMS Open Payments FAQs).
   */
  static boolean isEmployeeCompensation(KeyAccount account, TransferOfValue t) {
    return t.employmentCompensation() && employment(account, t).isPresent();
  }

  /**
   * The recipient's employment by the manufacturer, if they are an employee on the transfer's day.
   */
  static Optional<ManufacturerEmployment> employment(KeyAccount account, TransferOfValue t) {
    return t.recipient()
        .flatMap(account::stakeholder)
        .flatMap(Stakeholder::manufacturerEmployment)
        .filter(e -> e.isEmployeeOn(t.date()));
  }

  private static Coverage coverage(KeyAccount account, StakeholderId id, int year) {
    // The model guarantees the stakeholder exists; an absent one is treated as not an HCP.
    Optional<Stakeholder> stakeholder = account.stakeholder(id);
    return stakeholder.isPresent()
        ? CoveredRecipients.of(stakeholder.get(), year)
        : Coverage.not(ReportabilityReason.NOT_A_HEALTHCARE_PROFESSIONAL);
  }
}
