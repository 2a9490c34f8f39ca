package dev.kamkit.model.stakeholder;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ManufacturerEmploymentTest {
  private static final LocalDate HIRED = LocalDate.of(2024, 4, 1);
  private static final LocalDate LEFT = LocalDate.of(2025, 6, 30);

  @Test
  void anEmployeeIsOneFromTheFirstDayToTheLastInclusive() {
    ManufacturerEmployment e =
        ManufacturerEmployment.builder()
            .basis(EmploymentBasis.EMPLOYEE)
            .since(HIRED)
            .until(LEFT)
            .build();
    assertFalse(e.isEmployeeOn(HIRED.minusDays(1)));
    assertTrue(e.isEmployeeOn(HIRED));
    assertTrue(e.isEmployeeOn(LEFT));
    assertFalse(e.isEmployeeOn(LEFT.plusDays(1)));
  }

  @Test
  void anOpenEndedEmploymentCoversEveryDay() {
    ManufacturerEmployment e =
        ManufacturerEmployment.builder().basis(EmploymentBasis.EMPLOYEE).build();
    assertTrue(e.isEmployeeOn(LocalDate.of(2013, 8, 1)));
  }

  @Test
  void aContractorIsNeverAnEmployee() {
    ManufacturerEmployment e =
        ManufacturerEmployment.builder().basis(EmploymentBasis.CONTRACTOR).since(HIRED).build();
    assertFalse(e.isEmployeeOn(LEFT));
  }

  @Test
  void itEndsNoEarlierThanItBegins() {
    assertSingleViolation(
        () ->
            ManufacturerEmployment.builder()
                .basis(EmploymentBasis.EMPLOYEE)
                .since(LEFT)
                .until(HIRED)
                .build(),
        ModelCode.BEFORE,
        path("until"),
        "2024-04-01");
  }
}
