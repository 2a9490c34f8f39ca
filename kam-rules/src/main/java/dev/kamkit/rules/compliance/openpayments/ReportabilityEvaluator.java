package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.KamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Applies the small-payment rule (REGULATORY.md 1.4, verified) per recipient, per manufacturer, per
 * calendar year: a payment below the minimum is excluded unless the year's aggregate exceeds the
 * trigger, re-evaluated over every payment of the year up to the day evaluated.
 */
final class ReportabilityEvaluator {

  /** Open Payments data collection began on 1 August 2013. */
  static final LocalDate DATA_COLLECTION_START = LocalDate.of(2013, 8, 1);

  private record Key(Optional<String> manufacturer, KamId recipient, int programYear) {}

  private static final Comparator<Key> KEY_ORDER =
      Comparator.comparingInt(Key::programYear)
          .thenComparing(k -> k.manufacturer().orElse(""))
          .thenComparing(Key::recipient, Shares.RECIPIENT_ORDER);

  private static final Comparator<Share> SHARE_ORDER =
      Comparator.comparing((Share s) -> s.transfer().date())
          .thenComparing(s -> s.transfer().id().value());

  private final OpenPaymentsPolicy policy;

  ReportabilityEvaluator(OpenPaymentsPolicy policy) {
    this.policy = policy;
  }

  /** The aggregate spend over the accounts, taken in id order. */
  AggregateSpend evaluate(List<KeyAccount> accounts, LocalDate asOf) {
    Map<Key, List<Share>> byKey = new LinkedHashMap<>();
    accounts.stream()
        .sorted(Comparator.comparing(KeyAccount::id))
        .flatMap(a -> Shares.of(a, asOf, policy).stream())
        .forEach(
            s ->
                byKey
                    .computeIfAbsent(
                        new Key(s.manufacturer(), s.recipient(), s.programYear()),
                        k -> new ArrayList<>())
                    .add(s));
    List<RecipientYear> years =
        byKey.entrySet().stream()
            .sorted(Map.Entry.comparingByKey(KEY_ORDER))
            .map(e -> recipientYear(e.getKey(), e.getValue(), asOf))
            .toList();
    return AggregateSpend.builder().asOf(asOf).recipientYears(years).build();
  }

  private RecipientYear recipientYear(Key key, List<Share> unordered, LocalDate asOf) {
    List<Share> shares = unordered.stream().sorted(SHARE_ORDER).toList();
    Optional<ThresholdRow> row = policy.threshold(key.programYear());
    List<Optional<ReportabilityReason>> first =
        shares.stream().map(s -> preliminary(s, row)).toList();
    List<Share> counted = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      if (countsTowardAggregate(first.get(i), shares.get(i))) {
        counted.add(shares.get(i));
      }
    }
    Money aggregate = sum(counted.stream().map(Share::usdValue));
    boolean aggregateKnown = counted.stream().allMatch(s -> s.usdValue().isPresent());
    boolean exceeded = row.map(r -> r.isExceeded(aggregate)).orElse(false);
    boolean yearEnded = !asOf.isBefore(LocalDate.of(key.programYear(), 12, 31));

