package dev.kamkit.rules.compliance.openpayments;

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
public abstract class AbstractAggregateSpend {

  /** The day evaluated: transfers after it are not counted. */
  public abstract LocalDate asOf();

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
}
