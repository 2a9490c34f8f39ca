package dev.kamkit.rules.compliance.openpayments;

import java.util.List;

/**
 * The custom attribute keys the Open Payments pack reads, for facts the model has no field for. A
 * value of the wrong kind, or an unknown value, is an {@code openpayments.attribute.invalid}
 * finding, never a silent default; so is an unknown key that starts with {@link #PREFIX}, which
 * catches misspelt keys. The pack reads no product attributes: whether a product is covered and its
 * device identifier are the fields {@code Product.coverage} and {@code Product.deviceIdentifier}.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .putAttribute(OpenPaymentsAttributes.EXCLUSION,
 *         AttributeValue.text(StatutoryExclusion.SHORT_TERM_DEVICE_LOAN.code()))
 *     .putAttribute(OpenPaymentsAttributes.DEVICE_LOAN_DAYS, AttributeValue.number("60"))
 *     .build();
 * }</pre>
 */
public final class OpenPaymentsAttributes {
  private OpenPaymentsAttributes() {}

  /** Every key the pack reads starts with this. */
  public static final String PREFIX = "openpayments.";

  /**
   * On a transfer of value, text: the statutory exclusion that applies, one of the {@link
   * StatutoryExclusion#code() codes} of {@link StatutoryExclusion}.
   */
  public static final String EXCLUSION = "openpayments.exclusion";

  /**
   * On a transfer of value, a whole number of days at least 1: how long a device is loaned, which
   * {@link StatutoryExclusion#SHORT_TERM_DEVICE_LOAN} needs (90 days or less).
   */
  public static final String DEVICE_LOAN_DAYS = "openpayments.deviceLoanDays";

  /**
   * On a transfer of value, text of at most {@value #CONTEXTUAL_INFORMATION_MAX_LENGTH} characters:
   * the record's {@code Contextual_Information}, mandatory for teaching-hospital records from
   * PY2023.
   */
  public static final String CONTEXTUAL_INFORMATION = "openpayments.contextualInformation";

  /**
   * On a transfer of value, a flag: the record asks for a delay in publication ({@code
   * Delay_in_Publication_Indicator}); not allowed for general records from PY2023.
   */
  public static final String DELAY_IN_PUBLICATION = "openpayments.delayInPublication";

  /**
   * On a transfer of value, text: the applicable manufacturer making the payment, when a host
   * reports for several. Totals are kept per manufacturer; absent means the policy's {@link
   * OpenPaymentsPolicy#manufacturerName() manufacturer}.
   */
  public static final String MANUFACTURER = "openpayments.manufacturer";

  /** The largest number of characters of {@link #CONTEXTUAL_INFORMATION}. */
  public static final int CONTEXTUAL_INFORMATION_MAX_LENGTH = 500;

  /** The keys read on a transfer of value. */
  public static final List<String> TRANSFER_KEYS =
      List.of(
          EXCLUSION, DEVICE_LOAN_DAYS, CONTEXTUAL_INFORMATION, DELAY_IN_PUBLICATION, MANUFACTURER);
}
