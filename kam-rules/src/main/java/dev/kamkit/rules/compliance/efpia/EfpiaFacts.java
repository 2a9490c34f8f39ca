package dev.kamkit.rules.compliance.efpia;

import java.util.List;

/**
 * The custom attribute keys the EFPIA pack reads on a transfer of value, for facts the model has no
 * field for. A value of the wrong kind or outside its documented values is an {@code
 * efpia.attribute.invalid} finding, never a silent default; so is an unknown key that starts with
 * {@link #PREFIX}.
 *
 * <p>Consent to named disclosure is read from the model ({@code HcpIdentity.disclosureConsent()});
 * {@link #CONSENT} records consent captured per contract instead, and wins for its transfer.
 */
public final class EfpiaAttributes {
  private EfpiaAttributes() {}

  /** Every key the pack reads starts with this. */
  public static final String PREFIX = "efpia.";

  /**
   * Text, one of the {@link EfpiaCategory#code() category codes}: the category the transfer is
   * disclosed under. Needed where the nature of payment does not settle it (travel and lodging is
   * an event cost or a service's related expense); when given it wins over the nature.
   */
  public static final String CATEGORY = "efpia.category";

  /** A flag: the transfer is research and development, disclosed in aggregate. */
  public static final String RESEARCH_AND_DEVELOPMENT = "efpia.researchAndDevelopment";

  /**
   * A flag: whether the HCP consented to named disclosure of this transfer (consent captured per
   * contract). Absent means the HCP's {@code HcpIdentity.disclosureConsent()}.
   */
  public static final String CONSENT = "efpia.consent";

  /**
   * Text, the id of another transfer of the same account: this transfer records the same value as
   * that one (an indirect transfer through a third party recorded twice) and is counted once,
   * there.
   */
  public static final String COUNTED_IN = "efpia.countedIn";

  /** The keys read on a transfer of value. */
  public static final List<String> TRANSFER_KEYS =
      List.of(CATEGORY, RESEARCH_AND_DEVELOPMENT, CONSENT, COUNTED_IN);
}
