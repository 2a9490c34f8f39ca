package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.ATTRIBUTE_KEY;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountPlanTest {
  private static final LocalDate JUL_2 = LocalDate.of(2026, 7, 2);
  private static final LocalDate AUG_11 = LocalDate.of(2026, 8, 11);
  private static final LocalDate OCT_22 = LocalDate.of(2026, 10, 22);

  private static AccountPlan.Builder plan() {
    return AccountPlan.builder().name("Riverside Health FY2027 account plan");
  }

  private static Objective objective(String id) {
    return Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id).build();
  }

  @Test
  void isADraftWithNoSectionsUntilFilledIn() {
    AccountPlan plan = plan().build();
    assertEquals(PlanStatus.DRAFT, plan.status());
    assertEquals(Optional.empty(), plan.lastUpdated());
    assertEquals(Optional.empty(), plan.lastReviewed());
  }

  @Test
  void lastUpdatedIsTheLatestUpdateWhateverOrderTheyCameIn() {
    AccountPlan plan = plan().addUpdates(AUG_11, OCT_22, JUL_2).build();
    assertEquals(Optional.of(OCT_22), plan.lastUpdated());
    assertEquals(List.of(JUL_2, AUG_11, OCT_22), List.copyOf(plan.updates()));
  }

  @Test
  void lastReviewedIsTheLatestReview() {
    AccountPlan plan = plan().addReviews(OCT_22, JUL_2).build();
    assertEquals(Optional.of(OCT_22), plan.lastReviewed());
  }

  @Test
  void findsAnObjectiveById() {
    AccountPlan plan = plan().addObjectives(objective("o-1"), objective("o-2")).build();
    assertEquals("Objective o-2", plan.objective(ObjectiveId.of("o-2")).get().title());
    assertEquals(Optional.empty(), plan.objective(ObjectiveId.of("o-3")));
  }

  @Test
  void rejectsAPeriodThatEndsBeforeItStarts() {
    assertSingleViolation(
        () -> plan().periodStart(LocalDate.of(2026, 7, 1)).periodEnd(JUL_2.minusYears(1)).build(),
        BEFORE,
        path("periodEnd"),
        "2025-07-02");
  }

  @Test
  void rejectsABlankNameOrPriority() {
    assertSingleViolation(() -> plan().name("").build(), BLANK, path("name"), "\"\"");
    assertSingleViolation(
        () -> plan().addStrategicPriorities("Reduce oncology spend", " ").build(),
        BLANK,
        path("strategicPriorities").element(1),
        "\" \"");
  }

  @Test
  void rejectsDuplicateIdsInEverySection() {
    Action action = Action.builder().id(ActionId.of("a-1")).title("Call").build();
    Kpi kpi =
        Kpi.builder()
            .id(KpiId.of("k-1"))
            .name("Share")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.COMPANY)
            .build();
    AccountNeed need =
        AccountNeed.builder()
            .id(NeedId.of("n-1"))
            .description("Cost")
            .category(NeedCategory.COST_CONTAINMENT)
            .build();
    SharedValueInitiative initiative =
        SharedValueInitiative.builder().id(InitiativeId.of("i-1")).name("Adherence").build();
    CompetitorPosition rival =
        CompetitorPosition.builder().competitor("Rivaltis").threat(ThreatLevel.HIGH).build();
    PatientPathway pathway = PatientPathway.builder().condition("NSCLC").build();
    CustomerFeedback survey = CustomerFeedback.builder().date(JUL_2).netPromoterScore(20).build();
    InvalidModelException e =
        assertInvalid(
            () ->
                plan()
                    .addNeeds(need, need)
                    .addObjectives(objective("o-1"), objective("o-1"))
                    .addActions(action, action)
                    .addKpis(kpi, kpi)
                    .addCompetitiveLandscape(rival, rival)
                    .addSharedValueInitiatives(initiative, initiative)
                    .addPatientPathways(pathway, pathway)
                    .addVoiceOfAccount(survey, survey)
                    .build());
    assertEquals(8, e.violations().size());
    assertHasViolation(e, DUPLICATE, at("needs", 1, NeedId.of("n-1")).field("id"), "n-1");
    assertHasViolation(e, DUPLICATE, at("objectives", 1, ObjectiveId.of("o-1")).field("id"), "o-1");
    assertHasViolation(e, DUPLICATE, at("actions", 1, ActionId.of("a-1")).field("id"), "a-1");
    assertHasViolation(e, DUPLICATE, at("kpis", 1, KpiId.of("k-1")).field("id"), "k-1");
    assertHasViolation(
        e,
        DUPLICATE,
        at("competitiveLandscape", 1, "Rivaltis").field("competitor"),
        "\"Rivaltis\"");
    assertHasViolation(
        e, DUPLICATE, at("sharedValueInitiatives", 1, InitiativeId.of("i-1")).field("id"), "i-1");
    assertHasViolation(
        e, DUPLICATE, at("patientPathways", 1, "NSCLC").field("condition"), "\"NSCLC\"");
    assertHasViolation(e, DUPLICATE, at("voiceOfAccount", 1, JUL_2).field("date"), "2026-07-02");
  }

  @Test
  void rejectsABlankAttributeKey() {
    assertSingleViolation(
        () -> plan().putAttribute("", AttributeValue.text("x")).build(),
        ATTRIBUTE_KEY,
        path("attributes").entry(""),
        "\"\"");
  }
}
