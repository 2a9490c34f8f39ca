package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.explain.Arg;
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
        ModelSubject.of("ClinicalUnit", Arg.of(ONC)),
        assertSingleViolation(
                () -> ClinicalUnit.builder().id(ONC).name("").build(), BLANK, path("name"), "\"\"")
            .subject());
  }

  @Test
  void rejectsABlankSpecialty() {
    assertSingleViolation(
        () -> ClinicalUnit.builder().id(ONC).name("Oncology").specialty(" ").build(),
        BLANK,
        path("specialty"),
        "\" \"");
  }
}
