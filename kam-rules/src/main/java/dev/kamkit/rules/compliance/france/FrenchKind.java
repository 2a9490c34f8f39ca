package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.FactCode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What a transfer is under the anti-gift law, as the host records it in the fact {@link
 * FranceFacts#KIND}: the thresholds and exemptions of {@link FrenchThresholds} depend on it. Its
 * words are in the package bundle under {@code FrenchKind.CONSTANT}, in English, German and French:
 * {@code Messages.in(locale).name(kind)}.
 */
public enum FrenchKind implements FactCode {
  /** Hospitality: nights of accommodation (€150 TTC a night). */
  NIGHT("night"),
  /** Hospitality: meals (€50 a meal). */
  MEAL("meal"),
  /** Hospitality: snacks (€15 a snack). */
  SNACK("snack"),
  /** An event's registration fee (€1,000). */
  REGISTRATION("registration"),
  /** Fees for a service by an HCP (€200 an hour, €800 a half-day, €2,000 a convention). */
  FEE("fee"),
  /** Funding of training (€1,000). */
  TRAINING("training"),
  /** A gift for research (€5,000 to an HCP, €8,000 to an association). */
  RESEARCH_GIFT("research-gift"),
  /** An impromptu meal, négligeable at €30 or less, at most 2 a year. */
  IMPROMPTU_MEAL("impromptu-meal"),
  /** A book, négligeable at €30 or less, €150 a year. */
  BOOK("book"),
  /** A sample or demonstration unit, négligeable at €20 or less, at most 3 a year. */
  SAMPLE("sample");

  private final String code;

  FrenchKind(String code) {
    this.code = code;
  }

  /** The code of the fact {@link FranceFacts#KIND}, e.g. {@code meal}. */
  @Override
  public String code() {
    return code;
  }

  /** True for the hospitality kinds whose per-unit thresholds count {@link FranceFacts#UNITS}. */
  public boolean isHospitality() {
    return this == NIGHT || this == MEAL || this == SNACK;
  }

  /**
   * True for the kinds that can be négligeable (impromptu meals, books, samples): within their
   * limits they need neither declaration nor authorisation.
   */
  public boolean isNegligibleKind() {
    return this == IMPROMPTU_MEAL || this == BOOK || this == SAMPLE;
  }

  /** The kind with {@code code}, if any. */
  public static Optional<FrenchKind> ofCode(String code) {
    return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
  }

  /** Every code, in order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(FrenchKind::code).toList();
  }
}
