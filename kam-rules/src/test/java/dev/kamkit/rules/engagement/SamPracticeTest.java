package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Seed 004's figure 2: each SAM practice against the account-based selling it moves beyond. */
class SamPracticeTest {

  @Test
  void eachPracticeNamesBothColumnsOfFigureTwo() {
    assertEquals("sam.few-accounts", SamPractice.FEW_ACCOUNTS.id());
    assertEquals("Many accounts", SamPractice.FEW_ACCOUNTS.accountBasedSelling());
    assertEquals("Few accounts", SamPractice.FEW_ACCOUNTS.strategic());
    assertEquals(
        "Measuring individual activities", SamPractice.SHARED_OUTCOMES.accountBasedSelling());
  }
}
