package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
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
    assertHasViolation(e, "strengths[1]", "\"\"");
    assertHasViolation(e, "weaknesses[0]", "\" \"");
    assertHasViolation(e, "opportunities[2]", "\"\t\"");
    assertHasViolation(e, "threats[0]", "\"\"");
  }
}
