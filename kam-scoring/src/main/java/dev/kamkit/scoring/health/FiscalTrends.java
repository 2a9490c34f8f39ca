package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
          HealthCode.VOLUME_NO_DATA,
          List.of(Arg.year(latest - 1), Arg.year(latest)),
          now,
          before);
    }
    BigDecimal n = now.value().orElseThrow();
    BigDecimal b = before.value().orElseThrow();
    return Trend.measure(
        HealthIndicator.VOLUME_TREND,
        Trend.VOLUME,
        policy.volumeBand(),
        n,
        b,
        List.of(Arg.of(n), Arg.year(latest), Arg.of(b), Arg.year(latest - 1)),
        List.of(account.id()));
  }

  /** Net revenue in the latest complete fiscal year over the year before. */
  Measure netRevenueRetention() {
    List<AnnualVolume> volumes = account.account().profile().annualVolumes();
    FiscalYears.Total now = FiscalYears.netRevenue(volumes, latest, policy.reportingCurrency());
    FiscalYears.Total before =
        FiscalYears.netRevenue(volumes, latest - 1, policy.reportingCurrency());
    if (now.value().isEmpty() || before.value().isEmpty()) {
      return missing(
          HealthIndicator.NET_REVENUE_RETENTION,
          HealthCode.REVENUE_NO_DATA,
          List.of(
              Arg.text(policy.reportingCurrency().getCurrencyCode()),
              Arg.year(latest - 1),
              Arg.year(latest)),
          now,
          before);
    }
    BigDecimal n = now.value().orElseThrow();
    BigDecimal b = before.value().orElseThrow();
    return Trend.measure(
        HealthIndicator.NET_REVENUE_RETENTION,
        Trend.REVENUE,
        policy.netRevenueRetentionBand(),
        n,
        b,
        List.of(
            Arg.of(Money.of(n, policy.reportingCurrency())),
            Arg.year(latest),
            Arg.of(Money.of(b, policy.reportingCurrency())),
            Arg.year(latest - 1)),
        List.of(account.id()));
  }

  /**
   * The indicator without the figures it needs: {@code code} with {@code args}, then why each
   * missing year has no total, the earlier year first.
   */
  private Measure missing(
      HealthIndicator indicator,
      HealthCode code,
      List<Arg> args,
      FiscalYears.Total now,
      FiscalYears.Total before) {
    List<Arg> notes = new ArrayList<>();
    for (FiscalYears.Total total : List.of(before, now)) {
      total.note().ifPresent(note -> notes.add(Arg.of(note)));
    }
    List<Arg> all = new ArrayList<>(args);
    all.add(Arg.list(notes));
    return Measure.notApplicable(
        indicator, List.of(Reason.of(new Message(code, all), Effect.GAP, List.of(account.id()))));
  }
}
