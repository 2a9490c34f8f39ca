package dev.kamkit.model.portfolio;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.APPROVAL_JURISDICTION;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IndicationApprovalTest {
  private static final LocalDate APPROVED = LocalDate.of(2022, 3, 15);
  private static final LocalDate WITHDRAWN = LocalDate.of(2025, 1, 31);

  private static IndicationApproval.Builder fda() {
    return IndicationApproval.builder().jurisdiction("US").approvedOn(APPROVED);
  }

  @Test
  void holdsFromTheDayOfApprovalOn() {
    IndicationApproval approval = fda().build();
    assertFalse(approval.holds("US", APPROVED.minusDays(1)));
    assertTrue(approval.holds("US", APPROVED));
    assertTrue(approval.holds("US", LocalDate.of(2099, 1, 1)));
  }

  @Test
  void holdsUntilTheDayBeforeItWasWithdrawn() {
    IndicationApproval approval = fda().withdrawnOn(WITHDRAWN).build();
    assertTrue(approval.holds("US", WITHDRAWN.minusDays(1)));
    assertFalse(approval.holds("US", WITHDRAWN));
    assertFalse(approval.holds("US", WITHDRAWN.plusDays(1)));
  }

  @Test
  void holdsOnlyInItsOwnJurisdiction() {
    IndicationApproval approval = fda().build();
    assertFalse(approval.holds("EU", APPROVED));
    assertFalse(approval.holds("us", APPROVED));
    assertTrue(
        IndicationApproval.builder()
            .jurisdiction("EU")
            .approvedOn(APPROVED)
            .build()
            .holds("EU", APPROVED));
  }

  @Test
  void anApprovalWithdrawnOnItsFirstDayNeverHeld() {
    assertFalse(fda().withdrawnOn(APPROVED).build().holds("US", APPROVED));
  }

  @Test
  void rejectsAWithdrawalBeforeTheApproval() {
    assertSingleViolation(
        () -> fda().withdrawnOn(APPROVED.minusDays(1)).build(),
        BEFORE,
        path("withdrawnOn"),
        "2022-03-14");
  }

  @Test
  void rejectsAJurisdictionThatIsNotTwoCapitalLetters() {
    assertSingleViolation(
        () -> fda().jurisdiction("USA").build(),
        APPROVAL_JURISDICTION,
        path("jurisdiction"),
        "\"USA\"");
    assertSingleViolation(
        () -> fda().jurisdiction("eu").build(),
        APPROVAL_JURISDICTION,
        path("jurisdiction"),
        "\"eu\"");
  }

  @Test
  void aCentralisedEuApprovalHoldsInEveryEuAndEeaCountryButNotElsewhere() {
    IndicationApproval eu =
        IndicationApproval.builder()
            .jurisdiction("EU")
            .approvedOn(java.time.LocalDate.of(2024, 5, 1))
            .build();
    java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 1);
    org.junit.jupiter.api.Assertions.assertTrue(eu.holds("DE", day));
    org.junit.jupiter.api.Assertions.assertTrue(eu.holds("NO", day));
    org.junit.jupiter.api.Assertions.assertTrue(eu.holds("EU", day));
    org.junit.jupiter.api.Assertions.assertFalse(eu.holds("GB", day));
    org.junit.jupiter.api.Assertions.assertFalse(eu.holds("US", day));
    org.junit.jupiter.api.Assertions.assertFalse(
        eu.holds("DE", java.time.LocalDate.of(2024, 4, 30)));
  }
}
