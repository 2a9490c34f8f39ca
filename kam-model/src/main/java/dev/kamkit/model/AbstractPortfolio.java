package dev.kamkit.model;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
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
  // Only the generated Portfolio extends this: no host subclass.
  AbstractPortfolio() {}

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
    // a key account's id is its account's: accounts[i].account.id
    check.unique(
        accounts(),
        KeyAccount::id,
        (index, id) -> ModelCheck.at("accounts", index, id).field("account").field("id"));
    consistent(check, "products", Product::id, KeyAccount::products);
    consistent(check, "team", TeamMember::id, KeyAccount::team);
    Map<AccountId, AccountId> parent = new HashMap<>();
    accounts().forEach(a -> a.account().parent().ifPresent(p -> parent.put(a.id(), p)));
    for (List<AccountId> cycle : Cycles.in(parent)) {
      AccountId first = cycle.get(0);
      check.fail(
          ModelCheck.at("accounts", indexOf(first), first).field("account").field("parent"),
          parent.get(first),
          ModelCode.ACCOUNT_CYCLE,
          Arg.list(cycle, id -> Arg.of(id)));
    }
    check.throwIfInvalid();
  }

  private int indexOf(AccountId id) {
    List<KeyAccount> all = accounts();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id().equals(id)) {
        return i;
      }
    }
    throw new IllegalStateException("no account " + id);
  }

  private <K extends KamId, V> void consistent(
      ModelCheck check, String field, Function<V, K> id, Function<KeyAccount, List<V>> values) {
    Map<K, V> first = new HashMap<>();
    Map<K, AccountId> where = new HashMap<>();
    List<KeyAccount> all = accounts();
    for (int i = 0; i < all.size(); i++) {
      KeyAccount account = all.get(i);
      List<V> described = values.apply(account);
      for (int j = 0; j < described.size(); j++) {
        V value = described.get(j);
        K key = id.apply(value);
        V seen = first.putIfAbsent(key, value);
        where.putIfAbsent(key, account.id());
        if (seen != null && !seen.equals(value)) {
          check.fail(
              ModelCheck.at("accounts", i, account.id()).field(field).element(j, Arg.of(key)),
              key,
              ModelCode.DESCRIBED_DIFFERENTLY,
              Arg.of(requireNonNull(where.get(key))));
        }
      }
    }
  }
}
