package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgressRollupTest {
  private static final ObjectiveId LISTING = ObjectiveId.of("listing");
  private static final ObjectiveId ACCESS = ObjectiveId.of("access");

  private static Action action(String id, ActionStatus status, ObjectiveId objective) {
    Action.Builder a =
        Action.builder()
            .id(ActionId.of(id))
            .title(id)
            .status(status)
            .dueDate(AS_OF.minusDays(1))
            .addObjective(objective);
    return (status == ActionStatus.COMPLETED ? a.completedOn(AS_OF.minusDays(2)) : a).build();
  }

  private static Action child(String id, ActionStatus status, String parent) {
    Action.Builder a =
        Action.builder().id(ActionId.of(id)).title(id).status(status).parent(ActionId.of(parent));
    return (status == ActionStatus.COMPLETED ? a.completedOn(AS_OF.minusDays(2)) : a).build();
  }

  @Test
  void progressRollsUpFromSubActionsToObjectivesToThePlan() {
    AccountPlan plan =
        AccountPlan.builder()
            .name("p")
            .addObjective(Objective.builder().id(LISTING).title("Listing").build())
            .addObjective(Objective.builder().id(ACCESS).title("Access").build())
            .addObjective(
                Objective.builder()
                    .id(ObjectiveId.of("dropped"))
                    .title("Dropped")
                    .status(ObjectiveStatus.CANCELLED)
                    .build())
            .addAction(action("dossier", ActionStatus.COMPLETED, LISTING))
            .addAction(action("pt-meeting", ActionStatus.IN_PROGRESS, LISTING))
            .addAction(child("pt-prep", ActionStatus.COMPLETED, "pt-meeting"))
            .addAction(child("pt-slot", ActionStatus.COMPLETED, "pt-meeting"))
            .addAction(child("pt-extra", ActionStatus.CANCELLED, "pt-meeting"))
            .addAction(action("payer-call", ActionStatus.PLANNED, ACCESS))
            .build();
    PlanProgress progress = ProgressRollup.of(plan, AS_OF);

    // pt-meeting is complete through its children, so the listing objective is complete too
    assertEquals(
        List.of(Progress.of(Optional.of(ActionId.of("pt-meeting")), 2, 2)), progress.actions());
    assertEquals(Progress.of(Optional.of(LISTING), 2, 2), progress.objectives().get(2));
    assertEquals(Progress.of(Optional.of(ACCESS), 0, 1), progress.objectives().get(0));
    assertEquals(Progress.of(Optional.empty(), 1, 2), progress.plan());
    assertEquals(Optional.of(new BigDecimal("50.0")), progress.plan().percent());
    assertEquals(List.of(ActionId.of("payer-call"), ActionId.of("pt-meeting")), progress.overdue());
  }

  @Test
  void anItemWithoutChildrenHasNoPercentage() {
    assertEquals(Optional.empty(), Progress.of(Optional.empty(), 0, 0).percent());
  }

  private static Action linked(String id, ActionStatus status, String parent, ObjectiveId... os) {
    Action.Builder a =
        Action.builder().id(ActionId.of(id)).title(id).status(status).addObjectives(os);
    if (parent != null) {
      a.parent(ActionId.of(parent));
    }
    return (status == ActionStatus.COMPLETED ? a.completedOn(AS_OF.minusDays(2)) : a).build();
  }

  @Test
  void anActionAdvancesAnObjectiveOnlyWhereNoAncestorIsLinkedToItAlready() {
    AccountPlan plan =
        AccountPlan.builder()
            .name("p")
            .addObjective(Objective.builder().id(LISTING).title("Listing").build())
            .addObjective(Objective.builder().id(ACCESS).title("Access").build())
            .addObjective(
                Objective.builder()
                    .id(ObjectiveId.of("won"))
                    .title("Won")
                    .status(ObjectiveStatus.ACHIEVED)
                    .build())
            .addAction(linked("meeting", ActionStatus.PLANNED, null, LISTING))
            .addAction(linked("prep", ActionStatus.COMPLETED, "meeting"))
            // linked to LISTING through its grandparent, to ACCESS on its own
            .addAction(linked("slot", ActionStatus.PLANNED, "prep", LISTING, ACCESS))
            // its parent is not in this plan, so it counts on its own
            .addAction(linked("stray", ActionStatus.COMPLETED, "ghost", ACCESS))
            .build();
    PlanProgress progress = ProgressRollup.of(plan, AS_OF);

    // objectives sorted by id: access, listing, won
    assertEquals(Progress.of(Optional.of(ACCESS), 1, 2), progress.objectives().get(0));
    // meeting is complete because its only child, prep, is
    assertEquals(Progress.of(Optional.of(LISTING), 1, 1), progress.objectives().get(1));
    // an achieved objective is done whatever its actions say
    assertEquals(
        Progress.of(Optional.of(ObjectiveId.of("won")), 0, 0), progress.objectives().get(2));
    assertEquals(Progress.of(Optional.empty(), 2, 3), progress.plan());
  }

  @Test
  void aSubActionWhoseParentIsNotInThePlanAdvancesItsObjectiveOnItsOwn() {
    AccountPlan plan =
        AccountPlan.builder()
            .name("p")
            .addObjective(Objective.builder().id(LISTING).title("Listing").build())
            .addAction(linked("meeting", ActionStatus.PLANNED, null, LISTING))
            .addAction(linked("stray", ActionStatus.COMPLETED, "ghost", LISTING))
            .build();
    PlanProgress progress = ProgressRollup.of(plan, AS_OF);

    // both count: the stray one has no ancestor here that already links it to the listing
    assertEquals(Progress.of(Optional.of(LISTING), 1, 2), progress.objectives().get(0));
    // half done is not done, so the plan has no objective met yet
    assertEquals(Progress.of(Optional.empty(), 0, 1), progress.plan());
  }
}
