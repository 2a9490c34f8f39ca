package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the pack names people, payments and agreements in its messages. */
final class Words {
  private Words() {}

  /** The stakeholder's name, or the bare id should the account not hold them. */
  static String stakeholder(KeyAccount account, StakeholderId id) {
    return account.stakeholder(id).map(Stakeholder::name).orElse(id.value());
  }

  /** Who received a transfer: a person, an organisation, or a group and its size. */
  static String recipient(KeyAccount account, TransferOfValue t) {
    if (t.recipient().isPresent()) {
      return stakeholder(account, t.recipient().get());
    }
    if (t.organisation().isPresent()) {
      return "organisation " + t.organisation().get().value();
    }
    return "a group of " + t.attendees().size() + " attendees";
  }

  /** Who provides an agreement's services. */
  static String provider(KeyAccount account, ServiceAgreement a) {
    return a.stakeholder()
        .map(s -> stakeholder(account, s))
        .orElseGet(() -> "organisation " + a.organisation().orElseThrow().value());
  }

  /** For example {@code consulting agreement SA-1 with Dr. Hale}. */
  static String agreement(KeyAccount account, ServiceAgreement a) {
    return lower(a.kind().name())
        + " agreement "
        + a.id().value()
        + " with "
        + provider(account, a);
  }

  /** A nature in plain lower-case words, e.g. {@code consulting fee}. */
  static String nature(NatureOfPayment nature) {
    return lower(nature.name());
  }

  /** For example {@code TV-1 (1500.00 USD on 2026-03-01)}. */
  static String payment(TransferOfValue t) {
    return t.id().value() + " (" + t.amount() + " on " + t.date() + ")";
  }

  /** Payments joined with commas. */
  static String payments(List<TransferOfValue> transfers) {
    return transfers.stream().map(Words::payment).collect(Collectors.joining(", "));
  }

  /** An enum constant in lower-case words, e.g. {@code LUXURY_RESORT} as {@code luxury resort}. */
  static String lower(String constant) {
    return constant.toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
