package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The US dollar totals of one recipient-year, added up in one pass over its assessments: every
 * known value and the reportable ones, overall and by nature of payment. A value without a rate is
 * in no total.
 */
final class YearTotals {
  private Money total = Usd.ZERO;
  private Money reportableTotal = Usd.ZERO;
  // EnumMaps, so the natures come out in the model's order.
  private final Map<NatureOfPayment, Money> byNature = new EnumMap<>(NatureOfPayment.class);
  private final Map<NatureOfPayment, Money> reportableByNature =
      new EnumMap<>(NatureOfPayment.class);

  /** Adds one assessment's value. */
  void add(NatureOfPayment nature, Optional<Money> usdValue, ReportabilityStatus status) {
    if (usdValue.isEmpty()) {
      return;
    }
    Money value = usdValue.get();
    total = total.plus(value);
    byNature.merge(nature, value, Money::plus);
    if (status == ReportabilityStatus.REPORTABLE) {
      reportableTotal = reportableTotal.plus(value);
      reportableByNature.merge(nature, value, Money::plus);
    }
  }

  Money total() {
    return total;
  }

  Money reportableTotal() {
    return reportableTotal;
  }

  Map<NatureOfPayment, Money> byNature() {
    return byNature;
  }

  Map<NatureOfPayment, Money> reportableByNature() {
    return reportableByNature;
  }
}
