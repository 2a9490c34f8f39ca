package dev.kamkit.rules.compliance.uk;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The Disclosure UK calendar of one period (ABPI, Disclosure UK): companies submit about the end of
 * March of the next year (the day is the host's, unverified) and the data is published at the end
 * of June or on 1 July (verified).
 *
 * @param year the period, a calendar year
 */
public record UkCalendar(int year) {

  /** The calendar of {@code year}. */
  public static UkCalendar of(int year) {
    return new UkCalendar(year);
  }

  /** The host's submission day in the next year. */
  public LocalDate submissionDeadline(MonthDay day) {
    return day.atYear(year + 1);
  }

  /** The earliest publication day the sources give: 30 June of the next year. */
  public LocalDate publicationFrom() {
    return LocalDate.of(year + 1, 6, 30);
  }

  /** The latest publication day the sources give: 1 July of the next year. */
  public LocalDate publicationBy() {
    return LocalDate.of(year + 1, 7, 1);
  }
}
