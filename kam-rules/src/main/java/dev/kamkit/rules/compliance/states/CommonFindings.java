package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Findings every state shares: unknown state, unreadable attributes, missing USD rates. */
final class CommonFindings {
  private CommonFindings() {}

  static List<Finding> of(KeyAccount account, StateShares scope) {
    List<Finding> out = new ArrayList<>();
    if (!scope.stateUnknown().isEmpty()) {
      out.add(
          Finding.of(
              UsStatesRules.JURISDICTION_UNKNOWN,
              account.id(),
              scope.stateUnknown(),
              UsStatesCode.JURISDICTION_UNKNOWN,
              Arg.of(account.id(), account.account().name()),
              Arg.of(scope.stateUnknown().size())));
    }
    // A group transfer has one share per attendee; its attributes and amount are judged once.
    Map<String, StateShare> firstShare = new LinkedHashMap<>();
    scope.shares().forEach(s -> firstShare.putIfAbsent(s.transfer().id().value(), s));
    for (StateShare s : firstShare.values()) {
      TransferOfValue t = s.transfer();
      if (!s.facts().problems().isEmpty()) {
        out.add(
            Finding.of(
                UsStatesRules.ATTRIBUTE_INVALID,
                account.id(),
                List.of(t.id()),
                UsStatesCode.ATTRIBUTE_INVALID,
                Arg.of(t.id()),
                Arg.list(s.facts().problems(), Arg::of)));
      }
      if (s.usd().isEmpty()) {
        out.add(
            Finding.of(
                UsStatesRules.NO_USD_RATE,
                account.id(),
                List.of(t.id()),
                UsStatesCode.NO_USD_RATE,
                Arg.of(t.id()),
                Arg.of(t.amount()),
                Arg.of(t.date()),
                Arg.of(s.state()),
                Arg.text(t.amount().currency().getCurrencyCode()),
                Arg.year(t.date().getYear())));
      }
    }
    return out;
  }
}
