package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContractTest {
  private static final LocalDate START = LocalDate.of(2024, 7, 1);
  private static final LocalDate END = LocalDate.of(2027, 6, 30);

  private static Contract.Builder oncoxaAgreement() {
    return Contract.builder()
        .id(ContractId.of("rhs-2024-017"))
        .name("RHS-2024-017 Oncoxa direct purchase agreement")
        .kind(ContractKind.DIRECT_PURCHASE)
        .status(ContractStatus.ACTIVE)
        .start(START)
        .end(END)
        .addProduct(ProductId.of("oncoxa"));
  }

  @Test
  void isInForceFromItsFirstToItsLastDayInclusive() {
    Contract contract = oncoxaAgreement().build();
    assertFalse(contract.isInForce(START.minusDays(1)));
    assertTrue(contract.isInForce(START));
    assertTrue(contract.isInForce(LocalDate.of(2026, 1, 1)));
    assertTrue(contract.isInForce(END));
    assertFalse(contract.isInForce(END.plusDays(1)));
  }

  @Test
  void aOneDayContractIsInForceOnThatDay() {
    Contract contract = oncoxaAgreement().end(START).build();
    assertTrue(contract.isInForce(START));
  }

  @Test
  void rejectsAnEndBeforeTheStart() {
    assertEquals(
        "must not be before start 2024-07-01",
        assertSingleViolation(
                () -> oncoxaAgreement().end(LocalDate.of(2024, 6, 30)).build(), "end", "2024-06-30")
            .problem());
  }

  @Test
  void rejectsANegativeValueButNotZero() {
    assertSingleViolation(
        () -> oncoxaAgreement().value(Money.of("-1.00", "USD")).build(), "value", "-1.00 USD");
    assertTrue(
        oncoxaAgreement().value(Money.zero(Money.currency("USD"))).build().value().isPresent());
  }

  @Test
  void rejectsABlankName() {
    assertSingleViolation(() -> oncoxaAgreement().name("\t").build(), "name", "\"\t\"");
  }

  @Test
  void mayCoverNoProductInParticular() {
    assertEquals(Set.of(), oncoxaAgreement().products(Set.of()).build().products());
  }
}
