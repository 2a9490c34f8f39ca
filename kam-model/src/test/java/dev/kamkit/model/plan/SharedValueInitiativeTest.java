package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.INITIATIVE_LAUNCH_NOT_LAUNCHED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.InitiativeId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SharedValueInitiativeTest {
  private static final LocalDate LAUNCH = LocalDate.of(2026, 10, 1);

  private static SharedValueInitiative.Builder readmissions() {
    return SharedValueInitiative.builder()
        .id(InitiativeId.of("init-hf"))
        .name("Heart-failure readmission reduction programme")
        .rationale("Readmission penalties; guideline-directed therapy at discharge");
  }

  @Test
  void isProposedUntilSaidOtherwise() {
    assertEquals(InitiativeStatus.PROPOSED, readmissions().build().status());
  }

  @Test
  void recordsALaunchDateOnceLaunchedCompletedOrStopped() {
    for (InitiativeStatus status :
        new InitiativeStatus[] {
          InitiativeStatus.LAUNCHED, InitiativeStatus.COMPLETED, InitiativeStatus.STOPPED
        }) {
      assertEquals(
          LAUNCH, readmissions().status(status).launchedOn(LAUNCH).build().launchedOn().get());
    }
  }

  @Test
  void rejectsALaunchDateBeforeLaunch() {
    for (InitiativeStatus status :
        new InitiativeStatus[] {InitiativeStatus.PROPOSED, InitiativeStatus.AGREED}) {
      ModelViolation v =
          assertSingleViolation(
              () -> readmissions().status(status).launchedOn(LAUNCH).build(),
              INITIATIVE_LAUNCH_NOT_LAUNCHED,
              path("launchedOn"),
              "2026-10-01");
      assertArgs(v, Arg.of(status));
    }
  }

  @Test
  void rejectsABlankNameOrRationale() {
    assertSingleViolation(() -> readmissions().name(" ").build(), BLANK, path("name"), "\" \"");
    assertSingleViolation(
        () -> readmissions().rationale("").build(), BLANK, path("rationale"), "\"\"");
  }
}
