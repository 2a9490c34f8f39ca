package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.CONTRACT_FEE_NOT_GPO;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
import static dev.kamkit.model.base.ModelCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
        List.of(Arg.text("start"), Arg.of(LocalDate.of(2024, 7, 1))),
        assertSingleViolation(
                () -> oncoxaAgreement().end(LocalDate.of(2024, 6, 30)).build(),
                BEFORE,
                path("end"),
                "2024-06-30")
            .message()
            .args());
  }

  @Test
  void rejectsANegativeValueButNotZero() {
    assertSingleViolation(
        () -> oncoxaAgreement().value(Money.of("-1.00", "USD")).build(),
        NEGATIVE,
        path("value"),
        "-1.00 USD");
    assertTrue(
        oncoxaAgreement().value(Money.zero(Money.currency("USD"))).build().value().isPresent());
  }

  @Test
  void rejectsABlankName() {
    assertSingleViolation(
        () -> oncoxaAgreement().name("\t").build(), BLANK, path("name"), "\"\t\"");
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
        OUT_OF_RANGE,
        path("administrativeFeePercent"),
        "100.01");
    assertSingleViolation(
        () ->
            oncoxaAgreement()
                .kind(ContractKind.GPO)
                .administrativeFeePercent(new BigDecimal("-0.5"))
                .build(),
        OUT_OF_RANGE,
        path("administrativeFeePercent"),
        "-0.5");
    assertSingleViolation(
        () ->
            oncoxaAgreement()
                .kind(ContractKind.GPO)
                .administrativeFeeAmount(Money.of("-1.00", "USD"))
                .build(),
        NEGATIVE,
        path("administrativeFeeAmount"),
        "-1.00 USD");
  }

  @Test
  void onlyAGpoAgreementHasAdministrativeFeeTerms() {
    ModelViolation percent =
        assertSingleViolation(
            () -> oncoxaAgreement().administrativeFeePercent(new BigDecimal("2.5")).build(),
            CONTRACT_FEE_NOT_GPO,
            path("administrativeFeePercent"),
            "2.5");
    assertArgs(percent, Arg.of(ContractKind.DIRECT_PURCHASE));
    assertSingleViolation(
        () -> oncoxaAgreement().administrativeFeeAmount(Money.of("500.00", "USD")).build(),
        CONTRACT_FEE_NOT_GPO,
        path("administrativeFeeAmount"),
        "500.00 USD");
  }
}
