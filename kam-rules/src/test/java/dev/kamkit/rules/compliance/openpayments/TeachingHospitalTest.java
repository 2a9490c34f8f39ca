package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A listed teaching hospital carries the CCN and name its records need. */
class TeachingHospitalTest {

  @Test
  void aHospitalWithoutACcnIsRefusedNamingTheField() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> new TeachingHospital(OpFixture.HOSPITAL, " ", "UNIVERSITY MEDICAL CENTER"));
    assertEquals(List.of("ccn"), e.violations().stream().map(ModelViolation::field).toList());
  }
}