    List<TransferAssessment> assessments = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      Share s = shares.get(i);
      ReportabilityReason reason =
          first
              .get(i)
              .orElse(
                  exceeded
                      ? ReportabilityReason.AGGREGATE_EXCEEDED
                      : aggregateKnown
                          ? ReportabilityReason.BELOW_MINIMUM
                          : ReportabilityReason.AGGREGATE_INCOMPLETE);
      assessments.add(
          TransferAssessment.builder()
              .transfer(s.transfer().id())
              .recipient(s.recipient())
              .date(s.transfer().date())
              .nature(s.transfer().nature())
              .form(s.transfer().form())
              .amount(s.transfer().amount())
              .partakers(s.partakers())
              .usdValue(s.usdValue())
              .exclusion(s.facts().exclusion())
              .reason(reason)
              .explanation(Explanations.of(reason, s, row, aggregate, yearEnded))
              .build());
    }
    return RecipientYear.builder()
        .manufacturer(key.manufacturer())
        .recipient(key.recipient())
        .programYear(key.programYear())
        .coverage(shares.get(0).coverage())
        .threshold(row)
        .basis(policy.aggregateBasis())
        .aggregate(aggregate)
        .aggregateExceeded(exceeded)
        .complete(shares.stream().allMatch(s -> s.usdValue().isPresent()))
        .yearEnded(yearEnded)
        .total(sum(assessments.stream().map(TransferAssessment::usdValue)))
        .reportableTotal(
            sum(
                assessments.stream()
                    .filter(TransferAssessment::isReportable)
                    .map(TransferAssessment::usdValue)))
        .totalsByNature(byNature(assessments, a -> true))
        .reportableTotalsByNature(byNature(assessments, TransferAssessment::isReportable))
        .assessments(assessments)
        .build();
  }

  /**
   * The reason decided before the aggregate is known; empty for a covered, non-excluded payment
   * below the minimum, whose fate the aggregate decides.
   */
  private Optional<ReportabilityReason> preliminary(Share s, Optional<ThresholdRow> row) {
    if (s.transfer().date().isBefore(DATA_COLLECTION_START)) {
      return Optional.of(ReportabilityReason.BEFORE_DATA_COLLECTION);
    }
    if (!s.coverage().isCovered()) {
      return s.coverage().reason();
    }
    Optional<StatutoryExclusion> exclusion = s.facts().exclusion();
    boolean conference = exclusion.equals(Optional.of(StatutoryExclusion.LARGE_CONFERENCE_ITEM));
    if (exclusion.isPresent() && !conference && Exclusions.conditionMet(s.facts())) {
      return Optional.of(ReportabilityReason.STATUTORY_EXCLUSION);
    }
    if (row.isEmpty()) {
      return Optional.of(ReportabilityReason.PROGRAM_YEAR_UNKNOWN);
    }
    if (s.usdValue().isEmpty()) {
      return Optional.of(ReportabilityReason.NO_USD_RATE);
    }
    if (!row.get().isBelowMinimum(s.usdValue().get())) {
      return Optional.of(ReportabilityReason.AT_OR_ABOVE_MINIMUM);
    }
    return conference ? Optional.of(ReportabilityReason.STATUTORY_EXCLUSION) : Optional.empty();
  }

  private boolean countsTowardAggregate(Optional<ReportabilityReason> first, Share s) {
    if (first.isEmpty()) {
      return true; // below the minimum: in every basis
    }
    ReportabilityReason reason = first.get();
    if (reason == ReportabilityReason.STATUTORY_EXCLUSION) {
      return policy.largeConferenceItemsInAggregate()
          && s.facts().exclusion().equals(Optional.of(StatutoryExclusion.LARGE_CONFERENCE_ITEM));
    }
    boolean allPayments = policy.aggregateBasis() == AggregateBasis.ALL_PAYMENTS;
    // A value without a rate may be small or not: it counts, as unknown, in either basis.
    return reason == ReportabilityReason.NO_USD_RATE
        || (allPayments && reason == ReportabilityReason.AT_OR_ABOVE_MINIMUM);
  }

  private static Money sum(Stream<Optional<Money>> values) {
    return values.flatMap(Optional::stream).reduce(Usd.ZERO, Money::plus);
  }

  private static Map<NatureOfPayment, Money> byNature(
      List<TransferAssessment> assessments, Predicate<TransferAssessment> which) {
    Map<NatureOfPayment, Money> totals = new EnumMap<>(NatureOfPayment.class);
    assessments.stream()
        .filter(which)
        .filter(a -> a.usdValue().isPresent())
        .forEach(a -> totals.merge(a.nature(), a.usdValue().get(), Money::plus));
    return new LinkedHashMap<>(totals); // in the order of NatureOfPayment, as the EnumMap holds it
  }
}
