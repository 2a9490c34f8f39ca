package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An overdue review as plan rot. Under the default policy a review is due every 91 days and overdue
 * after 120; asOf is 2026-11-22, so a review on 2026-07-25 is exactly 120 days old.
 */
class ReviewCadenceTest {
  private static final String OVERDUE = "completeness.rot.review-overdue";

  private static List<Reason> rot(List<LocalDate> reviews, LocalDate asOf, CompletenessPolicy p) {
    // no updates: the other two signs of rot need them, so only the review cadence is read
    return PlanRot.of(AccountPlan.builder().name("p").addAllReviews(reviews).build(), asOf, p);
  }

  private static List<Reason> rot(LocalDate review) {
    return rot(List.of(review), AS_OF, CompletenessPolicy.defaults());
  }

  /** The days overdue the rot reports, 0 without the signal. */
  private static long daysOverdue(List<Reason> rot) {
    return rot.stream()
        .filter(r -> r.code().equals(OVERDUE))
        .mapToLong(r -> ((Arg.Count) r.message().args().get(1)).value())
        .sum();
  }

  private static CompletenessPolicy policy(int cadence, int limit) {
    return CompletenessPolicy.builder()
        .reviewCadenceDays(cadence)
        .maxDaysSinceReview(limit)
        .build();
  }

  private static void assertOverdue(
      Reason r, LocalDate reviewed, long overdue, long cadence, long limit) {
    assertCoded(
        OVERDUE, Effect.RISK, r, Arg.of(reviewed), Arg.of(overdue), Arg.of(cadence), Arg.of(limit));
  }

  @Test
  void theDefaultCadenceIsAQuarterWithALimitOf120Days() {
    assertEquals(91, CompletenessPolicy.defaults().reviewCadenceDays());
    assertEquals(120, CompletenessPolicy.defaults().maxDaysSinceReview());
  }

  @Test
  void aReviewExactlyTheLimitAgoIsNotOverdue() {
    assertEquals(List.of(), rot(AS_OF.minusDays(120)));
  }

  @Test
  void oneDayMoreIsOverdueByOneDay() {
    List<Reason> rot = rot(AS_OF.minusDays(121));
    assertEquals(1, rot.size(), rot.toString());
    assertOverdue(rot.get(0), LocalDate.of(2026, 7, 24), 1, 91, 120);
    assertEquals(List.of(), rot.get(0).subjects());
  }

  @Test
  void aCustomCadenceAndLimitAreHeldAndNamed() {
    CompletenessPolicy monthly = policy(30, 45);
    assertEquals(List.of(), rot(List.of(AS_OF.minusDays(45)), AS_OF, monthly));
    List<Reason> rot = rot(List.of(AS_OF.minusDays(50)), AS_OF, monthly);
    assertOverdue(rot.get(0), LocalDate.of(2026, 10, 3), 5, 30, 45);
  }

  @Test
  void onlyTheLatestReviewHeldByAsOfCounts() {
    // an old review followed by a recent one: on cadence
    assertEquals(
        List.of(),
        rot(
            List.of(AS_OF.minusDays(400), AS_OF.minusDays(10)),
            AS_OF,
            CompletenessPolicy.defaults()));
    // a review planned after asOf has not happened: the one 200 days ago is 80 days overdue
    assertEquals(
        80,
        daysOverdue(
            rot(
                List.of(AS_OF.minusDays(200), AS_OF.plusDays(1)),
                AS_OF,
                CompletenessPolicy.defaults())));
  }

  @Test
  void aPlanNeverReviewedIsLeftToTheCurrencySection() {
    assertEquals(List.of(), rot(List.of(), AS_OF, CompletenessPolicy.defaults()));
  }

  /** With no review held in between (a new review rightly ends the overdue period). */
  @Test
  void daysOverdueNeverFallAsAsOfMovesOn() {
    qt().withFixedSeed(191L)
        .withExamples(300)
        .forAll(
            lists().of(integers().between(0, 1_500)).ofSizeBetween(0, 4),
            integers().between(0, 400),
            integers().between(1, 200),
            integers().between(0, 120))
        .checkAssert(
            (offsets, later, cadence, slack) -> {
              CompletenessPolicy p = policy(cadence, cadence + slack);
              List<LocalDate> reviews = offsets.stream().map(AS_OF::minusDays).toList();
              long before = daysOverdue(rot(reviews, AS_OF, p));
              long after = daysOverdue(rot(reviews, AS_OF.plusDays(later), p));
              assertTrue(before <= after, before + " then " + after);
            });
  }

  @Test
  void aReviewWithinTheLimitNeverLetsTheSignalShowAndOtherwiseTheCountIsExact() {
    qt().withFixedSeed(192L)
        .withExamples(300)
        .forAll(
            lists().of(integers().between(-60, 1_500)).ofSizeBetween(0, 4),
            integers().between(1, 200),
            integers().between(0, 120))
        .checkAssert(
            (offsets, cadence, slack) -> {
              int limit = cadence + slack;
              CompletenessPolicy p = policy(cadence, limit);
              List<LocalDate> reviews = offsets.stream().map(AS_OF::minusDays).toList();
              List<Reason> rot = rot(reviews, AS_OF, p);
              boolean withinLimit = offsets.stream().anyMatch(o -> o >= 0 && o <= limit);
              long latestHeld =
                  reviews.stream()
                      .filter(r -> !r.isAfter(AS_OF))
                      .mapToLong(r -> ChronoUnit.DAYS.between(r, AS_OF))
                      .min()
                      .orElse(-1);
              long expected = withinLimit || latestHeld < 0 ? 0 : latestHeld - limit;
              assertEquals(expected, daysOverdue(rot), rot.toString());
              assertEquals(expected > 0, rot.stream().anyMatch(r -> r.code().equals(OVERDUE)));
            });
  }
}
