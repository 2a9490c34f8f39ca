package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explainable;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Whether one transfer of value is reportable for one recipient, and why. A transfer to one person
 * or organisation has one assessment; a group meal has one per attendee, each for the per-person
 * share.
 */
@Value.Immutable
public abstract class AbstractTransferAssessment implements Explainable {
  // Only the generated TransferAssessment extends this: no host subclass.
  AbstractTransferAssessment() {}

  /** The transfer. */
  public abstract TransferOfValueId transfer();

  /** The recipient: a {@code StakeholderId}, or an {@code AccountId} for an organisation. */
  public abstract KamId recipient();

  /** The day of the payment. */
  public abstract LocalDate date();

  /** Its nature. */
  public abstract NatureOfPayment nature();

  /** Its form. */
  public abstract FormOfPayment form();

  /** The whole transfer's amount, in its own currency. */
  public abstract Money amount();

  /** How many people the amount is shared between: everyone who partook, or 1. */
  public abstract int partakers();

  /**
   * The recipient's value in US dollars: the amount converted at the host's rate, divided by {@link
   * #partakers()}; empty when there is no rate.
   */
  public abstract Optional<Money> usdValue();

  /** The statutory exclusion the host marked, whether or not it applies. */
  public abstract Optional<StatutoryExclusion> exclusion();

  /** Why it is, or is not, reportable. */
  public abstract ReportabilityReason reason();

  /**
   * The reason as a message, with the amounts compared: an {@code openpayments.assessment.*} code
   * of {@link OpenPaymentsCode}; {@code why().toString()} gives English words.
   */
  public abstract Message why();

  /**
   * The assessment as data: the transfer, recipient and day with the {@link #status()} ({@link
   * OpenPaymentsCode#ASSESSMENT_REPORTABLE}, {@link OpenPaymentsCode#ASSESSMENT_NOT_REPORTABLE} or
   * {@link OpenPaymentsCode#ASSESSMENT_UNDETERMINED}), and {@link #why()} as its reason.
   */
  @Override
  public Explanation explanation() {
    OpenPaymentsCode code =
        switch (status()) {
          case REPORTABLE -> OpenPaymentsCode.ASSESSMENT_REPORTABLE;
          case NOT_REPORTABLE -> OpenPaymentsCode.ASSESSMENT_NOT_REPORTABLE;
          case UNDETERMINED -> OpenPaymentsCode.ASSESSMENT_UNDETERMINED;
        };
    return Explanation.of(
        Message.of(code, Arg.of(transfer()), Arg.of(recipient()), Arg.of(date()), Arg.of(why())));
  }

  /** The program year: the calendar year of the payment. */
  public int programYear() {
    return date().getYear();
  }

  /** Reportable, not reportable, or undetermined. */
  public ReportabilityStatus status() {
    return reason().status();
  }

  /** True if it must be reported. */
  public boolean isReportable() {
    return status() == ReportabilityStatus.REPORTABLE;
  }
}
