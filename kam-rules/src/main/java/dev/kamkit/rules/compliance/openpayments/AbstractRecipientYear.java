package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.KamId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The aggregate spend on one recipient by one manufacturer in one program year: whether the
 * recipient is covered, the threshold row used, the aggregate against its trigger, totals by nature
 * of payment, and each transfer reportable or not with its reason.
 *
 * <p>Amounts are US dollars. A transfer without a US dollar value is left out of every total;
 * {@link #complete()} says whether any was.
 */
@Value.Immutable
public abstract class AbstractRecipientYear {
  // Only the generated RecipientYear extends this: no host subclass.
  AbstractRecipientYear() {}

  /** The manufacturer making the payments, when a transfer or the policy names one. */
  public abstract Optional<String> manufacturer();

  /** The recipient: a {@code StakeholderId}, or an {@code AccountId} for an organisation. */
  public abstract KamId recipient();

  /** The program year. */
  public abstract int programYear();

  /** Whether the recipient is covered in the year. */
  public abstract Coverage coverage();

  /** The threshold row used; empty when the table lacks the year. */
  public abstract Optional<ThresholdRow> threshold();

  /** The aggregate basis used. */
  public abstract AggregateBasis basis();

  /** The aggregate the trigger is compared with: the known US dollar values in the basis. */
  public abstract Money aggregate();

  /** True if the aggregate exceeds the trigger (strictly more). */
  public abstract boolean aggregateExceeded();

  /** True if every transfer of the recipient-year has a US dollar value. */
  public abstract boolean complete();

  /** True if the program year had ended by the day evaluated: the totals are final. */
  public abstract boolean yearEnded();

  /** The total of every known value, reportable or not. */
  public abstract Money total();

  /** The total of the reportable values. */
  public abstract Money reportableTotal();

  /** Known values by nature of payment, reportable or not, in the model's order of natures. */
  public abstract Map<NatureOfPayment, Money> totalsByNature();

  /** Reportable values by nature of payment. */
  public abstract Map<NatureOfPayment, Money> reportableTotalsByNature();

  /** Each transfer to the recipient in the year, by date then id. */
  public abstract List<TransferAssessment> assessments();

  /** The reportable assessments. */
  public List<TransferAssessment> reportable() {
    return assessments().stream().filter(TransferAssessment::isReportable).toList();
  }
}
