package dev.kamkit.model.testing;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Seeded generator of valid, realistic kamkit aggregates for tests: whole {@link KeyAccount}s from
 * a small clinic to a large IDN, {@link Portfolio}s of them, and their main parts.
 *
 * <p>Every value it returns is valid: it builds without an {@link
 * dev.kamkit.model.base.InvalidModelException}, and a part made "for" an account can be added to
 * that account and the account still builds. Generation is deterministic: two generators made from
 * the same seed (and reference date) return equal values from the same sequence of calls. Each call
 * draws a fixed amount from the generator's stream, so the n-th value depends only on the seed, the
 * reference date and n, not on what earlier calls generated.
 *
 * <p>Dates lie around a reference date, {@link #DEFAULT_REFERENCE_DATE} unless given: history in
 * the years before it, plans and meetings shortly after it. Accounts look like the field's data:
 * names from small word lists, mostly US accounts with valid NPIs, some European ones with EFPIA
 * disclosure consent, every optional section sometimes present and sometimes absent, and every
 * value of every model enum reachable.
 *
 * <p>A generator is not thread-safe; give each thread its own.
 *
 * <pre>{@code
 * KeyAccount idn = KamGenerator.seeded(42).keyAccount(AccountSize.LARGE_IDN);
 * }</pre>
 */
public final class KamGenerator {
  /** The reference date generators use unless told otherwise. */
  public static final LocalDate DEFAULT_REFERENCE_DATE = LocalDate.of(2026, 7, 1);

  private static final List<AccountSize> SIZES = List.of(AccountSize.values());
  private static final String ID_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final long seed;
  private final LocalDate referenceDate;
  private final Rng rng;
  private final GeneratedFacts facts;

  private KamGenerator(long seed, LocalDate referenceDate, GeneratedFacts facts) {
    this.seed = seed;
    this.referenceDate = requireNonNull(referenceDate, "referenceDate");
    this.rng = new Rng(seed);
    this.facts = facts;
  }

  /**
   * A generator for {@code seed}, with dates around {@link #DEFAULT_REFERENCE_DATE}.
   *
   * @param seed any long; equal seeds give generators that return equal values
   * @return a new generator
   */
  public static KamGenerator seeded(long seed) {
    return new KamGenerator(seed, DEFAULT_REFERENCE_DATE, GeneratedFacts.NONE);
  }

  /**
   * A generator for {@code seed} whose dates lie around {@code referenceDate}: the day a test
   * treats as today.
   *
   * @param seed any long; equal seeds and dates give generators that return equal values
   * @param referenceDate the day history ends and plans begin
   * @return a new generator
   */
  public static KamGenerator seeded(long seed, LocalDate referenceDate) {
    return new KamGenerator(seed, referenceDate, GeneratedFacts.NONE);
  }

  /**
   * A generator seeded with the next long of {@code random}; deterministic when {@code random} is,
   * and advancing it by one draw.
   *
   * @param random the source of the seed
   * @return a new generator
   */
  public static KamGenerator from(SplittableRandom random) {
    return seeded(random.nextLong());
  }

  /**
   * A generator seeded with the next long of {@code random}; deterministic when {@code random} is
   * (as {@code new Random(seed)} is), and advancing it by one draw.
   *
   * @param random the source of the seed
   * @return a new generator
   */
  public static KamGenerator from(Random random) {
    return seeded(random.nextLong());
  }

  /**
   * A generator of the same seed and reference date, starting afresh, that gives accounts typed
   * facts of {@code keys}: the facts a rule pack declares, which this module cannot see. About one
   * account in four has none; on the others each key is present about two times in three, with a
   * valid value of its {@link FactKey.Kind} (one of its codes, text, a flag, whole days, a count, a
   * positive number, money in the account's currency, a date within the year before the reference
   * date). The facts are drawn from each account's own stream, so everything else generated is the
   * same as without them. Keys given earlier for stakeholders and transfers stay.
   *
   * <pre>{@code
   * KamGenerator.seeded(7).withAccountFacts(Factor.facts()).keyAccount(AccountSize.SMALL_CLINIC);
   * }</pre>
   *
   * @param keys the keys, at most one fact each per account; none makes no facts
   * @return a new generator
   */
  public KamGenerator withAccountFacts(Collection<? extends FactKey<?>> keys) {
    return new KamGenerator(seed, referenceDate, facts.onAccounts(keys));
  }

  /**
   * A generator of the same seed and reference date, starting afresh, that gives stakeholders typed
   * facts of {@code keys}, as {@link #withAccountFacts(Collection)} gives accounts theirs.
   *
   * @param keys the keys, at most one fact each per stakeholder; none makes no facts
   * @return a new generator
   */
  public KamGenerator withStakeholderFacts(Collection<? extends FactKey<?>> keys) {
    return new KamGenerator(seed, referenceDate, facts.onStakeholders(keys));
  }

  /**
   * A generator of the same seed and reference date, starting afresh, that gives transfers of value
   * typed facts of {@code keys}, as {@link #withAccountFacts(Collection)} gives accounts theirs
   * (money in the account's currency).
   *
   * @param keys the keys, at most one fact each per transfer; none makes no facts
   * @return a new generator
   */
  public KamGenerator withTransferFacts(Collection<? extends FactKey<?>> keys) {
    return new KamGenerator(seed, referenceDate, facts.onTransfers(keys));
  }

  /** The seed this generator was made from. */
  public long seed() {
    return seed;
  }

  /** The day the generated data treats as today. */
  public LocalDate referenceDate() {
    return referenceDate;
  }

  /** An account size, each equally likely. Deterministic per seed. */
  public AccountSize accountSize() {
    return next().pick(SIZES);
  }

  /**
   * A valid key account of a size drawn with {@link #accountSize()}. Deterministic per seed.
   *
   * @return a key account that builds, with its own products and team
   */
  public KeyAccount keyAccount() {
    Rng draw = next();
    return KeyAccounts.standalone(scene(draw, "ACC-"), draw.pick(SIZES));
  }

  /**
   * A valid key account of the given size: its counts lie within the size's ranges, every reference
   * inside it resolves, reporting lines and action hierarchies are acyclic. Deterministic per seed.
   *
   * @param size how big the account is
   * @return a key account that builds, with its own products and team
   */
  public KeyAccount keyAccount(AccountSize size) {
    requireNonNull(size, "size");
    return KeyAccounts.standalone(scene(next(), "ACC-"), size);
  }

  /**
   * A valid portfolio of {@code accounts} key accounts of mixed sizes, mostly smaller ones.
   * Deterministic per seed. See {@link #portfolio(List)}.
   *
   * @param accounts how many key accounts, at least one
   * @return a portfolio that builds
   */
  public Portfolio portfolio(int accounts) {
    if (accounts < 1) {
      throw new IllegalArgumentException("a portfolio needs at least one account: " + accounts);
    }
    Rng draw = next();
    List<AccountSize> sizes = new ArrayList<>();
    for (int i = 0; i < accounts; i++) {
      sizes.add(draw.weighted(SIZES, 35, 35, 20, 10));
    }
    return Portfolios.portfolio(draw, referenceDate, sizes, facts);
  }

  /**
   * A valid portfolio with one key account of each given size, in order. The accounts share one
   * product catalogue and one team pool, described identically everywhere; account ids are unique;
   * some accounts are hospitals under an IDN of the portfolio generated before them, some have a
   * parent outside it, so the hierarchy never cycles. Deterministic per seed.
   *
   * @param sizes the accounts' sizes; at least one
   * @return a portfolio that builds
   */
  public Portfolio portfolio(List<AccountSize> sizes) {
    if (sizes.isEmpty()) {
      throw new IllegalArgumentException("a portfolio needs at least one account");
    }
    return Portfolios.portfolio(next(), referenceDate, List.copyOf(sizes), facts);
  }

  /**
   * A valid account (the institution alone: sites, clinical units, profile) of the given size. Its
   * contracts and volumes name no products. Deterministic per seed.
   *
   * @param size how big the institution is
   * @return an account that builds
   */
  public Account account(AccountSize size) {
    Rng draw = next();
    return Accounts.account(scene(draw, "ACC-"), size, Accounts.kind(draw, size), Optional.empty());
  }

  /**
   * A valid stakeholder that refers to nothing (no manager, site or committee), so it fits into any
   * account whose ids it does not clash with; its id carries random text, which makes a clash
   * practically impossible. Deterministic per seed.
   *
   * @return a stakeholder that builds
   */
  public Stakeholder stakeholder() {
    return People.one(scene(next(), "X"));
  }

  /**
   * A valid stakeholder for {@code account}: its id is new to the account, and its manager, site,
   * clinical unit and committee seat, when present, are the account's. Adding it to the account's
   * stakeholders keeps the account valid. Deterministic per seed and account.
   *
   * @param account the account the stakeholder joins
   * @return a stakeholder that builds and fits into {@code account}
   */
  public Stakeholder stakeholderFor(KeyAccount account) {
    return People.one(sceneOf(account));
  }

  /**
   * A valid team member with a random function, who may have left the team. Deterministic per seed.
   *
   * @return a team member that builds
   */
  public TeamMember teamMember() {
    Rng draw = next();
    return Teams.member(scene(draw, "X"), draw.pick(TeamFunction.class), true);
  }

  /**
   * A valid relationship between one of {@code account}'s team members and one of its stakeholders
   * that the account does not record yet; adding it keeps the account valid. Deterministic per seed
   * and account.
   *
   * @param account the account
   * @return a relationship that fits into {@code account}
   * @throws IllegalArgumentException if every team member already holds every stakeholder
   */
  public Relationship relationshipFor(KeyAccount account) {
    if (account.team().isEmpty() || account.stakeholders().isEmpty()) {
      throw new IllegalArgumentException("account " + account.id() + " has no team or people");
    }
    return Teams.fresh(sceneOf(account), account.relationships());
  }

  /**
   * A valid product of ours or a competitor's, with one to three indications and their approvals.
   * Deterministic per seed.
   *
   * @return a product that builds
   */
  public Product product() {
    Rng draw = next();
    return Products.product(scene(draw, "X"), draw.chance(0.2));
  }

  /**
   * A valid interaction for {@code account}: a new id, and team members, stakeholders, committee
   * and products (with their own indications) of the account. Adding it keeps the account valid.
   * Deterministic per seed and account.
   *
   * @param account the account; it needs at least one team member
   * @return an interaction that fits into {@code account}
   */
  public Interaction interactionFor(KeyAccount account) {
    if (account.team().isEmpty()) {
      throw new IllegalArgumentException("account " + account.id() + " has no team");
    }
    return Interactions.one(sceneOf(account));
  }

  /**
   * {@code count} valid interactions for {@code account} with distinct new ids, as {@link
   * #interactionFor(KeyAccount)} makes them; adding them all keeps the account valid, and so does
   * replacing its interactions with them once no transfer of value refers to the old ones.
   * Deterministic per seed and account.
   *
   * @param account the account; it needs at least one team member
   * @param count how many
   * @return interactions that fit into {@code account} together
   */
  public List<Interaction> interactionsFor(KeyAccount account, int count) {
    if (account.team().isEmpty()) {
      throw new IllegalArgumentException("account " + account.id() + " has no team");
    }
    return Interactions.some(sceneOf(account), count);
  }

  /**
   * A valid transfer of value for {@code account}: a new id, a positive amount in the account's
   * currency, and exactly one recipient (a stakeholder, the organisation, or a group of attendees
   * with a headcount) of the account. Adding it keeps the account valid. Deterministic per seed and
   * account.
   *
   * @param account the account
   * @return a transfer of value that fits into {@code account}
   */
  public TransferOfValue transferOfValueFor(KeyAccount account) {
    return Transfers.one(sceneOf(account));
  }

  /**
   * {@code count} valid transfers of value for {@code account} with distinct new ids, as {@link
   * #transferOfValueFor(KeyAccount)} makes them; adding them all, or replacing the account's
   * transfers with them, keeps the account valid. Deterministic per seed and account.
   *
   * @param account the account
   * @param count how many
   * @return transfers of value that fit into {@code account} together
   */
  public List<TransferOfValue> transfersOfValueFor(KeyAccount account, int count) {
    return Transfers.some(sceneOf(account), count);
  }

  /**
   * A valid account plan for {@code account}, referring only to its team, stakeholders and
   * products; replacing the account's plan with it keeps the account valid once no opportunity
   * serves the old plan's objectives. Deterministic per seed and account.
   *
   * @param account the account
   * @return a plan that fits into {@code account}
   */
  public AccountPlan planFor(KeyAccount account) {
    if (account.team().isEmpty()) {
      throw new IllegalArgumentException("account " + account.id() + " has no team");
    }
    return Plans.plan(sceneOf(account));
  }

  /**
   * A positive amount of money in a currency of one of the generators' countries (yen has no
   * decimals), at the currency's scale. Deterministic per seed.
   *
   * @return money
   */
  public Money money() {
    Rng draw = next();
    return Amounts.between(draw, draw.pick(Country.all()).currency(), 1, 1_000_000);
  }

  /**
   * A positive amount of money in {@code currency}, at its scale. Deterministic per seed.
   *
   * @param currency the currency
   * @return money
   */
  public Money money(Currency currency) {
    return Amounts.between(next(), requireNonNull(currency, "currency"), 1, 1_000_000);
  }

  /** A valid US National Provider Identifier. Deterministic per seed. */
  public Npi npi() {
    return Npis.npi(next());
  }

  /**
   * Valid id text of the shapes hosts use: short codes, Salesforce-style record ids, UUIDs,
   * composite ids with inner spaces and non-ASCII letters, and ids of the maximum length (255).
   * Deterministic per seed.
   *
   * @return text every {@link KamId} accepts
   */
  public String idText() {
    Rng draw = next();
    return switch (draw.between(0, 4)) {
      case 0 -> "ACC-" + draw.digits(draw.between(1, 8));
      case 1 -> "001" + chars(draw, 15);
      case 2 ->
          (draw.hex(8)
                  + "-"
                  + draw.hex(4)
                  + "-"
                  + draw.hex(4)
                  + "-"
                  + draw.hex(4)
                  + "-"
                  + draw.hex(12))
              .toLowerCase(Locale.ROOT);
      case 3 -> draw.pick(Country.all()).cities().get(0) + " / Station " + draw.digits(2) + " ü";
      default -> chars(draw, 255);
    };
  }

  /**
   * A valid id of the type {@code factory} makes, for example {@code id(StakeholderId::of)}.
   * Deterministic per seed.
   *
   * @param factory the id type's factory
   * @param <I> the id type
   * @return an id with text from {@link #idText()}
   */
  public <I extends KamId> I id(Function<String, I> factory) {
    return factory.apply(idText());
  }

  private Rng next() {
    return rng.split();
  }

  private Scene scene(Rng draw, String prefix) {
    Scene scene =
        new Scene(
            draw,
            referenceDate,
            prefix + draw.hex(prefix.length() > 1 ? 6 : 10),
            Country.pick(draw));
    scene.facts = facts;
    return scene;
  }

  private Scene sceneOf(KeyAccount account) {
    Scene scene = Scene.of(account, next(), referenceDate);
    scene.facts = facts;
    return scene;
  }

  private static String chars(Rng draw, int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ID_CHARS.charAt(draw.between(0, ID_CHARS.length() - 1)));
    }
    return out.toString();
  }
}
