package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.TransferOfValueId;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One General Payments record as plain values, ready for a host to write: every field of {@link
 * GeneralPaymentFields#ALL}, in that order, with an empty string where it does not apply.
 *
 * <p>Values are as CMS publishes them where the text was checked against CMS's published data
 * (recipient types, natures, forms); amounts are plain decimals in dollars ({@code 25.00}); dates
 * are ISO 8601 ({@code 2025-03-14}); indicators are {@code Yes} or {@code No}, product coverage
 * {@code Covered} or {@code Non-Covered}, countries ISO 3166 alpha-2 codes. These last encodings
 * are not verified against the submission template: a host maps them to the template it files.
 */
@Value.Immutable
public abstract class AbstractGeneralPaymentRecord {
  // Only the generated GeneralPaymentRecord extends this: no host subclass.
  AbstractGeneralPaymentRecord() {}

  /** The transfer the record reports. */
  public abstract TransferOfValueId transfer();

  /** The covered recipient it reports to. */
  public abstract KamId recipient();

  /** The fields, CMS name to value, in the order of {@link GeneralPaymentFields#ALL}. */
  public abstract Map<String, String> fields();

  /** The value of one field; empty text when it does not apply. */
  public String field(String name) {
    String value = fields().get(name);
    if (value == null) {
      throw new IllegalArgumentException(name + " is not a General Payments field kamkit fills");
    }
    return value;
  }
}
