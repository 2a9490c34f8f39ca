package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.BRONCHO;
import static dev.kamkit.scoring.health.Fixtures.ONKO;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.profile;
import static dev.kamkit.scoring.health.Fixtures.year;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Volume trend and net revenue retention: the latest complete fiscal year against the last. */
class FiscalTrendsTest {
  private final HealthScorer scorer = HealthScorer.withDefaults();

  private ScoreComponent component(KeyAccount account, HealthIndicator indicator) {
    return scorer.score(account, AS_OF).component(indicator);
  }

  private static KeyAccount volumes(AnnualVolume... years) {
    return profile(bare("a"), p -> p.addAnnualVolumes(years));
  }

  @Test
  void volumeHeldEarnsFullCreditAndAFallOfAFifthNone() {
    ScoreComponent up =
        component(
            volumes(year(2024, 1_000, "1.00"), year(2025, 1_000, "1.00")),
            HealthIndicator.VOLUME_TREND);
    assertNumber("1", up.fulfilment());
    assertEquals(List.of("health.volume.on-track"), codes(up.reasons()));
    assertEquals(
        "Units: 100.0% of the period before, 1000 in fiscal year 2025 against 1000 in 2024",
        up.reasons().get(0).message().toString());
    ScoreComponent down =
        component(
            volumes(year(2024, 1_000, "1.00"), year(2025, 800, "1.00")),
            HealthIndicator.VOLUME_TREND);
    assertNumber("0", down.fulfilment());
    assertEquals(Effect.RISK, down.reasons().get(0).effect());
  }

  @Test
  void aTenPercentFallEarnsHalfCredit() {
    ScoreComponent c =
        component(
            volumes(year(2024, 1_000, "1.00"), year(2025, 900, "1.00")),
            HealthIndicator.VOLUME_TREND);
    assertNumber("0.5", c.fulfilment());
    assertEquals(List.of("health.volume.declined"), codes(c.reasons()));
  }

  @Test
  void theLatestCompleteFiscalYearFollowsTheAccountsCalendar() {
    // A July fiscal year: on 30 June 2026 the latest complete year is FY2024 (July 2024 to June
    // 2025); from 1 July 2026 on it is FY2025.
    KeyAccount account =
        profile(
            volumes(year(2023, 500, "1.00"), year(2024, 1_000, "1.00"), year(2025, 2_000, "1.00")),
            p -> p.fiscalYearStart(MonthDay.of(7, 1)));
    ScoreComponent june =
        scorer.score(account, LocalDate.of(2026, 6, 30)).component(HealthIndicator.VOLUME_TREND);
    assertEquals(
        "Units: 200.0% of the period before, 1000 in fiscal year 2024 against 500 in 2023",
        june.reasons().get(0).message().toString());
    ScoreComponent july =
        scorer.score(account, LocalDate.of(2026, 7, 1)).component(HealthIndicator.VOLUME_TREND);
    assertEquals(
        "Units: 200.0% of the period before, 2000 in fiscal year 2025 against 1000 in 2024",
        july.reasons().get(0).message().toString());
  }

  @Test
  void productRowsAddUpWhenTheYearHasNoTotal() {
    KeyAccount account =
        volumes(
            year(2024, 1_000, "1.00"),
            productYear(2025, ONKO, 600),
            productYear(2025, BRONCHO, 500));
    ScoreComponent c = component(account, HealthIndicator.VOLUME_TREND);
    assertEquals(
        "Units: 110.0% of the period before, 1100 in fiscal year 2025 against 1000 in 2024",
        c.reasons().get(0).message().toString());
  }

  @Test
  void withoutBothYearsTheVolumeTrendDoesNotApplyAndNamesTheMissingYear() {
    ScoreComponent c = component(volumes(year(2025, 1_000, "1.00")), HealthIndicator.VOLUME_TREND);
    assertFalse(c.applicable());
    assertEquals(List.of("health.volume.no-data"), codes(c.reasons()));
    assertEquals(
        "The volume trend needs units for fiscal years 2024 and 2025, the latest complete one:"
            + " no units are recorded for fiscal year 2024",
        c.reasons().get(0).message().toString());
  }

  @Test
  void netRevenueRetentionOfNinetyPercentEarnsHalfCredit() {
    KeyAccount account = volumes(year(2024, 1, "1000000.00"), year(2025, 1, "900000.00"));
    ScoreComponent c = component(account, HealthIndicator.NET_REVENUE_RETENTION);
    assertNumber("0.5", c.fulfilment());
    assertEquals(List.of("health.revenue.declined"), codes(c.reasons()));
    assertEquals(
        "Net revenue retained: 90.0% of the period before, 900000.00 USD in fiscal year 2025"
            + " against 1000000.00 USD in 2024",
        c.reasons().get(0).message().toString());
  }

  @Test
  void revenueInAnotherCurrencyIsLeftOutNeverConverted() {
    KeyAccount account =
        volumes(
            year(2024, 1, "1000000.00"),
            AnnualVolume.builder()
                .fiscalYear(2025)
                .netRevenue(Money.of("900000.00", "EUR"))
                .build());
    ScoreComponent c = component(account, HealthIndicator.NET_REVENUE_RETENTION);
    assertFalse(c.applicable());
    assertEquals(
        "Net revenue retention needs net revenue in USD for fiscal years 2024 and 2025, the"
            + " latest complete one: fiscal year 2025 net revenue is in EUR, not USD: left out,"
            + " never converted",
        c.reasons().get(0).message().toString());
    HealthPolicy euro = HealthPolicy.defaults().withReportingCurrency(Money.currency("EUR"));
    ScoreComponent inEuro =
        HealthScorer.of(euro)
            .score(account, AS_OF)
            .component(HealthIndicator.NET_REVENUE_RETENTION);
    assertFalse(inEuro.applicable()); // now 2024 is the year in another currency
  }

  @Test
  void withoutAnyVolumesNeitherIndicatorApplies() {
    HealthResult result = scorer.score(bare("a"), AS_OF);
    assertFalse(result.component(HealthIndicator.VOLUME_TREND).applicable());
    assertFalse(result.component(HealthIndicator.NET_REVENUE_RETENTION).applicable());
    assertEquals(AccountProfile.builder().build(), bare("a").account().profile());
  }

  private static AnnualVolume productYear(int fiscalYear, String product, long units) {
    return AnnualVolume.builder()
        .fiscalYear(fiscalYear)
        .product(ProductId.of(product))
        .units(BigDecimal.valueOf(units))
        .build();
  }
}
