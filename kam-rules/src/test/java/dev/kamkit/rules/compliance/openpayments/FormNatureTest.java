package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Form and nature of payment must agree: an ownership interest, or a return on one, pays for no
 * meal, travel, gift or entertainment; a host adds the pairs it knows CMS rejects.
 */
class FormNatureTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);
  private static final String RULE = "openpayments.record.form-nature-mismatch";

  private static List<String> rules(
      OpenPaymentsPolicy policy, FormOfPayment form, NatureOfPayment nature) {
    KeyAccount account =
        OpFixture.account()
            .physician("p")
            .pay("t-1", "p", "2025-05-01", "400.00", t -> t.form(form).nature(nature))
            .build();
    return OpenPaymentsPack.of(policy).check(account, AS_OF).stream()
        .map(Finding::ruleId)
        .filter(RULE::equals)
        .toList();
  }

  @ParameterizedTest
  @EnumSource(
      value = FormOfPayment.class,
      names = {"STOCK", "STOCK_OPTION", "OTHER_OWNERSHIP_INTEREST", "DIVIDEND_PROFIT_OR_RETURN"})
  void aMealPaidAsAnOwnershipInterestOrItsReturnIsFlagged(FormOfPayment form) {
    assertEquals(
        List.of(RULE),
        rules(OpenPaymentsPolicy.defaults(), form, NatureOfPayment.FOOD_AND_BEVERAGE));
  }

  @Test
  void theFieldsAgreeForCashAndInKindAndForOwnershipPaidAsStock() {
    OpenPaymentsPolicy defaults = OpenPaymentsPolicy.defaults();
    assertEquals(
        List.of(),
        rules(defaults, FormOfPayment.CASH_OR_CASH_EQUIVALENT, NatureOfPayment.FOOD_AND_BEVERAGE));
    assertEquals(
        List.of(), rules(defaults, FormOfPayment.IN_KIND_ITEMS_AND_SERVICES, NatureOfPayment.GIFT));
    assertEquals(
        List.of(), rules(defaults, FormOfPayment.STOCK, NatureOfPayment.ROYALTY_OR_LICENSE));
  }

  @Test
  void aHostAddsThePairsItKnows() {
    OpenPaymentsPolicy policy =
        OpenPaymentsPolicy.builder()
            .addExtraFormNatureMismatches(
                new FormNaturePair(
                    FormOfPayment.IN_KIND_ITEMS_AND_SERVICES, NatureOfPayment.CONSULTING_FEE))
            .build();
    assertEquals(
        List.of(RULE),
        rules(policy, FormOfPayment.IN_KIND_ITEMS_AND_SERVICES, NatureOfPayment.CONSULTING_FEE));
    // the known pairs still apply
    assertTrue(policy.isMismatch(FormOfPayment.STOCK, NatureOfPayment.GIFT));
    assertFalse(
        OpenPaymentsPolicy.defaults()
            .isMismatch(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES, NatureOfPayment.CONSULTING_FEE));
    assertEquals(16, FormNaturePair.KNOWN.size());
  }

  @Test
  void aPairNamesBothFields() {
    assertThrows(NullPointerException.class, () -> new FormNaturePair(null, NatureOfPayment.GIFT));
  }
}
