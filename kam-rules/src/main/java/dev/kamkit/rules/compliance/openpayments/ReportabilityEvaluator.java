package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Applies the small-payment rule (42 U.S.C. 1320a-7h(e)(10); CMS Open Payments threshold notices)
 * per recipient, per manufacturer, per calendar year: a payment below the minimum is excluded
 * unless the year's aggregate exceeds the trigger, re-evaluated over every payment of the year up
 * to the day evaluated.
 */
final class ReportabilityEvaluator {

  /** Open Payments data collection began on 1 August 2013. */
  static final LocalDate DATA_COLLECTION_START = LocalDate.of(2013, 8, 1);

  private record Key(Optional<String> manufacturer, KamId recipient, int programYear) {}

  private static final Comparator<KeyAccount> ACCOUNT_ORDER = Comparator.comparing(KeyAccount::id);

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
    List<KeyAccount> inIdOrder = new ArrayList<>(accounts);
    inIdOrder.sort(ACCOUNT_ORDER);
    // Grouped in one pass, each group in the order its shares were found.
    Map<Key, List<Share>> byKey = new HashMap<>();
    for (KeyAccount account : inIdOrder) {
      for (Share s : Shares.of(account, asOf, policy)) {
        byKey
            .computeIfAbsent(
                new Key(s.manufacturer(), s.recipient(), s.programYear()), k -> new ArrayList<>())
            .add(s);
      }
    }
    List<Map.Entry<Key, List<Share>>> groups = new ArrayList<>(byKey.entrySet());
    groups.sort(Map.Entry.comparingByKey(KEY_ORDER));
    List<RecipientYear> years = new ArrayList<>(groups.size());
    for (Map.Entry<Key, List<Share>> group : groups) {
      years.add(recipientYear(group.getKey(), group.getValue(), asOf));
    }
    return AggregateSpend.builder()
        .asOf(asOf)
        .policyVersion(policy.version())
        .recipientYears(years)
        .build();
  }

  /** Judges one recipient-year; sorts {@code shares}, which are this evaluation's own. */
  private RecipientYear recipientYear(Key key, List<Share> shares, LocalDate asOf) {
    shares.sort(SHARE_ORDER);
    Optional<ThresholdRow> row = policy.threshold(key.programYear());
    @Nullable ReportabilityReason[] decided = new ReportabilityReason[shares.size()];
    Money aggregate = Usd.ZERO;
    boolean aggregateKnown = true;
    boolean complete = true;
    for (int i = 0; i < shares.size(); i++) {
      Share s = shares.get(i);
      decided[i] = preliminary(s, row);
      complete &= s.usdValue().isPresent();
      if (countsTowardAggregate(decided[i], s)) {
        if (s.usdValue().isPresent()) {
          aggregate = aggregate.plus(s.usdValue().get());
        } else {
          aggregateKnown = false;
        }
      }
    }
    boolean exceeded = row.isPresent() && row.get().isExceeded(aggregate);
    ReportabilityReason small =
        exceeded
            ? ReportabilityReason.AGGREGATE_EXCEEDED
            : aggregateKnown
                ? ReportabilityReason.BELOW_MINIMUM
                : ReportabilityReason.AGGREGATE_INCOMPLETE;
    boolean yearEnded = !asOf.isBefore(LocalDate.of(key.programYear(), 12, 31));

    List<TransferAssessment> assessments = new ArrayList<>(shares.size());
    YearTotals totals = new YearTotals();
    for (int i = 0; i < shares.size(); i++) {
      Share s = shares.get(i);
      ReportabilityReason reason = decided[i] != null ? decided[i] : small;
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
              .why(Explanations.of(reason, s, row, aggregate, yearEnded))
              .build());
      totals.add(s.transfer().nature(), s.usdValue(), reason.status());
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
        .complete(complete)
        .yearEnded(yearEnded)
        .total(totals.total())
        .reportableTotal(totals.reportableTotal())
        // putAll and addAll fill the builder's own collections, where setters would replace them.
        .putAllTotalsByNature(totals.byNature())
        .putAllReportableTotalsByNature(totals.reportableByNature())
        .addAllAssessments(assessments)
        .build();
  }

  /**
   * The reason decided before the aggregate is known; null for a covered, non-excluded payment
   * below the minimum, whose fate the aggregate decides.
   */
  private static @Nullable ReportabilityReason preliminary(Share s, Optional<ThresholdRow> row) {
    if (s.transfer().date().isBefore(DATA_COLLECTION_START)) {
      return ReportabilityReason.BEFORE_DATA_COLLECTION;
    }
    boolean excluded = Exclusions.settles(s.facts());
    // an exclusion settles the transfer whoever receives it: a missing list is not asked for it
    if (!s.coverage().isCovered() && !(excluded && s.coverage().isUndetermined())) {
      return s.coverage().reason().orElseThrow();
    }
    if (s.employeeCompensation()) {
      return ReportabilityReason.EMPLOYEE_COMPENSATION;
    }
    if (excluded) {
      return ReportabilityReason.STATUTORY_EXCLUSION;
    }
    if (row.isEmpty()) {
      return ReportabilityReason.PROGRAM_YEAR_UNKNOWN;
    }
    if (s.usdValue().isEmpty()) {
      return ReportabilityReason.NO_USD_RATE;
    }
    if (!row.get().isBelowMinimum(s.usdValue().get())) {
      return ReportabilityReason.AT_OR_ABOVE_MINIMUM;
    }
    boolean conference =
        s.facts().exclusion().orElse(null) == StatutoryExclusion.LARGE_CONFERENCE_ITEM;
    return conference ? ReportabilityReason.STATUTORY_EXCLUSION : null;
  }

  /**
   * Whether the share's value belongs in the aggregate; {@code decided} as {@link #preliminary}.
   */
  private boolean countsTowardAggregate(@Nullable ReportabilityReason decided, Share s) {
    if (decided == null) {
      return true; // below the minimum: in every basis
    }
    if (decided == ReportabilityReason.STATUTORY_EXCLUSION) {
      return policy.largeConferenceItemsInAggregate()
          && s.facts().exclusion().orElse(null) == StatutoryExclusion.LARGE_CONFERENCE_ITEM;
    }
    boolean allPayments = policy.aggregateBasis() == AggregateBasis.ALL_PAYMENTS;
    // A value without a rate may be small or not: it counts, as unknown, in either basis.
    return decided == ReportabilityReason.NO_USD_RATE
        || (allPayments && decided == ReportabilityReason.AT_OR_ABOVE_MINIMUM);
  }
}
