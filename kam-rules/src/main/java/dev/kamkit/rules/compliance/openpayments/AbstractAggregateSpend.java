package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The aggregate-spend view of Open Payments: per recipient, per manufacturer, per program year,
 * what was spent, by nature of payment, and which transfers are reportable and why.
 *
 * <p>Reportability is judged over every transfer made on or before {@link #asOf()}. Within an open
 * year it may change: a January meal below the minimum becomes reportable in November once the
 * year's aggregate exceeds the trigger. Obtain one from {@link
 * OpenPaymentsPack#aggregateSpend(dev.kamkit.model.KeyAccount, LocalDate)}.
 */
@Value.Immutable
public abstract class AbstractAggregateSpend implements PortfolioResult {
  // Only the generated AggregateSpend extends this: no host subclass.
  AbstractAggregateSpend() {}

  /** The day evaluated: transfers after it are not counted. */
  public abstract LocalDate asOf();

  /** The version of the {@link OpenPaymentsPolicy} it was evaluated with. */
  public abstract String policyVersion();

  /** Every recipient-year, by program year, manufacturer and recipient. */
  public abstract List<RecipientYear> recipientYears();

  /** The recipient-years of one recipient, all manufacturers and years. */
  public List<RecipientYear> of(KamId recipient) {
    return byRecipient().getOrDefault(recipient, List.of());
  }

  /**
   * The recipient-years grouped by recipient, each group in {@link #recipientYears()} order: built
   * once, so looking up every stakeholder of a large account does not rescan the list each time.
   */
  @Value.Lazy
  protected Map<KamId, List<RecipientYear>> byRecipient() {
    Map<KamId, List<RecipientYear>> groups = new HashMap<>();
    for (RecipientYear r : recipientYears()) {
      groups.computeIfAbsent(r.recipient(), k -> new ArrayList<>()).add(r);
    }
    Map<KamId, List<RecipientYear>> frozen = new HashMap<>();
    groups.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return Map.copyOf(frozen);
  }

  /**
   * The recipient-year of one recipient in one year; when several manufacturers paid the recipient,
   * the first in order (use {@link #of(KamId)} to see them all).
   */
  public Optional<RecipientYear> of(KamId recipient, int programYear) {
    return recipientYears().stream()
        .filter(r -> r.recipient().equals(recipient) && r.programYear() == programYear)
        .findFirst();
  }

  /** Every assessment of every recipient-year. */
  public List<TransferAssessment> assessments() {
    return recipientYears().stream().flatMap(r -> r.assessments().stream()).toList();
  }

  /** The assessment of one transfer for one recipient, if the transfer was evaluated. */
  public Optional<TransferAssessment> assessment(TransferOfValueId transfer, KamId recipient) {
    return assessments().stream()
        .filter(a -> a.transfer().equals(transfer) && a.recipient().equals(recipient))
        .findFirst();
  }

  /**
   * The view as data: the {@link OpenPaymentsCode#AGGREGATE_SPEND headline}, then one {@link
   * OpenPaymentsCode#AGGREGATE_RECIPIENT_YEAR line per recipient-year} in {@link #recipientYears()}
   * order, each with its assessments' {@link TransferAssessment#explanation() explanations} below.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> years = new ArrayList<>(recipientYears().size());
    long reportable = 0;
    long assessments = 0;
    for (RecipientYear r : recipientYears()) {
      int yearReportable = r.reportable().size();
      reportable += yearReportable;
      assessments += r.assessments().size();
      years.add(
          Explanation.of(
              Message.of(
                  OpenPaymentsCode.AGGREGATE_RECIPIENT_YEAR,
                  Arg.of(r.recipient()),
                  Arg.year(r.programYear()),
                  Arg.of(yearReportable),
                  Arg.of(r.assessments().size()),
                  Arg.of(r.reportableTotal()),
                  Arg.of(r.total())),
              r.assessments().stream().map(TransferAssessment::explanation).toList()));
    }
    return Explanation.of(
        Message.of(
            OpenPaymentsCode.AGGREGATE_SPEND,
            Arg.of(asOf()),
            Arg.text(policyVersion()),
            Arg.of(reportable),
            Arg.of(assessments),
            Arg.of(recipientYears().size())),
        years);
  }
}
