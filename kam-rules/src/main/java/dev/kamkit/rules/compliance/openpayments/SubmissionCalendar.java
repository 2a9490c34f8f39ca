package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The Open Payments calendar of one program year (CMS Open Payments program notices; AAMC): data
 * collected 1 January - 31 December; submission and attestation from 1 February to 31 March of the
 * next year, both by 11:59 pm Eastern time on 31 March (late records are non-compliant); recipient
 * review and dispute 1 April - 15 May; disputes resolved and records corrected by 30 May;
 * publication by 30 June.
 *
 * <p>These are the standing annual dates CMS announced for PY2022 and PY2025. PY2013, the first and
 * partial year (collection from 1 August 2013), ran on a different, unverified timeline and is
 * refused. Whether CMS moves a deadline that falls on a weekend, and the statute's "90th day"
 * wording, are unverified and not applied.
 *
 * @param programYear the program year, 2014 or later
 */
public record SubmissionCalendar(int programYear) {

  /** Submission deadlines are stated in US Eastern time. */
  public static final ZoneId DEADLINE_ZONE = ZoneId.of("America/New_York");

  /**
   * @throws dev.kamkit.model.base.InvalidModelException if the year is before 2014
   */
  public SubmissionCalendar {
    ModelCheck.of("SubmissionCalendar", programYear)
        // PY2013 ran on its own first-year timeline
        .notBefore("programYear", programYear, 2014)
        .throwIfInvalid();
  }

  /** The calendar of {@code programYear}. */
  public static SubmissionCalendar of(int programYear) {
    return new SubmissionCalendar(programYear);
  }

  /** The first day whose payments belong to the program year: 1 January. */
  public LocalDate collectionStart() {
    return LocalDate.of(programYear, 1, 1);
  }

  /** The last day whose payments belong to the program year: 31 December. */
  public LocalDate collectionEnd() {
    return LocalDate.of(programYear, 12, 31);
  }

  /** The first day of submission and attestation: 1 February of the next year. */
  public LocalDate submissionOpens() {
    return LocalDate.of(programYear + 1, 2, 1);
  }

  /** The last day of submission and attestation: 31 March of the next year. */
  public LocalDate submissionDeadline() {
    return LocalDate.of(programYear + 1, 3, 31);
  }

  /** The moment after which a submission or attestation is late: 11:59 pm ET on 31 March. */
  public ZonedDateTime submissionDeadlineTime() {
    return ZonedDateTime.of(submissionDeadline(), LocalTime.of(23, 59), DEADLINE_ZONE);
  }

  /** The first day recipients may review and dispute: 1 April. */
  public LocalDate reviewAndDisputeStart() {
    return LocalDate.of(programYear + 1, 4, 1);
  }

  /** The last day recipients may review and dispute: 15 May. */
  public LocalDate reviewAndDisputeEnd() {
    return LocalDate.of(programYear + 1, 5, 15);
  }

  /** The day by which reporting entities resolve disputes and correct records: 30 May. */
  public LocalDate correctionDeadline() {
    return LocalDate.of(programYear + 1, 5, 30);
  }

  /** The day by which CMS publishes the program year's data: 30 June. */
  public LocalDate publicationDeadline() {
    return LocalDate.of(programYear + 1, 6, 30);
  }

  /**
   * True if a submission or attestation on {@code day} (Eastern time) is on time: within 1 February
   * - 31 March of the next year. A day before the window opens is not a submission in the window,
   * so it is not on time either.
   */
  public boolean isOnTime(LocalDate day) {
    return !day.isBefore(submissionOpens()) && !day.isAfter(submissionDeadline());
  }

  /**
   * True if a submission or attestation at {@code moment} is on time: on or after 1 February and no
   * later than the minute 11:59 pm Eastern time on 31 March (any second within that minute counts
   * as 11:59 pm).
   */
  public boolean isOnTime(ZonedDateTime moment) {
    ZonedDateTime eastern = moment.withZoneSameInstant(DEADLINE_ZONE);
    return !eastern.toLocalDate().isBefore(submissionOpens())
        && eastern.isBefore(submissionDeadlineTime().plusMinutes(1));
  }
}
