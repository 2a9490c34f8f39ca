package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.id.AccountId;
import org.junit.jupiter.api.Test;

/** What an account's focus refuses to say about itself. */
class AccountFocusTest {

  @Test
  void onlyAHighValueAccountCanBeUnderServed() {
    AccountFocus small =
        UnderServedAccounts.withDefaults()
            .assess(UnderServedAccountsTest.oneInFive(), AS_OF)
            .account(AccountId.of("s1"))
            .orElseThrow();
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> AccountFocus.builder().from(small).underServed(true).build());
    assertEquals("underServed", e.violations().get(0).field());
  }
}
