package dev.kamkit.model.testing;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A portfolio of key accounts sharing one product catalogue and one team pool, so a product or team
 * member is the same object, described identically, in every account that has it. Accounts may sit
 * under an IDN generated earlier in the portfolio, so the hierarchy cannot cycle.
 */
final class Portfolios {
  private static final Set<AccountKind> PARENTS =
      Set.of(AccountKind.INTEGRATED_DELIVERY_NETWORK, AccountKind.HEALTH_AUTHORITY);

  private Portfolios() {}

  static Portfolio portfolio(
      Rng rng, LocalDate today, List<AccountSize> sizes, GeneratedFacts facts) {
    Scene shared = new Scene(rng.split(), today, "PF-" + rng.hex(4), Country.us());
    int maxProducts = sizes.stream().mapToInt(AccountSize::maxProducts).max().orElse(1);
    int maxTeam = sizes.stream().mapToInt(AccountSize::maxTeam).max().orElse(1);
    List<Product> catalogue = Products.some(shared, maxProducts + 4, maxProducts);
    List<TeamMember> pool = Teams.team(shared, maxTeam + 8);
    Set<String> keys = new HashSet<>();
    List<KeyAccount> accounts = new ArrayList<>();
    for (AccountSize size : sizes) {
      String key = "ACC-" + rng.hex(6);
      while (!keys.add(key)) {
        key = "ACC-" + rng.hex(6);
      }
      accounts.add(account(rng, today, key, size, catalogue, pool, accounts, facts));
    }
    return Portfolio.builder().accounts(accounts).build();
  }

  private static KeyAccount account(
      Rng rng,
      LocalDate today,
      String key,
      AccountSize size,
      List<Product> catalogue,
      List<TeamMember> pool,
      List<KeyAccount> earlier,
      GeneratedFacts facts) {
    List<KeyAccount> parents =
        earlier.stream().filter(a -> PARENTS.contains(a.account().kind())).toList();
    Optional<KeyAccount> parent =
        size == AccountSize.LARGE_IDN || parents.isEmpty()
            ? Optional.empty()
            : rng.maybe(0.6, () -> rng.pick(parents));
    // a hospital under an IDN is in the IDN's country and is a hospital
    Country country =
        parent.map(p -> Country.byCode(p.account().country())).orElseGet(() -> Country.pick(rng));
    AccountKind kind =
        parent.isPresent() && size != AccountSize.SMALL_CLINIC
            ? AccountKind.HOSPITAL
            : Accounts.kind(rng, size);
    Optional<AccountId> parentId =
        parent.isPresent()
            ? parent.map(KeyAccount::id)
            : rng.maybe(0.1, () -> AccountId.of("ACC-EXT-" + rng.hex(6)));
    Scene scene = new Scene(rng.split(), today, key, country);
    scene.facts = facts;
    return KeyAccounts.build(
        scene,
        size,
        kind,
        parentId,
        products(rng, size, catalogue),
        Teams.pick(rng, pool, rng.between(size.minTeam(), size.maxTeam())));
  }

  private static List<Product> products(Rng rng, AccountSize size, List<Product> catalogue) {
    List<Product> ours = catalogue.stream().filter(p -> !p.competitor()).toList();
    List<Product> out = new ArrayList<>();
    out.add(rng.pick(ours));
    int count = rng.between(size.minProducts(), size.maxProducts());
    for (Product product : rng.sample(catalogue, catalogue.size())) {
      if (out.size() >= count) {
        break;
      }
      if (!out.contains(product)) {
        out.add(product);
      }
    }
    return out;
  }
}
