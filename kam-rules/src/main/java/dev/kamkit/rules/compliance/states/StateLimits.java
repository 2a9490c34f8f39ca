package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.Money;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * The figures and dates kamkit ships for the state rules: exactly what was checked against the
 * state statutes and regulators' pages (docs/sources.md). New Jersey's meal cap after 2019 is
 * CPI-indexed and its current value unverified, so those years are host settings ({@link
 * UsStatesPolicy#njMealCaps()}).
 */
public final class StateLimits {
  private StateLimits() {}

  /** Minnesota: gifts to one practitioner may total at most $50 per calendar year. */
  public static final Money MN_GIFT_LIMIT = Money.of("50.00", "USD");

  /** Massachusetts: a payment of more than $50, per transaction, is disclosed. */
  public static final Money MA_DISCLOSURE_THRESHOLD = Money.of("50.00", "USD");

  /** Massachusetts: 105 CMR 970 took effect in July 2009; the pack judges from its first day. */
  public static final LocalDate MA_EFFECTIVE = LocalDate.of(2009, 7, 1);

  /** Massachusetts: modest meals at non-CME presentations, reported quarterly, since 2012. */
  public static final int MA_MEALS_REPORTED_FROM = 2012;

  /** New Jersey: N.J.A.C. 13:45J dates from 2018; earlier years are not judged. */
  public static final int NJ_FIRST_YEAR = 2018;

  /** New Jersey: bona fide services to one prescriber, all manufacturers, per calendar year. */
  public static final Money NJ_SERVICES_CAP = Money.of("10000.00", "USD");

  /**
   * New Jersey: the first year in which research, advisory boards and speaking at education events
   * are left out of the services cap ("excluded after 2019").
   */
  public static final int NJ_SERVICE_EXCLUSIONS_FROM = 2020;

  /** New Jersey's verified meal caps, per person per meal: $15 in 2018, $30 in 2019. */
  public static final List<NjMealCap> NJ_MEAL_CAPS =
      List.of(
          NjMealCap.of(2018, "15.00", "N.J.A.C. 13:45J; Reed Smith, February 2018"),
          NjMealCap.of(2019, "30.00", "N.J.A.C. 13:45J as amended; NJBIA; Porzio"));

  /** Vermont: the disclosure of a calendar year is due by 1 April of the next. */
  public static final MonthDay VT_DISCLOSURE_DUE = MonthDay.of(4, 1);

  /** Vermont: registration is due by 1 January. */
  public static final MonthDay VT_REGISTRATION_DUE = MonthDay.of(1, 1);

  /** New Jersey's verified meal cap of {@code year}, if kamkit ships one. */
  public static Optional<NjMealCap> njMealCap(int year) {
    return NJ_MEAL_CAPS.stream().filter(c -> c.year() == year).findFirst();
  }

  /** The day the Vermont disclosure of {@code year} is due: 1 April of the next year. */
  public static LocalDate vtDisclosureDue(int year) {
    return VT_DISCLOSURE_DUE.atYear(year + 1);
  }
}
