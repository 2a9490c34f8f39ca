package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.FactKey;
import java.util.List;

/**
 * The typed facts the EFPIA pack reads on a transfer of value, for facts the model has no field
 * for. A host records them with {@code Fact.of(key, value)}; an absent fact is absent, never a
 * default. A fact still recorded as a custom attribute under one of these names, as earlier
 * releases read it, is an {@code efpia.attribute.invalid} finding naming where the fact belongs
 * ({@code model.attribute.moved}); so is any other name that starts with {@link #PREFIX}.
 *
 * <p>Consent to named disclosure is read from the model ({@code HcpIdentity.disclosureConsent()});
 * {@link #CONSENT} records consent captured per contract instead, and wins for its transfer.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .addFact(Fact.of(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_REGISTRATION_FEES))
 *     .build();
 * }</pre>
 */
public final class EfpiaFacts {
  private EfpiaFacts() {}

  /** Every fact the pack reads is named with this. */
  public static final String PREFIX = "efpia.";

  /**
   * The category the transfer is disclosed under. Needed where the nature of payment does not
   * settle it (travel and lodging is an event cost or a service's related expense); when given it
   * wins over the nature.
   */
  public static final FactKey<EfpiaCategory> CATEGORY =
      FactKey.code("efpia.category", EfpiaCategory.class);

  /**
   * A flag: the transfer is research and development, disclosed in aggregate. Absent means it is
   * not.
   */
  public static final FactKey<Boolean> RESEARCH_AND_DEVELOPMENT =
      FactKey.flag("efpia.researchAndDevelopment");

  /**
   * A flag: whether the HCP consented to named disclosure of this transfer (consent captured per
   * contract). Absent means the HCP's {@code HcpIdentity.disclosureConsent()}.
   */
  public static final FactKey<Boolean> CONSENT = FactKey.flag("efpia.consent");

  /**
   * Text, the id of another transfer of the same account: this transfer records the same value as
   * that one (an indirect transfer through a third party recorded twice) and is counted once,
   * there.
   */
  public static final FactKey<String> COUNTED_IN = FactKey.text("efpia.countedIn");

  /** The facts read on a transfer of value. */
  public static final List<FactKey<?>> TRANSFER_KEYS =
      List.of(CATEGORY, RESEARCH_AND_DEVELOPMENT, CONSENT, COUNTED_IN);
}
