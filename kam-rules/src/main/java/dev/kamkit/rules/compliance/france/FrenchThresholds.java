package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.Money;
import java.time.LocalDate;

/**
 * The French figures kamkit ships, all checked against Leem's "Transparence des liens" page and
 * décret 2020-730 with its arrêtés (docs/sources.md), in euros TTC.
 *
 * <p>Transparence des liens (CSP L1453-1 ff.; Leem): avantages of €10 TTC are published. Anti-gift
 * law, in force from 1 October 2020 (Vigier; Hogan Lovells FR; EMFPS): authorisation, not
 * declaration, is needed above hospitality of €150 a night, €50 a meal, €15 a snack, €2,000 in
 * total, a registration of €1,000; HCP fees of €200 an hour, €800 a half-day, €2,000 a convention;
 * training funding of €1,000; research gifts of €5,000 to an HCP, €8,000 to an association.
 * Négligeable, so exempt: impromptu meals of €30 or less, at most 2 a calendar year; books of €30
 * or less, €150 a year; samples or demonstration units of €20 or less, at most 3 a year, each per
 * beneficiary per company.
 */
public final class FrenchThresholds {
  private FrenchThresholds() {}

  /** Sources of the anti-gift figures. */
  public static final String LEA_SOURCE =
      "Loi anti-cadeaux, CSP L1453-3 ff. (1 October 2020; Vigier; Hogan Lovells FR; EMFPS)";

  /** Source of the routing: a declaration at or below the thresholds, an authorisation above. */
  public static final String LEA_ROUTING_SOURCE = "Décret 2020-730 (Leem; Hogan Lovells FR)";

  /** Source of the publication threshold. */
  public static final String TRANSPARENCY_SOURCE =
      "Transparence des liens, CSP L1453-1 ff. (Loi Bertrand; Leem)";

  /** The first day the anti-gift law applies. */
  public static final LocalDate LEA_START = LocalDate.of(2020, 10, 1);

  /** Publication threshold. */
  public static final Money PUBLICATION = eur("10.00");

  /** Hospitality per night. */
  public static final Money NIGHT = eur("150.00");

  /** Hospitality per meal. */
  public static final Money MEAL = eur("50.00");

  /** Hospitality per snack. */
  public static final Money SNACK = eur("15.00");

  /** Hospitality of one beneficiary for one event, in total. */
  public static final Money HOSPITALITY_TOTAL = eur("2000.00");

  /** Registration fee. */
  public static final Money REGISTRATION = eur("1000.00");

  /** HCP fee per hour. */
  public static final Money FEE_PER_HOUR = eur("200.00");

  /** HCP fee per half-day. */
  public static final Money FEE_PER_HALF_DAY = eur("800.00");

  /** HCP fees of one convention, in total. */
  public static final Money FEE_PER_CONVENTION = eur("2000.00");

  /** Training funding. */
  public static final Money TRAINING = eur("1000.00");

  /** Research gift to an HCP. */
  public static final Money RESEARCH_GIFT_HCP = eur("5000.00");

  /** Research gift to an association. */
  public static final Money RESEARCH_GIFT_ASSOCIATION = eur("8000.00");

  /** Largest négligeable impromptu meal. */
  public static final Money IMPROMPTU_MEAL = eur("30.00");

  /** Négligeable impromptu meals per beneficiary per calendar year. */
  public static final int IMPROMPTU_MEALS_PER_YEAR = 2;

  /** Largest négligeable book. */
  public static final Money BOOK = eur("30.00");

  /** Négligeable books per beneficiary per calendar year, in total. */
  public static final Money BOOKS_PER_YEAR = eur("150.00");

  /** Largest négligeable sample or demonstration unit. */
  public static final Money SAMPLE = eur("20.00");

  /** Négligeable samples per beneficiary per calendar year. */
  public static final int SAMPLES_PER_YEAR = 3;

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
