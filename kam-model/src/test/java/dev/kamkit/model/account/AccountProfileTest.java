package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountProfileTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");

  private static Contract contract(String id) {
    return Contract.builder()
        .id(ContractId.of(id))
        .name("Agreement " + id)
        .kind(ContractKind.DIRECT_PURCHASE)
        .status(ContractStatus.ACTIVE)
        .start(LocalDate.of(2025, 1, 1))
        .end(LocalDate.of(2026, 12, 31))
        .build();
  }

  private static AnnualVolume revenue(int year, ProductId product) {
    AnnualVolume.Builder volume =
        AnnualVolume.builder().fiscalYear(year).netRevenue(Money.of("1000.00", "USD"));
    if (product != null) {
      volume.product(product);
    }
    return volume.build();
  }

  @Test
  void anEmptyProfileKnowsItIsEmpty() {
    assertTrue(AccountProfile.builder().build().isEmpty());
    assertFalse(AccountProfile.builder().ehrSystem("Epic").build().isEmpty());
    assertFalse(AccountProfile.builder().fiscalYearStart(MonthDay.of(7, 1)).build().isEmpty());
  }

  @Test
  void acceptsZeroBedsButNotFewer() {
    assertTrue(AccountProfile.builder().beds(0).facilityCount(0).build().beds().isPresent());
    assertSingleViolation(
        () -> AccountProfile.builder().beds(-1).build(), NEGATIVE, path("beds"), "-1");
    assertSingleViolation(
        () -> AccountProfile.builder().facilityCount(-12).build(),
        NEGATIVE,
        path("facilityCount"),
        "-12");
  }

  @Test
  void rejectsABlankEhrSystem() {
    assertSingleViolation(
        () -> AccountProfile.builder().ehrSystem("  ").build(), BLANK, path("ehrSystem"), "\"  \"");
  }

  @Test
  void rejectsTwoContractsWithOneId() {
    assertSingleViolation(
        () -> AccountProfile.builder().addContracts(contract("c-1"), contract("c-1")).build(),
        DUPLICATE,
        at("contracts", 1, ContractId.of("c-1")).field("id"),
        "c-1");
  }

  @Test
  void keepsOneVolumePerFiscalYearAndProduct() {
    AccountProfile.builder()
        .addAnnualVolumes(revenue(2025, null), revenue(2025, ONCOXA), revenue(2024, ONCOXA))
        .build();
    assertSingleViolation(
        () ->
            AccountProfile.builder()
                .addAnnualVolumes(revenue(2025, ONCOXA), revenue(2025, ONCOXA))
                .build(),
        DUPLICATE,
        at("annualVolumes", 1, List.of(2025, ONCOXA)),
        "[2025, oncoxa]");
    assertSingleViolation(
        () ->
            AccountProfile.builder()
                .addAnnualVolumes(revenue(2025, null), revenue(2025, null))
                .build(),
        DUPLICATE,
        at("annualVolumes", 1, List.of(2025)),
        "[2025]");
  }

  @Test
  void doesNotConfuseAProductCalledTotalWithTheAccountsTotal() {
    AccountProfile profile =
        AccountProfile.builder()
            .addAnnualVolumes(revenue(2025, null), revenue(2025, ProductId.of("total")))
            .build();
    assertTrue(profile.annualVolumes().size() == 2);
  }

  @Test
  void keepsExactUnits() {
    AnnualVolume units =
        AnnualVolume.builder().fiscalYear(2025).units(new BigDecimal("8400")).build();
    assertTrue(
        AccountProfile.builder().addAnnualVolume(units).build().annualVolumes().contains(units));
  }
}
