package dev.kamkit.rules.review;

import static dev.kamkit.rules.review.AccountReviewTest.AS_OF;
import static dev.kamkit.rules.review.AccountReviewTest.KAMKIT;
import static dev.kamkit.rules.review.AccountReviewTest.SINCE;
import static dev.kamkit.rules.review.AccountReviewTest.base;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an account's and a portfolio's review add up to: counts, look-ups and explanations. */
class ReviewResultsTest {
  private static final KeyAccount BEFORE = base().build();
  // the MSL now holds the CFO: coverage, relationships and a score move at least
  private static final KeyAccount AFTER =
      base().holds("msl", "cfo", RelationshipStrength.WORKING, AS_OF.minusDays(3)).build();

  @Test
  void theReviewerOfTheDefaultsUsesTheDefaultPolicy() {
    assertEquals(ReviewPolicy.defaults(), AccountReviewer.withDefaults().policy());
    assertEquals("kamkit-review-1", ReviewPolicy.defaults().version());
    ReviewPolicy coarse = ReviewPolicy.builder().minimumScoreMove(BigDecimal.TEN).build();
    assertSame(coarse, AccountReviewer.of(coarse).policy());
  }

  @Test
  void aReviewCountsEveryChangeAndExplainsEachGroup() {
    AccountReview r = KAMKIT.review(BEFORE, SINCE, AFTER, AS_OF);
    assertFalse(r.scores().isEmpty(), r::explain);
    assertFalse(r.changes().isEmpty(), r::explain);
    assertEquals(r.classifications().size() + r.scores().size() + r.changes().size(), r.size());
    assertFalse(r.isEmpty());
    assertEquals("kamkit-review-1", r.policyVersion());
    long topics = r.changes().stream().map(ReviewChange::topic).distinct().count();
    Explanation e = r.explanation();
    assertEquals(ReviewCode.ACCOUNT, e.line().code());
    assertEquals(r.classifications().size() + r.scores().size() + topics, e.details().size());
    for (ScoreChange s : r.scores()) {
      Explanation score = s.explanation();
      assertEquals(ReviewCode.CHANGE, score.line().code());
      assertEquals(Arg.of(s.headline()), score.line().args().get(1));
      assertEquals(
          s.components().size() + s.appeared().size() + s.disappeared().size(),
          score.details().size(),
          s::explain);
    }
  }

  @Test
  void anAccountReviewedAgainstItselfSaysItIsUnchanged() {
    AccountReview r = KAMKIT.review(BEFORE, AS_OF, BEFORE, AS_OF);
    assertTrue(r.isEmpty());
    assertEquals(0, r.size());
    assertEquals(ReviewCode.ACCOUNT_UNCHANGED, r.explanation().line().code());
    assertTrue(r.explanation().details().isEmpty());
  }

  @Test
  void theLastReviewMustComeBeforeThisOne() {
    assertThrows(IllegalArgumentException.class, () -> KAMKIT.review(BEFORE, AS_OF, AFTER, SINCE));
    Portfolio then = Portfolio.builder().addAccounts(BEFORE).build();
    Portfolio now = Portfolio.builder().addAccounts(AFTER).build();
    assertThrows(IllegalArgumentException.class, () -> KAMKIT.review(then, AS_OF, now, SINCE));
  }

  @Test
  void everyClassificationThatMovedIsReviewedWithItsReasonsExplained() {
    KeyAccount before = base().account(a -> a.tier(AccountTier.TIER_3)).build();
    // the host's tier is its own: the evaluation keeps it, so only the stages can move
    KeyAccount after =
        base()
            .account(a -> a.tier(AccountTier.TIER_3))
            .stakeholder("cno", StakeholderFunction.NURSING, BuyingRole.USER)
            .stakeholder("cmo", StakeholderFunction.EXECUTIVE, BuyingRole.ECONOMIC_BUYER)
            .member("ceo-sponsor", TeamFunction.EXECUTIVE_SPONSOR)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("msl", "cfo", RelationshipStrength.STRONG, AS_OF.minusDays(3))
            .holds("ceo-sponsor", "cmo", RelationshipStrength.STRONG, AS_OF.minusDays(3))
            .holds("ma", "cno", RelationshipStrength.WORKING, AS_OF.minusDays(3))
            .holds("kam", "cfo", RelationshipStrength.WORKING, AS_OF.minusDays(3))
            .build();
    AccountReview r = KAMKIT.review(before, AS_OF, after, AS_OF);
    List<ReviewedClassification> moved =
        r.classifications().stream().map(ClassificationChange::classification).toList();
    assertEquals(List.of(ReviewedClassification.MATURITY), moved, r::explain);
    for (ClassificationChange c : r.classifications()) {
      assertEquals(Arg.of(c.classification()), c.headline().args().get(0), c::explain);
      assertEquals(c.appeared().size() + c.disappeared().size(), c.explanation().details().size());
    }
  }

  @Test
  void aPortfolioReviewFindsItsAccountsAndCountsMembershipToo() {
    KeyAccount joined = AccountFixture.idn("lakeview", "Lakeview", 1).build();
    KeyAccount steady = AccountFixture.idn("harbor", "Harbor", 1).build();
    Portfolio then = Portfolio.builder().addAccounts(BEFORE, steady).build();
    Portfolio now = Portfolio.builder().addAccounts(AFTER, steady, joined).build();
    PortfolioReview r = KAMKIT.review(then, SINCE, now, AS_OF);
    assertEquals(1, r.membership().size());
    assertEquals(ReviewCode.ACCOUNT_ADDED, r.membership().get(0).message().code());
    assertEquals(2, r.accounts().size());
    assertEquals(BEFORE.id(), r.account(BEFORE.id()).orElseThrow().account());
    assertTrue(r.account(AccountId.of("nowhere")).isEmpty());
    assertTrue(r.account(joined.id()).isEmpty(), "an account new since the review has no review");
    assertEquals(List.of(BEFORE.id()), r.changed().stream().map(AccountReview::account).toList());
    AccountReview changed = r.account(BEFORE.id()).orElseThrow();
    assertEquals(1 + changed.size(), r.size());
    assertEquals("kamkit-review-1", r.policyVersion());
    Explanation e = r.explanation();
    assertEquals(ReviewCode.PORTFOLIO, e.line().code());
    assertEquals(1 + 2, e.details().size());
  }

  @Test
  void aPortfolioReviewHoldsEachAccountOnceOfItsOwnDaysAndPolicy() {
    AccountReview r = KAMKIT.review(BEFORE, SINCE, AFTER, AS_OF);
    PortfolioReview.Builder review =
        PortfolioReview.builder().since(SINCE).asOf(AS_OF).policy(ReviewPolicy.defaults());
    assertEquals(List.of(r), review.addAccounts(r).build().accounts());
    assertThrows(
        IllegalArgumentException.class,
        () -> PortfolioReview.builder().from(review.build()).addAccounts(r).build());
    ReviewPolicy coarse = ReviewPolicy.builder().minimumScoreMove(BigDecimal.TEN).build();
    for (AccountReview other :
        List.of(
            r.withSince(SINCE.minusDays(1)), r.withAsOf(AS_OF.plusDays(1)), r.withPolicy(coarse))) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  PortfolioReview.builder()
                      .since(SINCE)
                      .asOf(AS_OF)
                      .policy(ReviewPolicy.defaults())
                      .addAccounts(other)
                      .build());
      assertTrue(e.getMessage().contains(other.account().value()), e.getMessage());
    }
  }
}
