package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ModelViolationTest {

  @Test
  void readsAsOneLineNamingSubjectFieldValueAndProblem() {
    ModelViolation v =
        new ModelViolation("Stakeholder s-12", "hcp.npi", "\"123\"", "must be exactly ten digits");
    assertEquals("Stakeholder s-12: hcp.npi = \"123\": must be exactly ten digits", v.toString());
  }

  @Test
  void refusesNullParts() {
    String none = null;
    assertThrows(NullPointerException.class, () -> new ModelViolation(none, "f", "v", "p"));
    assertThrows(NullPointerException.class, () -> new ModelViolation("s", none, "v", "p"));
    assertThrows(NullPointerException.class, () -> new ModelViolation("s", "f", none, "p"));
    assertThrows(NullPointerException.class, () -> new ModelViolation("s", "f", "v", none));
  }
}
