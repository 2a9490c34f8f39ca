package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GpoAffiliationTest {

  private static GpoAffiliation.Builder vizient() {
    return GpoAffiliation.builder().gpoName("Vizient").commitment(GpoCommitment.COMMITTED);
  }

  @Test
  void recordsTheCommitmentTier() {
    assertEquals(GpoCommitment.COMMITTED, vizient().build().commitment());
  }

  @Test
  void mayEndOnTheDayItStarts() {
    LocalDate day = LocalDate.of(2021, 1, 1);
    assertEquals(day, vizient().since(day).until(day).build().until().get());
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertSingleViolation(
        () -> vizient().since(LocalDate.of(2021, 1, 1)).until(LocalDate.of(2020, 12, 31)).build(),
        BEFORE,
        path("until"),
        "2020-12-31");
  }

  @Test
  void rejectsABlankGpoName() {
    assertSingleViolation(() -> vizient().gpoName(" ").build(), BLANK, path("gpoName"), "\" \"");
  }
}
