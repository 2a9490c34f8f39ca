package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathwayStageTest {

  @Test
  void keepsPainPointsInOrder() {
    PathwayStage diagnosis =
        PathwayStage.builder()
            .name("Diagnosis")
            .addPainPoints("Biomarker results take 14 days", "Biopsy backlog")
            .build();
    assertEquals(
        List.of("Biomarker results take 14 days", "Biopsy backlog"), diagnosis.painPoints());
  }

  @Test
  void rejectsABlankNameOrPainPoint() {
    assertSingleViolation(
        () -> PathwayStage.builder().name(" ").build(), BLANK, path("name"), "\" \"");
    assertSingleViolation(
        () -> PathwayStage.builder().name("Diagnosis").addPainPoint("").build(),
        BLANK,
        path("painPoints").element(0),
        "\"\"");
  }
}
