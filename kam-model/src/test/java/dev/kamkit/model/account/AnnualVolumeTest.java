package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
import static dev.kamkit.model.base.ModelCode.OUT_OF_RANGE;
import static dev.kamkit.model.base.ModelCode.VOLUME_EMPTY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AnnualVolumeTest {

  @Test
  void recordsUnitsOrRevenueOrBoth() {
    assertEquals(
        new BigDecimal("8400"),
        AnnualVolume.builder()
            .fiscalYear(2025)
            .units(new BigDecimal("8400"))
            .build()
            .units()
            .get());
    assertEquals(
        Money.of("4020000.00", "USD"),
        AnnualVolume.builder()
            .fiscalYear(2025)
            .netRevenue(Money.of("4020000", "USD"))
            .build()
            .netRevenue()
            .get());
  }

  @Test
  void needsUnitsOrRevenue() {
    assertSingleViolation(
        () -> AnnualVolume.builder().fiscalYear(2025).build(),
        VOLUME_EMPTY,
        path("units"),
        "<missing>");
  }

  @Test
  void acceptsZeroUnits() {
    assertEquals(
        BigDecimal.ZERO,
        AnnualVolume.builder().fiscalYear(2025).units(BigDecimal.ZERO).build().units().get());
  }

  @Test
  void rejectsNegativeUnits() {
    assertSingleViolation(
        () -> AnnualVolume.builder().fiscalYear(2025).units(new BigDecimal("-1")).build(),
        NEGATIVE,
        path("units"),
        "-1");
  }

  @Test
  void allowsNegativeNetRevenueFromReturns() {
    Money returns = Money.of("-1200.00", "USD");
    assertEquals(
        returns,
        AnnualVolume.builder().fiscalYear(2025).netRevenue(returns).build().netRevenue().get());
  }

  @Test
  void acceptsFiscalYearsFrom1900To2999() {
    AnnualVolume.builder().fiscalYear(1900).units(BigDecimal.ONE).build();
    AnnualVolume.builder().fiscalYear(2999).units(BigDecimal.ONE).build();
    assertSingleViolation(
        () -> AnnualVolume.builder().fiscalYear(1899).units(BigDecimal.ONE).build(),
        OUT_OF_RANGE,
        path("fiscalYear"),
        "1899");
    assertSingleViolation(
        () -> AnnualVolume.builder().fiscalYear(25).units(BigDecimal.ONE).build(),
        OUT_OF_RANGE,
        path("fiscalYear"),
        "25");
  }
}
