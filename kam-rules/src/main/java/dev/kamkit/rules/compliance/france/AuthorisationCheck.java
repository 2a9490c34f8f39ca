package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The anti-gift law's authorisation thresholds, from 1 October 2020: a transfer above one needs an
 * authorisation ({@link FranceAttributes#AUTHORISATION}); at the threshold it does not. Per-unit
 * thresholds are compared exactly, amount against units times the threshold, so no rounding decides
 * a case.
 */
final class AuthorisationCheck {
  private final KeyAccount account;
  private final List<Finding> findings = new ArrayList<>();

  private AuthorisationCheck(KeyAccount account) {
    this.account = account;
  }

  static List<Finding> of(KeyAccount account, List<FrenchTransfer> items) {
    AuthorisationCheck check = new AuthorisationCheck(account);
    Set<TransferOfValueId> kindMissing = new LinkedHashSet<>();
    Map<String, List<FrenchTransfer>> events = new LinkedHashMap<>();
    Map<String, List<FrenchTransfer>> conventions = new LinkedHashMap<>();
    for (FrenchTransfer i : items) {
      if (!i.underLea()) {
        continue;
      }
      if (i.kind().isEmpty()) {
        kindMissing.add(i.transfer().id());
        continue;
      }
      FrenchKind kind = i.kind().get();
      check.single(i, kind);
      if ((kind.isHospitality() || kind == FrenchKind.REGISTRATION) && i.event().isPresent()) {
        events.computeIfAbsent(key(i, i.event().get()), k -> new ArrayList<>()).add(i);
      }
      if (kind == FrenchKind.FEE && i.convention().isPresent()) {
        conventions.computeIfAbsent(key(i, i.convention().get()), k -> new ArrayList<>()).add(i);
      }
    }
    events.values().forEach(g -> check.total(g, FrenchThresholds.HOSPITALITY_TOTAL, "event"));
    conventions
        .values()
        .forEach(g -> check.total(g, FrenchThresholds.FEE_PER_CONVENTION, "convention"));
    for (TransferOfValueId id : kindMissing) {
      check.findings.add(
          Finding.of(
              FranceRules.KIND_MISSING,
              account.id(),
              List.of(id),
              "no "
                  + FranceAttributes.KIND
                  + " is recorded, so the anti-gift thresholds cannot be judged; use one of "
                  + String.join(", ", FrenchKind.codes())));
    }
    return check.findings;
  }

  private static String key(FrenchTransfer i, String group) {
    return i.beneficiary().id().value() + "\u0000" + group;
  }

  private void single(FrenchTransfer i, FrenchKind kind) {
    switch (kind) {
      case NIGHT -> perUnit(i, FrenchThresholds.NIGHT, "night");
      case MEAL -> perUnit(i, FrenchThresholds.MEAL, "meal");
      case SNACK -> perUnit(i, FrenchThresholds.SNACK, "snack");
      case REGISTRATION -> above(i, FrenchThresholds.REGISTRATION, "a registration fee");
      case TRAINING -> above(i, FrenchThresholds.TRAINING, "training funding");
      case RESEARCH_GIFT ->
          above(
              i,
              i.beneficiary().organisation()
                  ? FrenchThresholds.RESEARCH_GIFT_ASSOCIATION
                  : FrenchThresholds.RESEARCH_GIFT_HCP,
              i.beneficiary().organisation()
                  ? "a research gift to an association"
                  : "a research gift to an HCP");
      case FEE -> fee(i);
      default -> {
        // impromptu meals, books and samples: see NegligibleCheck
      }
    }
  }

  private void fee(FrenchTransfer i) {
    if (i.hours().isEmpty() && i.halfDays().isEmpty()) {
      findings.add(
          Finding.of(
              FranceRules.FEE_DURATION_MISSING,
              account.id(),
              List.of(i.beneficiary().id(), i.transfer().id()),
              "a fee of "
                  + i.eur()
                  + " records neither "
                  + FranceAttributes.HOURS
                  + " nor "
                  + FranceAttributes.HALF_DAYS
                  + ", so the 200.00 EUR an hour and 800.00 EUR a half-day thresholds cannot be"
                  + " judged"));
    }
    i.hours().ifPresent(h -> perCount(i, h, FrenchThresholds.FEE_PER_HOUR, "hour"));
    i.halfDays().ifPresent(d -> perCount(i, d, FrenchThresholds.FEE_PER_HALF_DAY, "half-day"));
  }

  private void perUnit(FrenchTransfer i, Money threshold, String unit) {
    perCount(i, i.units(), threshold, unit);
  }

  private void perCount(FrenchTransfer i, BigDecimal count, Money threshold, String unit) {
    Money limit = Money.of(threshold.amount().multiply(count), threshold.currency());
    if (i.eur().isGreaterThan(limit) && i.authorisation().isEmpty()) {
      missing(
          List.of(i),
          i.kind().orElseThrow().description()
              + ": "
              + i.eur()
              + " for "
              + count.stripTrailingZeros().toPlainString()
              + " "
              + unit
              + (count.compareTo(BigDecimal.ONE) == 0 ? "" : "s")
              + " is above "
              + threshold
              + " per "
              + unit);
    }
  }

  private void above(FrenchTransfer i, Money threshold, String what) {
    if (i.eur().isGreaterThan(threshold) && i.authorisation().isEmpty()) {
      missing(List.of(i), what + " of " + i.eur() + " is above " + threshold);
    }
  }

  private void total(List<FrenchTransfer> group, Money threshold, String kind) {
    Money sum = group.stream().map(FrenchTransfer::eur).reduce(Money::plus).orElseThrow();
    List<FrenchTransfer> unauthorised =
        group.stream().filter(i -> i.authorisation().isEmpty()).toList();
    if (sum.isGreaterThan(threshold) && !unauthorised.isEmpty()) {
      FrenchTransfer first = group.get(0);
      Optional<String> name = "event".equals(kind) ? first.event() : first.convention();
      missing(
          unauthorised,
          "the "
              + kind
              + " "
              + name.orElseThrow()
              + " totals "
              + sum
              + " for "
              + first.beneficiary().id().value()
              + ", above "
              + threshold);
    }
  }

  private void missing(List<FrenchTransfer> items, String what) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(items.get(0).beneficiary().id());
    items.forEach(i -> subjects.add(i.transfer().id()));
    findings.add(
        Finding.of(
            FranceRules.AUTHORISATION_MISSING,
            account.id(),
            subjects,
            what
                + "; an authorisation is needed (not a declaration) and no "
                + FranceAttributes.AUTHORISATION
                + " is recorded"));
  }
}
