package dev.kamkit.model;

import static dev.kamkit.model.ReferenceCheckTest.assertDangling;
import static dev.kamkit.model.TestAccounts.NO_PRODUCT;
import static dev.kamkit.model.TestAccounts.OTHER_PRODUCT;
import static dev.kamkit.model.TestAccounts.PRODUCT;
import static dev.kamkit.model.TestAccounts.valid;
import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.COMPETITOR_ACTIVITY_OVERLAP;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Referent;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.explain.Arg;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A competitor's activity names the account's products and never counts the same interactions
 * twice.
 */
class CompetitorActivityReferenceCheckTest {
  private static final String RIVAL = "Northwind Pharma";
  private static final String SHOWN = "\"" + RIVAL + "\"";
  private static final LocalDate Q1 = LocalDate.of(2027, 1, 1);
  private static final LocalDate Q1_END = LocalDate.of(2027, 3, 31);

  private static CompetitorActivity.Builder quarter(LocalDate from, LocalDate to) {
    return CompetitorActivity.builder().competitor(RIVAL).start(from).end(to).interactions(12);
  }

  private static FieldPath record(int index, LocalDate from) {
    return at("competitorActivity", index, List.of(RIVAL, from));
  }

  @Test
  void consecutiveQuartersAndOtherCompetitorsBuild() {
    KeyAccount account =
        valid()
            .addCompetitorActivity(
                quarter(Q1, Q1_END).source("syndicated call data").build(),
                quarter(Q1_END.plusDays(1), LocalDate.of(2027, 6, 30)).build(),
                quarter(Q1, Q1_END).competitor("Helix Biosciences").build())
            .build();
    assertEquals(3, account.competitorActivity().size());
  }

  @Test
  void itsProductsAreTheAccounts() {
    assertDangling(
        valid().addCompetitorActivity(quarter(Q1, Q1_END).addProducts(NO_PRODUCT).build()),
        record(0, Q1).field("products").element(0, Arg.of(NO_PRODUCT)),
        NO_PRODUCT,
        Referent.PRODUCT);
  }

  @Test
  void overlappingRecordsOfOneCompetitorCountTwiceUnlessTheirProductsAreDisjoint() {
    LocalDate march = LocalDate.of(2027, 3, 1);
    KeyAccount.Builder twice =
        valid()
            .addCompetitorActivity(
                quarter(Q1, Q1_END).build(), quarter(march, LocalDate.of(2027, 3, 31)).build());
    ModelViolation v =
        assertSingleViolation(twice::build, COMPETITOR_ACTIVITY_OVERLAP, record(1, march), SHOWN);
    assertArgs(v, Arg.of(Q1), Arg.of(Q1_END));
    // one day in common is an overlap
    assertSingleViolation(
        valid()
                .addCompetitorActivity(
                    quarter(Q1, Q1_END).build(), quarter(Q1_END, Q1_END.plusMonths(3)).build())
            ::build,
        COMPETITOR_ACTIVITY_OVERLAP,
        record(1, Q1_END),
        SHOWN);
    // a shared product counts twice; one record for all products overlaps any
    assertSingleViolation(
        valid()
                .addCompetitorActivity(
                    quarter(Q1, Q1_END).addProducts(PRODUCT, OTHER_PRODUCT).build(),
                    quarter(march, Q1_END).addProducts(PRODUCT).build())
            ::build,
        COMPETITOR_ACTIVITY_OVERLAP,
        record(1, march),
        SHOWN);
    assertSingleViolation(
        valid()
                .addCompetitorActivity(
                    quarter(Q1, Q1_END).addProducts(PRODUCT).build(),
                    quarter(march, Q1_END).build())
            ::build,
        COMPETITOR_ACTIVITY_OVERLAP,
        record(1, march),
        SHOWN);
    // per-product records of one period build
    valid()
        .addCompetitorActivity(
            quarter(Q1, Q1_END).addProducts(PRODUCT).build(),
            quarter(Q1, Q1_END).addProducts(OTHER_PRODUCT).build())
        .build();
  }

  @Test
  void aPeriodEndsOnOrAfterItStartsAndCountsNoNegativeInteractions() {
    ModelViolation v =
        assertSingleViolation(
            () -> quarter(Q1_END, Q1).build(), BEFORE, FieldPath.of("end"), Q1.toString());
    assertArgs(v, Arg.text("start"), Arg.of(Q1_END));
    assertSingleViolation(
        () -> quarter(Q1, Q1_END).interactions(-1).build(),
        NEGATIVE,
        FieldPath.of("interactions"),
        "-1");
  }
}
