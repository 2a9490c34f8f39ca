package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A host's threshold row: Open Payments began with program year 2013. */
class ThresholdRowTest {

  @Test
  void programYear2013IsTheFirstARowMayHave() {
    assertEquals(2013, ThresholdRow.of(2013, "10.00", "100.00", "CMS, 2013").programYear());
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> ThresholdRow.of(2012, "10.00", "100.00", "CMS, 2012"));
    assertEquals(
        List.of("programYear"), e.violations().stream().map(ModelViolation::field).toList());
  }
}
