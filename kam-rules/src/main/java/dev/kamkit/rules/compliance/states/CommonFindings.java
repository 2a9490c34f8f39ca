package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
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
              "Account "
                  + account.id()
                  + " is in the US but records no state (region) for the recipients of "
                  + scope.stateUnknown().size()
                  + " transfer(s), on their site or on the account, so no state rule was applied"
                  + " to them. Record the region of the account or of the recipients' sites."));
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
                "Transfer "
                    + t.id()
                    + ": "
                    + String.join("; ", s.facts().problems())
                    + ". The value is ignored until corrected."));
      }
      if (s.usd().isEmpty()) {
        out.add(
            Finding.of(
                UsStatesRules.NO_USD_RATE,
                account.id(),
                List.of(t.id()),
                "The "
                    + t.amount()
                    + " paid on "
                    + t.date()
                    + " has no USD rate, so it cannot be held against the "
                    + s.state().displayName()
                    + " limits: add a UsdRate for "
                    + t.amount().currency()
                    + " effective on or before "
                    + t.date()
                    + " in "
                    + t.date().getYear()
                    + " to the policy."));
      }
    }
    return out;
  }
}
