package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import java.util.List;

/**
 * The arguments the pack's findings name people, payments, agreements and programmes by: data,
 * never words.
 */
final class Parts {
  private Parts() {}

  /** A stakeholder by name; by the bare id should the account not hold them. */
  static Arg stakeholder(KeyAccount account, StakeholderId id) {
    return account.stakeholder(id).map(s -> Arg.of(id, s.name())).orElseGet(() -> Arg.of(id));
  }

  /** An organisation: the account by its name, any other by its id. */
  static Arg organisation(KeyAccount account, AccountId id) {
    return id.equals(account.id()) ? Arg.of(id, account.account().name()) : Arg.of(id);
  }

  /** Who received a transfer: a person, an organisation, or a group and its size. */
  static Arg recipient(KeyAccount account, TransferOfValue t) {
    if (t.recipient().isPresent()) {
      return Arg.of(
          Message.of(ConductCode.RECIPIENT_PERSON, stakeholder(account, t.recipient().get())));
    }
    if (t.organisation().isPresent()) {
      return Arg.of(
          Message.of(
              ConductCode.RECIPIENT_ORGANISATION, organisation(account, t.organisation().get())));
    }
    return Arg.of(Message.of(ConductCode.RECIPIENT_GROUP, Arg.of(t.attendees().size())));
  }

  /** A transfer's id, amount and day: the first arguments of every finding about one payment. */
  static Arg[] payment(TransferOfValue t) {
    return new Arg[] {Arg.of(t.id()), Arg.of(t.amount()), Arg.of(t.date())};
  }

  /** Payments, each as {@link ConductCode#PAYMENT}, in the order given. */
  static Arg payments(List<TransferOfValue> transfers) {
    return Arg.list(transfers, t -> Arg.of(Message.of(ConductCode.PAYMENT, payment(t))));
  }

  /** An agreement's id, kind and provider: the first arguments of every agreement finding. */
  static Arg[] agreement(KeyAccount account, ServiceAgreement a) {
    Arg provider =
        a.stakeholder()
            .map(s -> stakeholder(account, s))
            .orElseGet(() -> organisation(account, a.organisation().orElseThrow()));
    return new Arg[] {Arg.of(a.id()), Arg.of(a.kind()), provider};
  }

  /** A speaker programme's interaction, day and topic. */
  static Arg[] programme(Interaction i) {
    return new Arg[] {
      Arg.of(i.id()), Arg.of(i.date()), Arg.text(i.speakerProgram().orElseThrow().topic())
    };
  }

  /** The arguments of each group, in order, as one array. */
  static Arg[] concat(Arg[]... groups) {
    int length = 0;
    for (Arg[] group : groups) {
      length += group.length;
    }
    Arg[] all = new Arg[length];
    int at = 0;
    for (Arg[] group : groups) {
      System.arraycopy(group, 0, all, at, group.length);
      at += group.length;
    }
    return all;
  }
}
