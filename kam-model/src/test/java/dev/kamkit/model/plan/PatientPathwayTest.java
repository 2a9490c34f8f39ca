package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PatientPathwayTest {

  private static PathwayStage stage(String name) {
    return PathwayStage.builder().name(name).build();
  }

  @Test
  void keepsStagesInTheOrderPatientsPassThem() {
    PatientPathway pathway =
        PatientPathway.builder()
            .condition("Metastatic NSCLC")
            .addStages(stage("Diagnosis"), stage("Treatment"), stage("Follow-up"))
            .build();
    assertEquals("Follow-up", pathway.stages().get(2).name());
  }

  @Test
  void rejectsTwoStagesWithOneName() {
    assertSingleViolation(
        () ->
            PatientPathway.builder()
                .condition("Metastatic NSCLC")
                .addStages(stage("Diagnosis"), stage("Diagnosis"))
                .build(),
        DUPLICATE,
        at("stages", 1, "Diagnosis").field("name"),
        "\"Diagnosis\"");
  }

  @Test
  void rejectsABlankCondition() {
    assertSingleViolation(
        () -> PatientPathway.builder().condition("").build(), BLANK, path("condition"), "\"\"");
  }
}
