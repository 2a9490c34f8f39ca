package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The anti-gift law's authorisation thresholds, from 1 October 2020: a transfer above one needs an
 * authorisation ({@link FranceFacts#AUTHORISATION}); at the threshold it does not. Per-unit
 * thresholds are compared exactly, amount against units times the threshold, so no rounding decides
 * a case.
 */
final class AuthorisationCheck {
  private static final Arg AUTHORISATION_KEY = Arg.text(FranceFacts.AUTHORISATION.name());

  private final KeyAccount account;
  private final List<Finding> findings = new ArrayList<>();
  private final Set<FrenchTransfer> aboveThreshold;

  private AuthorisationCheck(KeyAccount account, Set<FrenchTransfer> aboveThreshold) {
    this.account = account;
    this.aboveThreshold = aboveThreshold;
  }

  /** One beneficiary's transfers of one event or convention, the beneficiary by its id's text. */
  private record Group(String beneficiary, String name) {}

  /**
   * The findings about {@code items}; adds to {@code aboveThreshold} every item above a threshold,
   * on its own or in its event's or convention's total, authorised or not: those take the
   * authorisation route, the others the declaration route ({@link DeclarationCheck}).
   */
  static List<Finding> of(
      KeyAccount account, List<FrenchTransfer> items, Set<FrenchTransfer> aboveThreshold) {
    AuthorisationCheck check = new AuthorisationCheck(account, aboveThreshold);
    Set<TransferOfValueId> kindMissing = new LinkedHashSet<>();
    Map<Group, List<FrenchTransfer>> events = new LinkedHashMap<>();
    Map<Group, List<FrenchTransfer>> conventions = new LinkedHashMap<>();
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
        events.computeIfAbsent(group(i, i.event().get()), k -> new ArrayList<>()).add(i);
      }
      if (kind == FrenchKind.FEE && i.convention().isPresent()) {
        conventions.computeIfAbsent(group(i, i.convention().get()), k -> new ArrayList<>()).add(i);
      }
    }
    events.forEach(
        (g, group) ->
            check.total(
                group,
                FrenchThresholds.HOSPITALITY_TOTAL,
                FranceCode.AUTHORISATION_EVENT_TOTAL,
                g.name()));
    conventions.forEach(
        (g, group) ->
            check.total(
                group,
                FrenchThresholds.FEE_PER_CONVENTION,
                FranceCode.AUTHORISATION_CONVENTION_TOTAL,
                g.name()));
    for (TransferOfValueId id : kindMissing) {
      check.findings.add(
          Finding.of(
              FranceRules.KIND_MISSING,
              account.id(),
              List.of(id),
              FranceCode.KIND_MISSING,
              Arg.text(FranceFacts.KIND.name()),
              Arg.list(FrenchKind.codes(), Arg::text)));
    }
    return check.findings;
  }

  private static Group group(FrenchTransfer i, String name) {
    return new Group(i.beneficiary().id().value(), name);
  }

  private void single(FrenchTransfer i, FrenchKind kind) {
    switch (kind) {
      case NIGHT -> perCount(i, i.units(), FrenchThresholds.NIGHT, FranceCode.AUTHORISATION_NIGHTS);
      case MEAL -> perCount(i, i.units(), FrenchThresholds.MEAL, FranceCode.AUTHORISATION_MEALS);
      case SNACK -> perCount(i, i.units(), FrenchThresholds.SNACK, FranceCode.AUTHORISATION_SNACKS);
      case REGISTRATION ->
          above(i, FrenchThresholds.REGISTRATION, FranceCode.AUTHORISATION_REGISTRATION);
      case TRAINING -> above(i, FrenchThresholds.TRAINING, FranceCode.AUTHORISATION_TRAINING);
      case RESEARCH_GIFT -> {
        if (i.beneficiary().organisation()) {
          above(
              i,
              FrenchThresholds.RESEARCH_GIFT_ASSOCIATION,
              FranceCode.AUTHORISATION_RESEARCH_GIFT_ASSOCIATION);
        } else {
          above(i, FrenchThresholds.RESEARCH_GIFT_HCP, FranceCode.AUTHORISATION_RESEARCH_GIFT_HCP);
        }
      }
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
              FranceCode.FEE_DURATION_MISSING,
              Arg.of(i.eur()),
              Arg.text(FranceFacts.HOURS.name()),
              Arg.text(FranceFacts.HALF_DAYS.name()),
              Arg.of(FrenchThresholds.FEE_PER_HOUR),
              Arg.of(FrenchThresholds.FEE_PER_HALF_DAY)));
    }
    i.hours()
        .ifPresent(
            h -> perCount(i, h, FrenchThresholds.FEE_PER_HOUR, FranceCode.AUTHORISATION_HOURS));
    i.halfDays()
        .ifPresent(
            d ->
                perCount(
                    i, d, FrenchThresholds.FEE_PER_HALF_DAY, FranceCode.AUTHORISATION_HALF_DAYS));
  }

  /** Above {@code count} times a per-unit threshold; the code names the unit. */
  private void perCount(FrenchTransfer i, BigDecimal count, Money threshold, FranceCode code) {
    Money limit = Money.of(threshold.amount().multiply(count), threshold.currency());
    if (i.eur().isGreaterThan(limit)) {
      aboveThreshold.add(i);
      if (i.authorisation().isEmpty()) {
        missing(
            List.of(i),
            Message.of(code, Arg.of(i.eur()), Arg.of(count), Arg.of(threshold), AUTHORISATION_KEY));
      }
    }
  }

  private void above(FrenchTransfer i, Money threshold, FranceCode code) {
    if (i.eur().isGreaterThan(threshold)) {
      aboveThreshold.add(i);
      if (i.authorisation().isEmpty()) {
        missing(
            List.of(i), Message.of(code, Arg.of(i.eur()), Arg.of(threshold), AUTHORISATION_KEY));
      }
    }
  }

  private void total(List<FrenchTransfer> group, Money threshold, FranceCode code, String name) {
    Money sum = group.stream().map(FrenchTransfer::eur).reduce(Money::plus).orElseThrow();
    if (!sum.isGreaterThan(threshold)) {
      return;
    }
    aboveThreshold.addAll(group);
    List<FrenchTransfer> unauthorised =
        group.stream().filter(i -> i.authorisation().isEmpty()).toList();
    if (!unauthorised.isEmpty()) {
      missing(
          unauthorised,
          Message.of(
              code,
              Arg.text(name),
              Arg.of(sum),
              group.get(0).who(),
              Arg.of(threshold),
              AUTHORISATION_KEY));
    }
  }

  private void missing(List<FrenchTransfer> items, Message message) {
    List<KamId> subjects = new ArrayList<>();
    subjects.add(items.get(0).beneficiary().id());
    items.forEach(i -> subjects.add(i.transfer().id()));
    findings.add(Finding.of(FranceRules.AUTHORISATION_MISSING, account.id(), subjects, message));
  }
}
