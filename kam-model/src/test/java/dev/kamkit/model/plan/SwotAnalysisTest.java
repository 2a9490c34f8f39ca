package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.InvalidModelException;
import org.junit.jupiter.api.Test;

class SwotAnalysisTest {

  @Test
  void rejectsABlankEntryInAnyQuadrant() {
    InvalidModelException e =
        assertInvalid(
            () ->
                SwotAnalysis.builder()
                    .addStrengths("Trusted by oncology", "")
                    .addWeaknesses(" ")
                    .addOpportunities("CRC approval", "Northgate evaluation", "\t")
                    .addThreats("")
                    .build());
    assertEquals(4, e.violations().size());
    assertHasViolation(e, BLANK, path("strengths").element(1), "\"\"");
    assertHasViolation(e, BLANK, path("weaknesses").element(0), "\" \"");
    assertHasViolation(e, BLANK, path("opportunities").element(2), "\"\t\"");
    assertHasViolation(e, BLANK, path("threats").element(0), "\"\"");
  }
}
