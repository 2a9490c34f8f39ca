package dev.kamkit.rules.compliance.france;

import java.util.List;

/**
 * The custom attribute keys the France pack reads on a transfer of value. A value of the wrong kind
 * or outside its documented values is a {@code france.attribute.invalid} finding, never a silent
 * default; so is an unknown key that starts with {@link #PREFIX}.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .putAttribute(FranceAttributes.KIND, AttributeValue.text("night"))
 *     .putAttribute(FranceAttributes.UNITS, AttributeValue.number("2"))
 *     .putAttribute(FranceAttributes.EVENT, AttributeValue.text("JFHOD 2025"))
 *     .putAttribute(FranceAttributes.AUTHORISATION, AttributeValue.text("CNOM-2025-00123"))
 *     .build();
 * }</pre>
 */
public final class FranceAttributes {
  private FranceAttributes() {}

  /** Every key the pack reads starts with this. */
  public static final String PREFIX = "fr.";

  /**
   * Text, one of the {@link FrenchKind#code() codes}: what the transfer is under the anti-gift law.
   * Fees (consulting, speaking, honoraria) are recognised from the nature of payment; anything else
   * judged from 1 October 2020 needs it.
   */
  public static final String KIND = "fr.kind";

  /**
   * A positive whole number: how many nights, meals or snacks a hospitality amount covers. Absent
   * means one: the amount is compared with one unit's threshold.
   */
  public static final String UNITS = "fr.units";

  /** A positive number: the hours of service a fee pays for (€200 an hour). */
  public static final String HOURS = "fr.hours";

  /** A positive number: the half-days of service a fee pays for (€800 a half-day). */
  public static final String HALF_DAYS = "fr.halfDays";

  /**
   * Text: the event a hospitality or registration transfer belongs to; a beneficiary's hospitality
   * for one event is totalled against €2,000.
   */
  public static final String EVENT = "fr.event";

  /**
   * Text: the convention (written agreement) a transfer falls under. A beneficiary's fees under one
   * convention are totalled against €2,000, and a convention is published whatever its amount.
   */
  public static final String CONVENTION = "fr.convention";

  /** Text: the reference of the authorisation granted for a transfer above a threshold. */
  public static final String AUTHORISATION = "fr.authorisation";

  /**
   * Text: the reference of the declaration made to the professional body (ordre) for an advantage
   * that is not négligeable and at or below the authorisation thresholds. An authorisation serves
   * too: it is the stricter route.
   */
  public static final String DECLARATION = "fr.declaration";

  /** The keys read on a transfer of value. */
  public static final List<String> TRANSFER_KEYS =
      List.of(KIND, UNITS, HOURS, HALF_DAYS, EVENT, CONVENTION, AUTHORISATION, DECLARATION);
}
