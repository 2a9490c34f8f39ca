package dev.kamkit.model.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.TeamMember;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid kamkit aggregates, built on {@link KamGenerator}: each draws a
 * seed (and where it says, a size or count) and generates from it, so every value is valid and the
 * same draw always gives an equal value. Use them with a fixed seed for reproducible runs:
 *
 * <pre>{@code
 * qt().withFixedSeed(7).withExamples(50)
 *     .forAll(KamGens.keyAccounts())
 *     .checkAssert(account -> assertTrue(score(account) <= 100));
 * }</pre>
 *
 * <p>Shrinking moves towards smaller sizes and counts and towards seed 0; the seed itself has no
 * notion of "simpler", so a shrunk account is another valid account rather than a smaller one.
 * Failure reports show a one-line summary of a key account or portfolio instead of its whole text,
 * which for a large IDN runs to megabytes.
 */
public final class KamGens {
  private KamGens() {}

  /** Seeds for {@link KamGenerator#seeded(long)}: any long. */
  public static Gen<Long> seeds() {
    return longs().all();
  }

  /** Seeded generators, for properties that need several related values from one draw. */
  public static Gen<KamGenerator> generators() {
    Gen<KamGenerator> generators = seeds().map(seed -> KamGenerator.seeded(seed));
    return generators.describedAs(g -> "KamGenerator.seeded(" + g.seed() + "L)");
  }

  /** Account sizes, shrinking towards {@link AccountSize#SMALL_CLINIC}. */
  public static Gen<AccountSize> accountSizes() {
    return Generate.enumValues(AccountSize.class);
  }

  /** Valid key accounts of every size, each size equally likely. */
  public static Gen<KeyAccount> keyAccounts() {
    return sized(accountSizes());
  }

  /**
   * Valid key accounts of one size.
   *
   * @param size the accounts' size
   */
  public static Gen<KeyAccount> keyAccounts(AccountSize size) {
    return sized(Generate.constant(size));
  }

  /**
   * Valid key accounts of one size, each from a seeded generator {@code setup} configures; see
   * {@link #keyAccounts(UnaryOperator)}.
   *
   * @param size the accounts' size
   * @param setup turns a seeded generator into the one that generates; it must be deterministic
   */
  public static Gen<KeyAccount> keyAccounts(AccountSize size, UnaryOperator<KamGenerator> setup) {
    return sized(Generate.constant(size), setup);
  }

  /**
   * Valid key accounts of every size up to {@code largest}, for runs that must stay fast: leave out
   * {@link AccountSize#LARGE_IDN} for many examples.
   *
   * @param largest the largest size generated
   */
  public static Gen<KeyAccount> keyAccountsUpTo(AccountSize largest) {
    return keyAccountsUpTo(largest, UnaryOperator.identity());
  }

  /**
   * Valid key accounts of every size, each from a seeded generator {@code setup} configures, for
   * example with the typed facts of a rule pack: {@code keyAccounts(g ->
   * g.withTransferFacts(EfpiaFacts.TRANSFER_KEYS))}.
   *
   * @param setup turns a seeded generator into the one that generates; it must be deterministic
   */
  public static Gen<KeyAccount> keyAccounts(UnaryOperator<KamGenerator> setup) {
    return sized(accountSizes(), setup);
  }

  /**
   * Valid key accounts of every size up to {@code largest}, each from a seeded generator {@code
   * setup} configures; see {@link #keyAccounts(UnaryOperator)}.
   *
   * @param largest the largest size generated
   * @param setup turns a seeded generator into the one that generates; it must be deterministic
   */
  public static Gen<KeyAccount> keyAccountsUpTo(
      AccountSize largest, UnaryOperator<KamGenerator> setup) {
    return sized(
        Generate.pick(List.of(AccountSize.values()).subList(0, largest.ordinal() + 1)), setup);
  }

  /** Valid portfolios of one to four key accounts of mixed sizes. */
  public static Gen<Portfolio> portfolios() {
    return portfolios(1, 4);
  }

  /**
   * Valid portfolios of {@code min} to {@code max} key accounts sharing products and team members,
   * with account hierarchies; see {@link KamGenerator#portfolio(int)}.
   *
   * @param min the fewest accounts, at least one
   * @param max the most accounts
   */
  public static Gen<Portfolio> portfolios(int min, int max) {
    return portfolios(min, max, UnaryOperator.identity());
  }

  /**
   * Valid portfolios of {@code min} to {@code max} key accounts, each from a seeded generator
   * {@code setup} configures; see {@link #keyAccounts(UnaryOperator)}.
   *
   * @param min the fewest accounts, at least one
   * @param max the most accounts
   * @param setup turns a seeded generator into the one that generates; it must be deterministic
   */
  public static Gen<Portfolio> portfolios(int min, int max, UnaryOperator<KamGenerator> setup) {
    return integers()
        .between(min, max)
        .zip(seeds(), (count, seed) -> setup.apply(KamGenerator.seeded(seed)).portfolio(count))
        .describedAs(KamGens::describe);
  }

  /** Valid accounts (institutions alone) of every size. */
  public static Gen<Account> accounts() {
    return accountSizes().zip(seeds(), (size, seed) -> KamGenerator.seeded(seed).account(size));
  }

  /** Valid stakeholders that refer to nothing, so they fit into any account. */
  public static Gen<Stakeholder> stakeholders() {
    return from(KamGenerator::stakeholder);
  }

  /** Valid team members of every function. */
  public static Gen<TeamMember> teamMembers() {
    return from(KamGenerator::teamMember);
  }

  /** Valid products, ours and competitors', with indications and approvals. */
  public static Gen<Product> products() {
    return from(KamGenerator::product);
  }

  /** Positive amounts of money in the generators' currencies, at each currency's scale. */
  public static Gen<Money> money() {
    return from(KamGenerator::money);
  }

  /** Valid US National Provider Identifiers. */
  public static Gen<Npi> npis() {
    return from(KamGenerator::npi);
  }

  /** Valid id text of the shapes hosts use, up to the longest accepted (255 characters). */
  public static Gen<String> idTexts() {
    return from(KamGenerator::idText);
  }

  private static <T> Gen<T> from(Function<KamGenerator, T> value) {
    return seeds().map(seed -> value.apply(KamGenerator.seeded(seed)));
  }

  private static Gen<KeyAccount> sized(Gen<AccountSize> sizes) {
    return sized(sizes, UnaryOperator.identity());
  }

  private static Gen<KeyAccount> sized(Gen<AccountSize> sizes, UnaryOperator<KamGenerator> setup) {
    return sizes
        .zip(seeds(), (size, seed) -> setup.apply(KamGenerator.seeded(seed)).keyAccount(size))
        .describedAs(KamGens::describe);
  }

  /** A one-line summary: the whole text of a large account would drown the report. */
  static String describe(KeyAccount account) {
    return "KeyAccount "
        + account.id()
        + " ("
        + account.account().kind()
        + ", "
        + account.account().country()
        + "): "
        + account.account().sites().size()
        + " sites, "
        + account.stakeholders().size()
        + " stakeholders, "
        + account.team().size()
        + " team, "
        + account.relationships().size()
        + " relationships, "
        + account.products().size()
        + " products, "
        + account.interactions().size()
        + " interactions, "
        + account.transfersOfValue().size()
        + " transfers of value, plan "
        + (account.plan().isPresent() ? "present" : "absent");
  }

  static String describe(Portfolio portfolio) {
    return "Portfolio of "
        + portfolio.accounts().size()
        + ": "
        + portfolio.accounts().stream().map(KamGens::describe).toList();
  }
}
