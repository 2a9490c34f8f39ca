package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Review theatre on its boundaries under the default policy: an update counts as "for a review"
 * when it falls 0 to 14 days before it, the look-back period is the 365 days up to asOf
 * (2026-11-22, so from 2025-11-22), and the pattern needs two such reviews.
 */
class PlanRotTest {
  private static final LocalDate JULY = LocalDate.of(2026, 7, 1);
  private static final LocalDate OCTOBER = LocalDate.of(2026, 10, 1);
  private static final String THEATRE = "completeness.rot.review-theatre";

  private static List<Reason> rot(List<LocalDate> updates, List<LocalDate> reviews) {
    AccountPlan plan =
        AccountPlan.builder().name("p").addAllUpdates(updates).addAllReviews(reviews).build();
    return PlanRot.of(plan, AS_OF, CompletenessPolicy.defaults());
  }

  private static List<String> codes(List<LocalDate> updates, List<LocalDate> reviews) {
    return rot(updates, reviews).stream().map(Reason::code).toList();
  }

  @Test
  void updatesFourteenDaysBeforeAndOnTheDayOfTwoReviewsAreTheatre() {
    List<Reason> rot = rot(List.of(JULY.minusDays(14), OCTOBER), List.of(JULY, OCTOBER));
    assertEquals(1, rot.size(), rot.toString());
    assertCoded(THEATRE, Effect.RISK, rot.get(0), Arg.of(2), Arg.of(365), Arg.of(14));
    assertEquals(List.of(), rot.get(0).subjects());
  }

  @Test
  void anUpdateFifteenDaysBeforeAReviewIsDailyWork() {
    assertEquals(List.of(), codes(List.of(JULY.minusDays(15), OCTOBER), List.of(JULY, OCTOBER)));
  }

  @Test
  void anUpdateTheDayAfterAReviewIsDailyWork() {
    assertEquals(
        List.of(), codes(List.of(JULY.minusDays(1), OCTOBER.plusDays(1)), List.of(JULY, OCTOBER)));
  }

  @Test
  void oneReviewWithAnUpdateBeforeItIsNotYetAPattern() {
    assertEquals(List.of(), codes(List.of(OCTOBER), List.of(JULY, OCTOBER)));
  }

  @Test
  void updatesBeforeTheLookBackPeriodAreNotExamined() {
    // 366 days before asOf: outside; the two recent updates are both just before a review
    LocalDate outside = AS_OF.minusDays(366);
    assertEquals(List.of(THEATRE), codes(List.of(outside, JULY, OCTOBER), List.of(JULY, OCTOBER)));
    // 365 days before asOf: inside, and not just before any review
    LocalDate inside = AS_OF.minusDays(365);
    assertEquals(List.of(), codes(List.of(inside, JULY, OCTOBER), List.of(JULY, OCTOBER)));
  }

  @Test
  void aPlanChangedBeforeItsLatestReviewIsUnchangedSinceThen() {
    List<Reason> rot = rot(List.of(OCTOBER.minusDays(1)), List.of(OCTOBER));
    assertEquals(
        List.of("completeness.rot.unchanged-since-review"),
        codes(List.of(OCTOBER.minusDays(1)), List.of(OCTOBER)));
    assertCoded(
        "completeness.rot.unchanged-since-review",
        Effect.RISK,
        rot.get(0),
        Arg.of(LocalDate.of(2026, 9, 30)),
        Arg.of(LocalDate.of(2026, 10, 1)));
    // reviews and updates after asOf have not happened yet
    assertEquals(List.of(), codes(List.of(OCTOBER, AS_OF.plusDays(1)), List.of(AS_OF.plusDays(2))));
    assertEquals(List.of(), codes(List.of(), List.of(OCTOBER)));
    assertEquals(List.of(), codes(List.of(OCTOBER), List.of()));
  }
}
