package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ValuePropositionTest {

  private static ValueProposition.Builder proposition() {
    return ValueProposition.builder()
        .statement("Fewer infusion-chair hours per first-line NSCLC patient");
  }

  @Test
  void hasADocumentedRationaleOnlyWithBothBusinessAndClinicalRationale() {
    assertFalse(proposition().build().hasDocumentedRationale());
    assertFalse(proposition().businessRationale("Chair capacity").build().hasDocumentedRationale());
    assertFalse(proposition().clinicalRationale("Q3W per label").build().hasDocumentedRationale());
    assertTrue(
        proposition()
            .businessRationale("Chair capacity")
            .clinicalRationale("Q3W per label")
            .build()
            .hasDocumentedRationale());
  }

  @Test
  void rejectsABlankStatementOrRationale() {
    assertSingleViolation(
        () -> proposition().statement(" ").build(), BLANK, path("statement"), "\" \"");
    assertSingleViolation(
        () -> proposition().businessRationale("").build(),
        BLANK,
        path("businessRationale"),
        "\"\"");
    assertSingleViolation(
        () -> proposition().clinicalRationale("").build(),
        BLANK,
        path("clinicalRationale"),
        "\"\"");
  }
}
