package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.ModelCheck;
import java.time.LocalDate;

/**
 * The EFPIA calendar of one disclosure period (ABPI Code of Practice 2014, clause 21): the period
 * is a calendar year, disclosed within 6 months of its end (by 30 June of the next year), kept
 * public for at least 3 years, with records kept for at least 5 years. The first period was 2015,
 * disclosed by 30 June 2016.
 *
 * @param year the disclosure period, 2015 or later
 */
public record DisclosureCalendar(int year) {

  /** The first disclosure period. */
  public static final int FIRST_PERIOD = 2015;

  /** Years a disclosure stays public, at least. */
  public static final int MINIMUM_PUBLIC_YEARS = 3;

  /** Years records are kept, at least. */
  public static final int MINIMUM_RECORD_YEARS = 5;

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the year is before 2015
   */
  public DisclosureCalendar {
    ModelCheck.of("DisclosureCalendar", year)
        .notBefore("year", year, FIRST_PERIOD)
        .throwIfInvalid();
  }

  /** The calendar of {@code year}. */
  public static DisclosureCalendar of(int year) {
    return new DisclosureCalendar(year);
  }

  /** The last day of the period: 31 December. */
  public LocalDate periodEnd() {
    return LocalDate.of(year, 12, 31);
  }

  /** The last day to disclose: 30 June of the next year, 6 months after the period ends. */
  public LocalDate deadline() {
    return LocalDate.of(year + 1, 6, 30);
  }

  /** True if a disclosure published on {@code day} is on time: after the period, by 30 June. */
  public boolean isOnTime(LocalDate day) {
    return day.isAfter(periodEnd()) && !day.isAfter(deadline());
  }

  /** The first day a disclosure published on {@code published} may be taken down: 3 years on. */
  public static LocalDate publicAtLeastUntil(LocalDate published) {
    return published.plusYears(MINIMUM_PUBLIC_YEARS);
  }

  /**
   * The first day records may be discarded, 5 years after {@code from}. The sources give the length
   * but not the day it counts from, so the host names it (the disclosure, or the end of the
   * period).
   */
  public static LocalDate recordsKeptAtLeastUntil(LocalDate from) {
    return from.plusYears(MINIMUM_RECORD_YEARS);
  }
}
