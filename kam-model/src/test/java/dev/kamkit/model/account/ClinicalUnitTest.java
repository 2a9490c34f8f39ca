package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.ClinicalUnitId;
import org.junit.jupiter.api.Test;

class ClinicalUnitTest {
  private static final ClinicalUnitId ONC = ClinicalUnitId.of("memorial-onc");

  @Test
  void carriesItsSpecialty() {
    ClinicalUnit unit =
        ClinicalUnit.builder().id(ONC).name("Oncology").specialty("Oncology").build();
    assertEquals("Oncology", unit.specialty().get());
  }

  @Test
  void rejectsABlankName() {
    assertEquals(
        "ClinicalUnit memorial-onc",
        assertSingleViolation(() -> ClinicalUnit.builder().id(ONC).name("").build(), "name", "\"\"")
            .subject());
  }

  @Test
  void rejectsABlankSpecialty() {
    assertSingleViolation(
        () -> ClinicalUnit.builder().id(ONC).name("Oncology").specialty(" ").build(),
        "specialty",
        "\" \"");
  }
}
