package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.FactKey;
import java.util.List;

/**
 * The typed facts the Open Payments pack reads on a transfer of value, for facts the model has no
 * field for. A host records them with {@code Fact.of(key, value)}, so a value of the wrong type
 * does not compile and an absent fact is absent, never a default. A fact still recorded as a custom
 * attribute under one of these names, as earlier releases read it, is an {@code
 * openpayments.attribute.invalid} finding naming where the fact belongs ({@code
 * model.attribute.moved}); so is any other name that starts with {@link #PREFIX}, which catches
 * misspelt names. Whether a product is covered and its device identifier are the product fields
 * {@code Product.coverage} and {@code Product.deviceIdentifier}.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .addFact(Fact.of(OpenPaymentsFacts.EXCLUSION, StatutoryExclusion.SHORT_TERM_DEVICE_LOAN))
 *     .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, 60L))
 *     .build();
 * }</pre>
 */
public final class OpenPaymentsFacts {
  private OpenPaymentsFacts() {}

  /** Every fact the pack reads is named with this. */
  public static final String PREFIX = "openpayments.";

  /** The statutory exclusion that applies to the transfer. */
  public static final FactKey<StatutoryExclusion> EXCLUSION =
      FactKey.code("openpayments.exclusion", StatutoryExclusion.class);

  /**
   * Whole days, at least 1: how long a device is loaned, which {@link
   * StatutoryExclusion#SHORT_TERM_DEVICE_LOAN} needs (90 days or less).
   */
  public static final FactKey<Long> DEVICE_LOAN_DAYS = FactKey.days("openpayments.deviceLoanDays");

  /**
   * Text of at most {@value #CONTEXTUAL_INFORMATION_MAX_LENGTH} characters: the record's {@code
   * Contextual_Information}, mandatory for teaching-hospital records from PY2023.
   */
  public static final FactKey<String> CONTEXTUAL_INFORMATION =
      FactKey.text("openpayments.contextualInformation");

  /**
   * A flag: the record asks for a delay in publication ({@code Delay_in_Publication_Indicator});
   * not allowed for general records from PY2023. Absent means no delay is asked for.
   */
  public static final FactKey<Boolean> DELAY_IN_PUBLICATION =
      FactKey.flag("openpayments.delayInPublication");

  /**
   * Text: the applicable manufacturer making the payment, when a host reports for several. Totals
   * are kept per manufacturer; absent means the policy's {@link
   * OpenPaymentsPolicy#manufacturerName() manufacturer}.
   */
  public static final FactKey<String> MANUFACTURER = FactKey.text("openpayments.manufacturer");

  /** The largest number of characters of {@link #CONTEXTUAL_INFORMATION}. */
  public static final int CONTEXTUAL_INFORMATION_MAX_LENGTH = 500;

  /** The facts read on a transfer of value. */
  public static final List<FactKey<?>> TRANSFER_KEYS =
      List.of(
          EXCLUSION, DEVICE_LOAN_DAYS, CONTEXTUAL_INFORMATION, DELAY_IN_PUBLICATION, MANUFACTURER);
}
