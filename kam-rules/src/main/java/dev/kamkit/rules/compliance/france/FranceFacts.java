package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.FactKey;
import java.math.BigDecimal;
import java.util.List;

/**
 * The typed facts the France pack reads on a transfer of value. A host records them with {@code
 * Fact.of(key, value)}; an absent fact is absent, never a default. A fact still recorded as a
 * custom attribute under one of these names, as earlier releases read it, is a {@code
 * france.attribute.invalid} finding naming where the fact belongs ({@code model.attribute.moved});
 * so is any other name that starts with {@link #PREFIX}.
 *
 * <pre>{@code
 * TransferOfValue.builder()
 *     ...
 *     .addFact(Fact.of(FranceFacts.KIND, FrenchKind.NIGHT))
 *     .addFact(Fact.of(FranceFacts.UNITS, 2L))
 *     .addFact(Fact.of(FranceFacts.EVENT, "JFHOD 2025"))
 *     .addFact(Fact.of(FranceFacts.AUTHORISATION, "CNOM-2025-00123"))
 *     .build();
 * }</pre>
 */
public final class FranceFacts {
  private FranceFacts() {}

  /** Every fact the pack reads is named with this. */
  public static final String PREFIX = "fr.";

  /**
   * What the transfer is under the anti-gift law. Fees (consulting, speaking, honoraria) are
   * recognised from the nature of payment; anything else judged from 1 October 2020 needs it.
   */
  public static final FactKey<FrenchKind> KIND = FactKey.code("fr.kind", FrenchKind.class);

  /**
   * A whole number, at least 1: how many nights, meals or snacks a hospitality amount covers.
   * Absent means one: the amount is compared with one unit's threshold.
   */
  public static final FactKey<Long> UNITS = FactKey.count("fr.units");

  /** A number above zero: the hours of service a fee pays for (€200 an hour). */
  public static final FactKey<BigDecimal> HOURS = FactKey.positiveNumber("fr.hours");

  /** A number above zero: the half-days of service a fee pays for (€800 a half-day). */
  public static final FactKey<BigDecimal> HALF_DAYS = FactKey.positiveNumber("fr.halfDays");

  /**
   * Text: the event a hospitality or registration transfer belongs to; a beneficiary's hospitality
   * for one event is totalled against €2,000.
   */
  public static final FactKey<String> EVENT = FactKey.text("fr.event");

  /**
   * Text: the convention (written agreement) a transfer falls under. A beneficiary's fees under one
   * convention are totalled against €2,000, and a convention is published whatever its amount.
   */
  public static final FactKey<String> CONVENTION = FactKey.text("fr.convention");

  /** Text: the reference of the authorisation granted for a transfer above a threshold. */
  public static final FactKey<String> AUTHORISATION = FactKey.text("fr.authorisation");

  /**
   * Text: the reference of the declaration made to the professional body (ordre) for an advantage
   * that is not négligeable and at or below the authorisation thresholds. An authorisation serves
   * too: it is the stricter route.
   */
  public static final FactKey<String> DECLARATION = FactKey.text("fr.declaration");

  /** The facts read on a transfer of value. */
  public static final List<FactKey<?>> TRANSFER_KEYS =
      List.of(KIND, UNITS, HOURS, HALF_DAYS, EVENT, CONVENTION, AUTHORISATION, DECLARATION);
}
