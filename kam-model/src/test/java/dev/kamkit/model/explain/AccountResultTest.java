package dev.kamkit.model.explain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountResultTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 30);

  private record Judged(AccountId account, LocalDate asOf, String policyVersion)
      implements AccountResult {
    @Override
    public Explanation explanation() {
      return Explanation.of(Message.of(ModelCode.BLANK));
    }
  }

  private static Judged judged(String id, LocalDate day, String version) {
    return new Judged(AccountId.of(id), day, version);
  }

  @Test
  void resultsOfOneDayPass() {
    assertDoesNotThrow(
        () ->
            AccountResult.requireAsOf(
                List.of(judged("a", DAY, "v1"), judged("b", DAY, "v2")), DAY));
    assertDoesNotThrow(() -> AccountResult.requireAsOf(List.of(), DAY));
  }

  @Test
  void aResultOfAnotherDayIsNamed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                AccountResult.requireAsOf(
                    List.of(judged("a", DAY, "v1"), judged("b", DAY.minusDays(1), "v1")), DAY));
    assertEquals("the result for account b is as of 2026-11-29, not 2026-11-30", e.getMessage());
  }

  @Test
  void aResultByAnotherPolicyVersionIsNamed() {
    List<Judged> results = List.of(judged("a", DAY, "v1"), judged("b", DAY, "v2"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> AccountResult.requireJudgedBy(results, DAY, "v1"));
    assertEquals(
        "the result for account b was judged by policy version v2, not v1", e.getMessage());
    assertDoesNotThrow(() -> AccountResult.requireJudgedBy(results.subList(0, 1), DAY, "v1"));
    // the day is checked too
    assertThrows(
        IllegalArgumentException.class,
        () -> AccountResult.requireJudgedBy(results.subList(0, 1), DAY.plusDays(1), "v1"));
  }
}
