package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.util.Comparator;
import java.util.Optional;

/**
 * One healthcare professional's part of one transfer, in the state where they practise: the whole
 * transfer for a single recipient, the per-person share of a group meal for each attendee.
 *
 * @param usd the part in US dollars; empty when no rate applies
 */
record StateShare(
    TransferOfValue transfer,
    Stakeholder recipient,
    UsState state,
    Optional<Money> usd,
    StateFacts facts) {

  /** Date, then transfer id, then recipient id: the order findings list shares in. */
  static final Comparator<StateShare> ORDER =
      Comparator.comparing((StateShare s) -> s.transfer().date())
          .thenComparing(s -> s.transfer().id().value())
          .thenComparing(s -> s.recipient().id().value());

  int year() {
    return transfer.date().getYear();
  }

  KamId transferId() {
    return transfer.id();
  }

  /** {@code t-1 Food and Beverage $30.00 on 2025-03-01}. */
  String line() {
    return transfer.id()
        + " "
        + transfer.nature().cmsName()
        + " "
        + usd.map(Dollars::show).orElse(transfer.amount() + " (no USD rate)")
        + " on "
        + transfer.date();
  }

  /** {@code Dr A [s-1]}. */
  String who() {
    return recipient.name() + " [" + recipient.id() + "]";
  }
}
