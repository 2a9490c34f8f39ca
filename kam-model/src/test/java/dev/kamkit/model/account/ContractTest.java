package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ProductId;
import java.math.BigDecimal;
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

  @Test
  void aGpoAgreementMayStateItsAdministrativeFee() {
    Contract gpo =
        oncoxaAgreement()
            .kind(ContractKind.GPO)
            .administrativeFeePercent(new BigDecimal("3.00"))
            .administrativeFeeAmount(Money.of("120000.00", "USD"))
            .build();
    assertEquals(new BigDecimal("3.00"), gpo.administrativeFeePercent().get());
    oncoxaAgreement().kind(ContractKind.GPO).administrativeFeePercent(BigDecimal.ZERO).build();
    oncoxaAgreement()
        .kind(ContractKind.GPO)
        .administrativeFeePercent(BigDecimal.valueOf(100))
        .build();
  }

  @Test
  void theAdministrativeFeeIsAPercentageBetweenZeroAndAHundred() {
    assertSingleViolation(
        () ->
            oncoxaAgreement()
                .kind(ContractKind.GPO)
                .administrativeFeePercent(new BigDecimal("100.01"))
                .build(),
        "administrativeFeePercent",
        "100.01");
    assertSingleViolation(
        () ->
            oncoxaAgreement()
                .kind(ContractKind.GPO)
                .administrativeFeePercent(new BigDecimal("-0.5"))
                .build(),
        "administrativeFeePercent",
        "-0.5");
    assertSingleViolation(
        () ->
            oncoxaAgreement()
                .kind(ContractKind.GPO)
                .administrativeFeeAmount(Money.of("-1.00", "USD"))
                .build(),
        "administrativeFeeAmount",
        "-1.00 USD");
  }

  @Test
  void onlyAGpoAgreementHasAdministrativeFeeTerms() {
    ModelViolation percent =
        assertSingleViolation(
            () -> oncoxaAgreement().administrativeFeePercent(new BigDecimal("2.5")).build(),
            "administrativeFeePercent",
            "2.5");
    assertEquals("is only recorded for a GPO agreement, not DIRECT_PURCHASE", percent.problem());
    assertSingleViolation(
        () -> oncoxaAgreement().administrativeFeeAmount(Money.of("500.00", "USD")).build(),
        "administrativeFeeAmount",
        "500.00 USD");
  }
}
