package dev.kamkit.model.testing;

import dev.kamkit.model.base.FactKey;
import java.util.Collection;
import java.util.List;

/** The fact keys a generator makes facts for, on accounts, stakeholders and transfers of value. */
record GeneratedFacts(
    List<FactKey<?>> account, List<FactKey<?>> stakeholder, List<FactKey<?>> transfer) {
  static final GeneratedFacts NONE = new GeneratedFacts(List.of(), List.of(), List.of());

  GeneratedFacts {
    account = List.copyOf(account);
    stakeholder = List.copyOf(stakeholder);
    transfer = List.copyOf(transfer);
  }

  GeneratedFacts onAccounts(Collection<? extends FactKey<?>> keys) {
    return new GeneratedFacts(List.copyOf(keys), stakeholder, transfer);
  }

  GeneratedFacts onStakeholders(Collection<? extends FactKey<?>> keys) {
    return new GeneratedFacts(account, List.copyOf(keys), transfer);
  }

  GeneratedFacts onTransfers(Collection<? extends FactKey<?>> keys) {
    return new GeneratedFacts(account, stakeholder, List.copyOf(keys));
  }
}
