package dev.kamkit.model;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.ACCOUNT_CYCLE;
import static dev.kamkit.model.base.ModelCode.DESCRIBED_DIFFERENTLY;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioTest {
  private static final AccountId IDN = AccountId.of("idn");
  private static final AccountId MEMORIAL = AccountId.of("memorial");
  private static final AccountId LAKESIDE = AccountId.of("lakeside");

  private static KeyAccount keyAccount(AccountId id) {
    return TestAccounts.valid().account(TestAccounts.account(id)).build();
  }

  private static KeyAccount keyAccount(AccountId id, AccountId parent) {
    return TestAccounts.valid().account(TestAccounts.account(id).withParent(parent)).build();
  }

  @Test
  void findsAccountsAndTheirChildren() {
    Portfolio portfolio =
        Portfolio.builder()
            .addAccounts(keyAccount(IDN), keyAccount(MEMORIAL, IDN), keyAccount(LAKESIDE, IDN))
            .build();
    assertEquals(MEMORIAL, portfolio.account(MEMORIAL).get().id());
    assertEquals(Optional.empty(), portfolio.account(AccountId.of("elsewhere")));
    assertEquals(
        List.of(MEMORIAL, LAKESIDE), portfolio.children(IDN).stream().map(KeyAccount::id).toList());
    assertEquals(List.of(), portfolio.children(MEMORIAL));
  }

  @Test
  void anEmptyPortfolioIsValid() {
    assertEquals(List.of(), Portfolio.builder().build().accounts());
  }

  @Test
  void sharesProductsAndTeamMembersDescribedTheSameWay() {
    Portfolio portfolio =
        Portfolio.builder().addAccounts(keyAccount(IDN), keyAccount(MEMORIAL)).build();
    assertEquals(2, portfolio.accounts().size());
  }

  @Test
  void rejectsTwoAccountsWithOneId() {
    ModelViolation v =
        assertSingleViolation(
            () -> Portfolio.builder().addAccounts(keyAccount(IDN), keyAccount(IDN)).build(),
            DUPLICATE,
            at("accounts", 1, IDN).field("account").field("id"),
            "idn");
    assertEquals(ModelSubject.of("Portfolio"), v.subject());
  }

  @Test
  void rejectsAProductDescribedDifferentlyInTwoAccounts() {
    KeyAccount renamed =
        TestAccounts.valid()
            .account(TestAccounts.account(MEMORIAL))
            .products(
                List.of(
                    TestAccounts.product(TestAccounts.PRODUCT, TestAccounts.INDICATION)
                        .withName("Renamed"),
                    TestAccounts.product(
                        TestAccounts.OTHER_PRODUCT, TestAccounts.OTHER_INDICATION)))
            .build();
    ModelViolation v =
        assertSingleViolation(
            () -> Portfolio.builder().addAccounts(keyAccount(IDN), renamed).build(),
            DESCRIBED_DIFFERENTLY,
            at("accounts", 1, MEMORIAL).field("products").element(0, Arg.of(TestAccounts.PRODUCT)),
            "product");
    assertArgs(v, Arg.of(IDN));
  }

  @Test
  void rejectsATeamMemberDescribedDifferentlyInTwoAccounts() {
    KeyAccount leaver =
        TestAccounts.valid()
            .account(TestAccounts.account(MEMORIAL))
            .team(List.of(TestAccounts.kam().withName("Someone else")))
            .build();
    assertSingleViolation(
        () -> Portfolio.builder().addAccounts(keyAccount(IDN), leaver).build(),
        DESCRIBED_DIFFERENTLY,
        at("accounts", 1, MEMORIAL).field("team").element(0, Arg.of(TestAccounts.KAM)),
        "kam");
  }

  @Test
  void rejectsAnAccountHierarchyThatFormsACycle() {
    ModelViolation v =
        assertSingleViolation(
            () ->
                Portfolio.builder()
                    .addAccounts(
                        keyAccount(MEMORIAL, LAKESIDE),
                        keyAccount(LAKESIDE, IDN),
                        keyAccount(IDN, MEMORIAL))
                    .build(),
            ACCOUNT_CYCLE,
            at("accounts", 2, IDN).field("account").field("parent"),
            "memorial");
    assertArgs(v, Arg.list(Arg.of(IDN), Arg.of(MEMORIAL), Arg.of(LAKESIDE)));
  }

  @Test
  void allowsAParentOutsideThePortfolio() {
    Portfolio portfolio =
        Portfolio.builder().addAccounts(keyAccount(MEMORIAL, AccountId.of("coastal-idn"))).build();
    assertEquals(List.of(), portfolio.children(IDN));
    assertEquals(1, portfolio.children(AccountId.of("coastal-idn")).size());
  }

  @Test
  void reportsEveryProblemAtOnce() {
    KeyAccount renamed =
        TestAccounts.valid()
            .account(TestAccounts.account(LAKESIDE).withParent(MEMORIAL))
            .team(List.of(TestAccounts.kam().withName("Someone else")))
            .build();
    InvalidModelException e =
        assertInvalid(
            () ->
                Portfolio.builder()
                    .addAccounts(keyAccount(MEMORIAL, LAKESIDE), renamed, keyAccount(IDN))
                    .addAccounts(keyAccount(IDN))
                    .build());
    assertEquals(3, e.violations().size(), e.getMessage());
    assertHasViolation(e, DUPLICATE, at("accounts", 3, IDN).field("account").field("id"), "idn");
    assertHasViolation(
        e,
        DESCRIBED_DIFFERENTLY,
        at("accounts", 1, LAKESIDE).field("team").element(0, Arg.of(TestAccounts.KAM)),
        "kam");
    assertHasViolation(
        e, ACCOUNT_CYCLE, at("accounts", 1, LAKESIDE).field("account").field("parent"), "memorial");
  }
}
