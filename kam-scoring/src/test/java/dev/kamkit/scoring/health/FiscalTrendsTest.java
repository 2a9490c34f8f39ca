package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.USD;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.money;
import static dev.kamkit.scoring.health.Checks.nested;
import static dev.kamkit.scoring.health.Checks.number;
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
import dev.kamkit.model.explain.Arg;
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
    assertMessage(
        up.reasons().get(0).message(),
        HealthCode.VOLUME_ON_TRACK,
        number("1.000000"),
        number("1000"),
        Arg.year(2025),
        number("1000"),
        Arg.year(2024));
    assertEquals(List.of("a"), Checks.subjects(up.reasons().get(0)));
    ScoreComponent down =
        component(
            volumes(year(2024, 1_000, "1.00"), year(2025, 800, "1.00")),
            HealthIndicator.VOLUME_TREND);
    assertNumber("0", down.fulfilment());
    assertEquals(Effect.RISK, down.reasons().get(0).effect());
    assertMessage(
        down.reasons().get(0).message(),
        HealthCode.VOLUME_DECLINED,
        number("0.800000"),
        number("800"),
        Arg.year(2025),
        number("1000"),
        Arg.year(2024));
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
    assertMessage(
        june.reasons().get(0).message(),
        HealthCode.VOLUME_ON_TRACK,
        number("2.000000"),
        number("1000"),
        Arg.year(2024),
        number("500"),
        Arg.year(2023));
    ScoreComponent july =
        scorer.score(account, LocalDate.of(2026, 7, 1)).component(HealthIndicator.VOLUME_TREND);
    assertMessage(
        july.reasons().get(0).message(),
        HealthCode.VOLUME_ON_TRACK,
        number("2.000000"),
        number("2000"),
        Arg.year(2025),
        number("1000"),
        Arg.year(2024));
  }

  @Test
  void productRowsAddUpWhenTheYearHasNoTotal() {
    KeyAccount account =
        volumes(
            year(2024, 1_000, "1.00"),
            productYear(2025, ONKO, 600),
            productYear(2025, BRONCHO, 500));
    ScoreComponent c = component(account, HealthIndicator.VOLUME_TREND);
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.VOLUME_ON_TRACK,
        number("1.100000"),
        number("1100"),
        Arg.year(2025),
        number("1000"),
        Arg.year(2024));
  }

  @Test
  void withoutBothYearsTheVolumeTrendDoesNotApplyAndNamesTheMissingYear() {
    ScoreComponent c = component(volumes(year(2025, 1_000, "1.00")), HealthIndicator.VOLUME_TREND);
    assertFalse(c.applicable());
    assertEquals(List.of("health.volume.no-data"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.VOLUME_NO_DATA,
        Arg.year(2024),
        Arg.year(2025),
        Arg.list(nested(HealthCode.FISCAL_NO_UNITS, Arg.year(2024))));
    assertEquals(Effect.GAP, c.reasons().get(0).effect());
  }

  @Test
  void netRevenueRetentionOfNinetyPercentEarnsHalfCredit() {
    KeyAccount account = volumes(year(2024, 1, "1000000.00"), year(2025, 1, "900000.00"));
    ScoreComponent c = component(account, HealthIndicator.NET_REVENUE_RETENTION);
    assertNumber("0.5", c.fulfilment());
    assertEquals(List.of("health.revenue.declined"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.REVENUE_DECLINED,
        number("0.900000"),
        money("900000.00 USD"),
        Arg.year(2025),
        money("1000000.00 USD"),
        Arg.year(2024));
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
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.REVENUE_NO_DATA,
        USD,
        Arg.year(2024),
        Arg.year(2025),
        Arg.list(nested(HealthCode.FISCAL_OTHER_CURRENCY, Arg.year(2025), Arg.text("EUR"), USD)));
    HealthPolicy euro = HealthPolicy.defaults().withReportingCurrency(Money.currency("EUR"));
    ScoreComponent inEuro =
        HealthScorer.of(euro)
            .score(account, AS_OF)
            .component(HealthIndicator.NET_REVENUE_RETENTION);
    assertFalse(inEuro.applicable()); // now 2024 is the year in another currency
    assertMessage(
        inEuro.reasons().get(0).message(),
        HealthCode.REVENUE_NO_DATA,
        Arg.text("EUR"),
        Arg.year(2024),
        Arg.year(2025),
        Arg.list(nested(HealthCode.FISCAL_OTHER_CURRENCY, Arg.year(2024), USD, Arg.text("EUR"))));
  }

  @Test
  void withoutAnyVolumesNeitherIndicatorApplies() {
    HealthResult result = scorer.score(bare("a"), AS_OF);
    assertFalse(result.component(HealthIndicator.VOLUME_TREND).applicable());
    assertFalse(result.component(HealthIndicator.NET_REVENUE_RETENTION).applicable());
    // both years are missing, the earlier one named first
    assertMessage(
        result.component(HealthIndicator.VOLUME_TREND).reasons().get(0).message(),
        HealthCode.VOLUME_NO_DATA,
        Arg.year(2024),
        Arg.year(2025),
        Arg.list(
            nested(HealthCode.FISCAL_NO_UNITS, Arg.year(2024)),
            nested(HealthCode.FISCAL_NO_UNITS, Arg.year(2025))));
    assertMessage(
        result.component(HealthIndicator.NET_REVENUE_RETENTION).reasons().get(0).message(),
        HealthCode.REVENUE_NO_DATA,
        USD,
        Arg.year(2024),
        Arg.year(2025),
        Arg.list(
            nested(HealthCode.FISCAL_NO_REVENUE, Arg.year(2024)),
            nested(HealthCode.FISCAL_NO_REVENUE, Arg.year(2025))));
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
