package dev.kamkit.model.testing;

import dev.kamkit.model.base.AttributeValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Host-defined custom fields as a CRM would pass them through: one of each kind of value. */
final class CustomFields {
  private static final List<String> SEGMENTS = List.of("Tier A", "Tier B", "Growth", "Maintain");

  private CustomFields() {}

  /** Custom fields with probability {@code p}, else none. */
  static Map<String, AttributeValue> some(Rng rng, LocalDate today, double p) {
    Map<String, AttributeValue> out = new LinkedHashMap<>();
    if (!rng.chance(p)) {
      return out;
    }
    if (rng.chance(0.7)) {
      out.put("veeva.Segment__c", AttributeValue.text(rng.pick(SEGMENTS)));
    }
    if (rng.chance(0.5)) {
      out.put(
          "crm.Potential_Score__c",
          AttributeValue.number(BigDecimal.valueOf(rng.between(0, 10_000), 2)));
    }
    if (rng.chance(0.5)) {
      out.put("crm.Target__c", AttributeValue.flag(rng.chance(0.5)));
    }
    if (rng.chance(0.4) || out.isEmpty()) {
      out.put("crm.Last_Audit__c", AttributeValue.date(rng.date(today.minusYears(2), today)));
    }
    return out;
  }
}
