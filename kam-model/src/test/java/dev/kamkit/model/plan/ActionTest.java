package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.ACTION_COMPLETION_MISSING;
import static dev.kamkit.model.base.ModelCode.ACTION_COMPLETION_NOT_COMPLETED;
import static dev.kamkit.model.base.ModelCode.ACTION_OWN_PARENT;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActionTest {
  private static final LocalDate START = LocalDate.of(2026, 9, 1);
  private static final LocalDate DUE = LocalDate.of(2026, 10, 31);

  private static Action.Builder cfoIntroduction() {
    return Action.builder()
        .id(ActionId.of("act-cfo-intro"))
        .title("Ask the pharmacy director to introduce us to the CFO")
        .startDate(START)
        .dueDate(DUE);
  }

  @Test
  void isPlannedUntilSaidOtherwise() {
    assertEquals(ActionStatus.PLANNED, cfoIntroduction().build().status());
  }

  @Test
  void anOpenActionIsOverdueFromTheDayAfterItsDueDate() {
    Action action = cfoIntroduction().status(ActionStatus.IN_PROGRESS).build();
    assertFalse(action.isOverdue(DUE.minusDays(1)));
    assertFalse(action.isOverdue(DUE));
    assertTrue(action.isOverdue(DUE.plusDays(1)));
    assertTrue(cfoIntroduction().build().isOverdue(DUE.plusDays(1)));
  }

  @Test
  void aClosedActionIsNeverOverdue() {
    Action done =
        cfoIntroduction().status(ActionStatus.COMPLETED).completedOn(DUE.plusDays(3)).build();
    Action dropped = cfoIntroduction().status(ActionStatus.CANCELLED).build();
    assertFalse(done.isOverdue(DUE.plusYears(1)));
    assertFalse(dropped.isOverdue(DUE.plusYears(1)));
  }

  @Test
  void anActionWithoutADueDateIsNeverOverdue() {
    Action undated = Action.builder().id(ActionId.of("a")).title("Map the IT team").build();
    assertFalse(undated.isOverdue(LocalDate.of(2099, 1, 1)));
  }

  @Test
  void rejectsADueDateBeforeTheStart() {
    ModelViolation v =
        assertSingleViolation(
            () -> cfoIntroduction().dueDate(START.minusDays(1)).build(),
            BEFORE,
            path("dueDate"),
            "2026-08-31");
    assertEquals(ModelSubject.of("Action", Arg.of(ActionId.of("act-cfo-intro"))), v.subject());
    assertArgs(v, Arg.text("startDate"), Arg.of(START));
  }

  @Test
  void mayBeDueOnTheDayItStarts() {
    assertEquals(START, cfoIntroduction().dueDate(START).build().dueDate().get());
  }

  @Test
  void aCompletedActionNeedsItsCompletionDate() {
    ModelViolation v =
        assertSingleViolation(
            () -> cfoIntroduction().status(ActionStatus.COMPLETED).build(),
            ACTION_COMPLETION_MISSING,
            path("completedOn"),
            ModelCheck.MISSING);
    assertArgs(v);
  }

  @Test
  void anOpenActionHasNoCompletionDate() {
    ModelViolation v =
        assertSingleViolation(
            () -> cfoIntroduction().status(ActionStatus.IN_PROGRESS).completedOn(DUE).build(),
            ACTION_COMPLETION_NOT_COMPLETED,
            path("completedOn"),
            "2026-10-31");
    assertArgs(v, Arg.of(ActionStatus.IN_PROGRESS));
  }

  @Test
  void cannotBeCompletedBeforeItStarted() {
    assertSingleViolation(
        () ->
            cfoIntroduction()
                .status(ActionStatus.COMPLETED)
                .completedOn(START.minusDays(1))
                .build(),
        BEFORE,
        path("completedOn"),
        "2026-08-31");
  }

  @Test
  void cannotBeItsOwnParent() {
    assertSingleViolation(
        () -> cfoIntroduction().parent(ActionId.of("act-cfo-intro")).build(),
        ACTION_OWN_PARENT,
        path("parent"),
        "act-cfo-intro");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    InvalidModelException e =
        assertInvalid(
            () ->
                cfoIntroduction()
                    .title(" ")
                    .dueDate(START.minusDays(2))
                    .status(ActionStatus.COMPLETED)
                    .build());
    assertEquals(3, e.violations().size());
    assertHasViolation(e, BLANK, path("title"), "\" \"");
    assertHasViolation(e, BEFORE, path("dueDate"), "2026-08-30");
    assertHasViolation(e, ACTION_COMPLETION_MISSING, path("completedOn"), ModelCheck.MISSING);
  }
}
