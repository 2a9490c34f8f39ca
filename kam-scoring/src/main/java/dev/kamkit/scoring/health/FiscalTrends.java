package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The lagging indicators read from the account's annual volumes: the volume trend (units) and net
 * revenue retention (net revenue), each the latest complete fiscal year against the one before.
 * Without both years' figures the indicator does not apply, and says which figures are missing.
 */
final class FiscalTrends {
  private final KeyAccount account;
  private final HealthPolicy policy;
  private final int latest;

  FiscalTrends(KeyAccount account, HealthPolicy policy, LocalDate asOf) {
    this.account = account;
    this.policy = policy;
    this.latest = FiscalYears.latestComplete(account.account().profile(), asOf);
  }

  /** Units in the latest complete fiscal year against the year before. */
  Measure volumeTrend() {
    List<AnnualVolume> volumes = account.account().profile().annualVolumes();
    FiscalYears.Total now = FiscalYears.units(volumes, latest);
    FiscalYears.Total before = FiscalYears.units(volumes, latest - 1);
    if (now.value().isEmpty() || before.value().isEmpty()) {
      return missing(
          HealthIndicator.VOLUME_TREND,
          "health.volume.no-data",
          "The volume trend",
          "units",
          now,
          before);
    }
    BigDecimal n = now.value().orElseThrow();
    BigDecimal b = before.value().orElseThrow();
    return Trend.measure(
        HealthIndicator.VOLUME_TREND,
        "health.volume",
        policy.volumeBand(),
        n,
        b,
        "Units",
        n.toPlainString()
            + " in fiscal year "
            + latest
            + " against "
            + b.toPlainString()
            + " in "
            + (latest - 1),
        List.of(account.id()));
  }

  /** Net revenue in the latest complete fiscal year over the year before. */
  Measure netRevenueRetention() {
    List<AnnualVolume> volumes = account.account().profile().annualVolumes();
    String currency = policy.reportingCurrency().getCurrencyCode();
    FiscalYears.Total now = FiscalYears.netRevenue(volumes, latest, policy.reportingCurrency());
    FiscalYears.Total before =
        FiscalYears.netRevenue(volumes, latest - 1, policy.reportingCurrency());
    if (now.value().isEmpty() || before.value().isEmpty()) {
      return missing(
          HealthIndicator.NET_REVENUE_RETENTION,
          "health.revenue.no-data",
          "Net revenue retention",
          "net revenue in " + currency,
          now,
          before);
    }
    BigDecimal n = now.value().orElseThrow();
    BigDecimal b = before.value().orElseThrow();
    return Trend.measure(
        HealthIndicator.NET_REVENUE_RETENTION,
        "health.revenue",
        policy.netRevenueRetentionBand(),
        n,
        b,
        "Net revenue retained",
        n.toPlainString()
            + " "
            + currency
            + " in fiscal year "
            + latest
            + " against "
            + b.toPlainString()
            + " "
            + currency
            + " in "
            + (latest - 1),
        List.of(account.id()));
  }

  private Measure missing(
      HealthIndicator indicator,
      String code,
      String what,
      String figures,
      FiscalYears.Total now,
      FiscalYears.Total before) {
    List<String> notes = new ArrayList<>();
    for (FiscalYears.Total total : List.of(before, now)) {
      if (total.value().isEmpty()) {
        notes.add(total.note());
      }
    }
    return Measure.notApplicable(
        indicator,
        List.of(
            Reason.of(
                code,
                Effect.GAP,
                what
                    + " needs "
                    + figures
                    + " for fiscal years "
                    + (latest - 1)
                    + " and "
                    + latest
                    + ", the latest complete one: "
                    + String.join("; ", notes),
                List.of(account.id()))));
  }
}
