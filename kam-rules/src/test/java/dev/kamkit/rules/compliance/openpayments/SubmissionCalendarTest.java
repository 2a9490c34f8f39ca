package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/** The program-year calendar of Open Payments (CMS Open Payments program notices; AAMC). */
class SubmissionCalendarTest {
  private static final SubmissionCalendar PY2025 = SubmissionCalendar.of(2025);

  @Test
  void theDatesOfProgramYear2025() {
    assertEquals(LocalDate.of(2025, 1, 1), PY2025.collectionStart());
    assertEquals(LocalDate.of(2025, 12, 31), PY2025.collectionEnd());
    assertEquals(LocalDate.of(2026, 2, 1), PY2025.submissionOpens());
    assertEquals(LocalDate.of(2026, 3, 31), PY2025.submissionDeadline());
    assertEquals(LocalDate.of(2026, 4, 1), PY2025.reviewAndDisputeStart());
    assertEquals(LocalDate.of(2026, 5, 15), PY2025.reviewAndDisputeEnd());
    assertEquals(LocalDate.of(2026, 5, 30), PY2025.correctionDeadline());
    assertEquals(LocalDate.of(2026, 6, 30), PY2025.publicationDeadline());
  }

  @Test
  void aSubmissionIsOnTimeFrom1FebruaryTo31March() {
    assertFalse(PY2025.isOnTime(LocalDate.of(2026, 1, 31)));
    assertTrue(PY2025.isOnTime(LocalDate.of(2026, 2, 1)));
    assertTrue(PY2025.isOnTime(LocalDate.of(2026, 3, 31)));
    assertFalse(PY2025.isOnTime(LocalDate.of(2026, 4, 1)));
  }

  @Test
  void theDeadlineIs1159pmEasternTime() {
    ZoneId eastern = ZoneId.of("America/New_York");
    assertTrue(
        PY2025.isOnTime(ZonedDateTime.of(LocalDateTime.of(2026, 3, 31, 23, 59, 59), eastern)));
    assertFalse(PY2025.isOnTime(ZonedDateTime.of(LocalDateTime.of(2026, 4, 1, 0, 0), eastern)));
    // 04:30 UTC on 1 April is 00:30 EDT: late; 03:30 UTC is 23:30 EDT on 31 March: on time
    ZoneId utc = ZoneId.of("UTC");
    assertFalse(PY2025.isOnTime(ZonedDateTime.of(LocalDateTime.of(2026, 4, 1, 4, 30), utc)));
    assertTrue(PY2025.isOnTime(ZonedDateTime.of(LocalDateTime.of(2026, 4, 1, 3, 30), utc)));
  }

  @Test
  void programYear2013RanOnItsOwnTimeline() {
    assertThrows(InvalidModelException.class, () -> SubmissionCalendar.of(2013));
    assertEquals(LocalDate.of(2015, 3, 31), SubmissionCalendar.of(2014).submissionDeadline());
  }
}
