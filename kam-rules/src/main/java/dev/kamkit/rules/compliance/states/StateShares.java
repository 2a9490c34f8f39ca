package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.stakeholder.Stakeholder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The shares of an account's transfers made on or before {@code asOf} to healthcare professionals
 * practising in a state the policy applies, in {@link StateShare#ORDER}, and the transfers of a US
 * account whose recipients' state is not recorded. Transfers to organisations and to people who are
 * not healthcare professionals are outside every state rule the pack encodes.
 */
record StateShares(List<StateShare> shares, List<TransferOfValueId> stateUnknown) {

  StateShares {
    shares = List.copyOf(shares);
    stateUnknown = List.copyOf(stateUnknown);
  }

  static StateShares of(KeyAccount account, LocalDate asOf, UsStatesPolicy policy) {
    if (!account.account().country().equals("US")) {
      return new StateShares(List.of(), List.of()); // only a US account has states
    }
    List<StateShare> shares = new ArrayList<>();
    TreeSet<TransferOfValueId> unknown = new TreeSet<>();
    Jurisdiction jurisdiction = new Jurisdiction(account);
    for (TransferOfValue t : account.transfersOfValue()) {
      if (t.date().isAfter(asOf)) {
        continue;
      }
      List<StakeholderId> people = new ArrayList<>(t.attendees());
      if (t.recipient().isPresent()) {
        people.add(t.recipient().get());
      }
      // Everyone who partook shares a group meal, covered or not (as for Open Payments).
      long partakers = t.partakers();
      Optional<Money> usd =
          policy.toUsd(t.amount(), t.date()).map(v -> v.dividedBy(partakers, policy.usdRounding()));
      StateFacts facts = StateFacts.of(t);
      for (StakeholderId id : people) {
        Optional<Stakeholder> person = account.stakeholder(id);
        if (person.isEmpty() || !person.get().isHcp()) {
          continue;
        }
        Optional<String> region = jurisdiction.region(person.get());
        if (region.isEmpty()) {
          unknown.add(t.id());
          continue;
        }
        Optional<UsState> state = UsState.ofRegion(region.get());
        if (state.isPresent() && policy.applies(state.get())) {
          shares.add(new StateShare(t, person.get(), state.get(), usd, facts));
        }
      }
    }
    shares.sort(StateShare.ORDER);
    return new StateShares(shares, List.copyOf(unknown));
  }

  /** The shares in {@code state}. */
  List<StateShare> in(UsState state) {
    List<StateShare> in = new ArrayList<>();
    for (StateShare s : shares) {
      if (s.state() == state) {
        in.add(s);
      }
    }
    return in;
  }
}
