package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.util.Comparator;
import java.util.List;
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

  /** The share as a line of a finding: transfer, nature, US dollar value (or amount) and day. */
  Arg line() {
    Arg id = Arg.of(transfer.id());
    Arg nature = Arg.of(transfer.nature());
    Arg day = Arg.of(transfer.date());
    return Arg.of(
        usd.map(v -> Message.of(UsStatesCode.SHARE, id, nature, Arg.of(v), day))
            .orElseGet(
                () ->
                    Message.of(
                        UsStatesCode.SHARE_NO_USD_RATE,
                        id,
                        nature,
                        Arg.of(transfer.amount()),
                        day)));
  }

  /** The shares as lines, in order. */
  static Arg lines(List<StateShare> shares) {
    return Arg.list(shares, StateShare::line);
  }

  /** The recipient, by name. */
  Arg who() {
    return Arg.of(recipient.id(), recipient.name());
  }
}
