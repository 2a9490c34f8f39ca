package dev.kamkit.rules.compliance.openpayments;

import static dev.kamkit.rules.compliance.openpayments.OpFixture.doctor;
import static dev.kamkit.rules.compliance.openpayments.OpFixture.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals are per recipient, not per account: what pooling a recipient's accounts changes. */
class AcrossAccountsTest {
  private static final OpenPaymentsPack PACK = OpenPaymentsPack.withDefaults();
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  /** $13 for lunch under one account: below the minimum there. */
  static final KeyAccount LUNCH =
      OpFixture.account().physician("p").pay("lunch", "p", "2025-02-01", "13.00").build();

  /** $130 for the same physician under another account. */
  static final KeyAccount DINNER = other("acc-2", "dinner", "p", "130.00");

  private static KeyAccount other(String id, String transfer, String recipient, String amount) {
    KeyAccount account =
        OpFixture.account()
            .physician(recipient)
            .pay(transfer, recipient, "2025-03-01", amount)
            .build();
    return account.withAccount(account.account().withId(AccountId.of(id)));
  }

  @Test
  void aSmallTransferIsReportableOnceTheRecipientsOtherAccountsCount() {
    List<Finding> found = PACK.checkAcross(List.of(LUNCH, DINNER), AS_OF);

    assertEquals(1, found.size(), found.toString());
    Finding f = found.get(0);
    assertEquals(OpenPaymentsRules.REPORTABLE_ACROSS_ACCOUNTS.id(), f.ruleId());
    assertEquals(LUNCH.id(), f.account());
    assertEquals(List.of(StakeholderId.of("p"), TransferOfValueId.of("lunch")), f.subjects());
    assertEquals(OpenPaymentsCode.REPORTABLE_ACROSS_ACCOUNTS, f.message().code());
    assertEquals(
        List.of(doctor("p"), Arg.year(2025), Arg.of(1), usd("143.00"), Arg.of(2)),
        f.message().args());
    // the dinner is reportable in its own account: nothing to add there
  }

  @Test
  void accountsThatShareNoRecipientAddNothing() {
    assertEquals(
        List.of(),
        PACK.checkAcross(List.of(LUNCH, other("acc-2", "dinner", "q", "130.00")), AS_OF));
    assertEquals(List.of(), PACK.checkAcross(List.of(LUNCH), AS_OF));
    assertEquals(List.of(), PACK.checkAcross(List.of(), AS_OF));
  }

  @Test
  void twoSmallTransfersThatStayUnderTheTriggerTogetherAddNothing() {
    assertEquals(
        List.of(), PACK.checkAcross(List.of(LUNCH, other("acc-2", "coffee", "p", "12.00")), AS_OF));
  }

  @Test
  void aPortfolioValidationIncludesWhatOnlyTheAccountsTogetherShow() {
    Portfolio portfolio = Portfolio.builder().addAccounts(LUNCH, DINNER).build();

    List<Finding> all = ComplianceValidator.of(List.of(PACK)).validate(portfolio, AS_OF).findings();

    assertEquals(
        PACK.checkAcross(portfolio.accounts(), AS_OF),
        all.stream()
            .filter(f -> f.ruleId().equals(OpenPaymentsRules.REPORTABLE_ACROSS_ACCOUNTS.id()))
            .toList());
  }
}
