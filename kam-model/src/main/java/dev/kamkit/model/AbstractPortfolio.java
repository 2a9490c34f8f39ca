package dev.kamkit.model;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * The key accounts a company judges together: the unit for tiering, for capping strategic account
 * management at a few accounts, and for rolling up maturity stages.
 *
 * <p>Each {@link KeyAccount} is self-contained, so the same product or team member may appear in
 * several accounts; building a portfolio checks that account ids are unique, that a product or team
 * member with one id is described the same way everywhere, and that the account hierarchy has no
 * cycles. A parent that is not itself in the portfolio is allowed: a hospital may be a key account
 * while its IDN is not.
 */
@Value.Immutable
public abstract class AbstractPortfolio {

  /** The key accounts. */
  public abstract List<KeyAccount> accounts();

  /** The key account with the given id, if the portfolio holds it. */
  public Optional<KeyAccount> account(AccountId id) {
    return accounts().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The accounts whose parent is {@code parent}. */
  public List<KeyAccount> children(AccountId parent) {
    return accounts().stream()
        .filter(a -> a.account().parent().equals(Optional.of(parent)))
        .toList();
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("Portfolio", null);
    check.unique("accounts.id", accounts(), KeyAccount::id);
    consistent(check, "products", Product::id, KeyAccount::products);
    consistent(check, "team", TeamMember::id, KeyAccount::team);
    Map<AccountId, AccountId> parent = new HashMap<>();
    accounts().forEach(a -> a.account().parent().ifPresent(p -> parent.put(a.id(), p)));
    for (List<AccountId> cycle : Cycles.in(parent)) {
      check.require(
          false,
          "accounts[" + cycle.get(0) + "].account.parent",
          parent.get(cycle.get(0)),
          "the account hierarchy forms a cycle: " + cycle);
    }
    check.throwIfInvalid();
  }

  private <K, V> void consistent(
      ModelCheck check, String field, Function<V, K> id, Function<KeyAccount, List<V>> values) {
    Map<K, V> first = new HashMap<>();
    Map<K, AccountId> where = new HashMap<>();
    for (KeyAccount account : accounts()) {
      for (V value : values.apply(account)) {
        K key = id.apply(value);
        V seen = first.putIfAbsent(key, value);
        where.putIfAbsent(key, account.id());
        check.require(
            seen == null || seen.equals(value),
            "accounts[" + account.id() + "]." + field,
            key,
            "is described differently in account " + where.get(key) + "; one id, one description");
      }
    }
  }
}
