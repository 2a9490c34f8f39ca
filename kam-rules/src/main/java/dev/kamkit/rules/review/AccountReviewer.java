package dev.kamkit.rules.review;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reviews an account, or a portfolio, against the last review: what changed, as data.
 *
 * <pre>{@code
 * AccountReviewer reviewer = AccountReviewer.withDefaults();
 * AccountReview r = reviewer.review(lastQuarter, now);        // two AccountSnapshots
 * r.changes(ReviewCode.STAKEHOLDER_DEPARTED);                  // codes, ids, typed arguments
 * System.out.println(r.explain(Locale.GERMAN));
 * }</pre>
 *
 * <p>It compares the stakeholders (added, departed, newly retiring, sentiment and influence), our
 * relationships (gained, lost, stronger or weaker, gone quiet), the plan's actions (added,
 * completed, overdue, cancelled), objectives and KPIs, the formulary standing of each product,
 * contracts, committee submissions (added, advanced, decided, stalled, moving again) and the
 * pipeline (opportunities added, moved, won, lost, re-valued); and every score and classification
 * that moved, with the components and reasons that moved it. Things are matched by id, so the
 * changes do not depend on the order of the account's lists. Instances are immutable and
 * thread-safe; the review reads no clock.
 */
public final class AccountReviewer {
  private final ReviewPolicy policy;

  private AccountReviewer(ReviewPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** Reviews by {@link ReviewPolicy#defaults()}. */
  public static AccountReviewer withDefaults() {
    return new AccountReviewer(ReviewPolicy.defaults());
  }

  /** Reviews by {@code policy}. */
  public static AccountReviewer of(ReviewPolicy policy) {
    return new AccountReviewer(policy);
  }

  /** The policy in use. */
  public ReviewPolicy policy() {
    return policy;
  }

  /**
   * What changed in one account from {@code previous} to {@code current}.
   *
   * @throws IllegalArgumentException if the snapshots are of different accounts, or {@code
   *     previous} is dated after {@code current}
   */
  public AccountReview review(AccountSnapshot previous, AccountSnapshot current) {
    requireNonNull(previous, "previous");
    requireNonNull(current, "current");
    if (!previous.id().equals(current.id())) {
      throw new IllegalArgumentException(
          "cannot review account " + current.id() + " against a snapshot of " + previous.id());
    }
    requireOrder(previous.asOf(), current.asOf());
    KeyAccount before = previous.account();
    KeyAccount after = current.account();
    LocalDate since = previous.asOf();
    LocalDate asOf = current.asOf();
    Changes changes = Changes.of(ReviewTopic.STAKEHOLDERS);
    Sides sides = new Sides(before, since, after, asOf);
    People people = new People(sides);
    people.stakeholders(changes);
    people.relationships(changes.about(ReviewTopic.RELATIONSHIPS), policy.quietAfterDays());
    Plans.actions(before, since, after, asOf, changes.about(ReviewTopic.ACTIONS));
    Plans.objectives(before, after, changes.about(ReviewTopic.OBJECTIVES));
    Business business = new Business(sides);
    business.formulary(changes.about(ReviewTopic.FORMULARY));
    business.contracts(changes.about(ReviewTopic.CONTRACTS));
    business.submissions(
        previous.committee(), current.committee(), changes.about(ReviewTopic.SUBMISSIONS));
    business.pipeline(changes.about(ReviewTopic.PIPELINE));
    return AccountReview.builder()
        .account(after.id())
        .accountName(after.account().name())
        .since(since)
        .asOf(asOf)
        .policy(policy)
        .classifications(Results.classifications(previous, current))
        .scores(Results.scores(previous, current, policy.minimumScoreMove()))
        .changes(changes.sorted())
        .build();
  }

  /**
   * What changed in a portfolio from the {@code previous} snapshots, as of {@code since}, to the
   * {@code current} ones, as of {@code asOf}: accounts matched by id, an account in only one of
   * them a change of its own.
   *
   * @throws IllegalArgumentException if a snapshot is of another day than its side's, or {@code
   *     since} is after {@code asOf}
   */
  public PortfolioReview review(
      List<AccountSnapshot> previous,
      LocalDate since,
      List<AccountSnapshot> current,
      LocalDate asOf) {
    requireOrder(since, asOf);
    requireDay(previous, since);
    requireDay(current, asOf);
    Map<AccountId, AccountSnapshot> then = Changes.byKey(previous, AccountSnapshot::id);
    Map<AccountId, AccountSnapshot> now = Changes.byKey(current, AccountSnapshot::id);
    Changes membership = Changes.of(ReviewTopic.ACCOUNT);
    List<AccountReview> accounts = new ArrayList<>();
    for (AccountSnapshot s : now.values()) {
      AccountSnapshot was = then.get(s.id());
      if (was == null) {
        membership.add(
            Movement.NOTED,
            List.of(s.id()),
            ReviewCode.ACCOUNT_ADDED,
            Arg.of(s.id(), s.account().account().name()));
      } else {
        accounts.add(review(was, s));
      }
    }
    for (AccountSnapshot was : then.values()) {
      if (!now.containsKey(was.id())) {
        membership.add(
            Movement.NOTED,
            List.of(was.id()),
            ReviewCode.ACCOUNT_REMOVED,
            Arg.of(was.id(), was.account().account().name()));
      }
    }
    return PortfolioReview.builder()
        .since(since)
        .asOf(asOf)
        .policy(policy)
        .membership(membership.sorted())
        .accounts(accounts)
        .build();
  }

  private static void requireOrder(LocalDate since, LocalDate asOf) {
    if (since.isAfter(asOf)) {
      throw new IllegalArgumentException(
          "the last review, " + since + ", is after the day reviewed, " + asOf);
    }
  }

  private static void requireDay(List<AccountSnapshot> snapshots, LocalDate day) {
    for (AccountSnapshot s : snapshots) {
      if (!s.asOf().equals(day)) {
        throw new IllegalArgumentException(
            "the snapshot of account " + s.id() + " is as of " + s.asOf() + ", not " + day);
      }
    }
  }
}
