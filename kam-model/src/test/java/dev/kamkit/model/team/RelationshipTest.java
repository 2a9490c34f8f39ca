package dev.kamkit.model.team;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RelationshipTest {
  private static final LocalDate LAST = LocalDate.of(2026, 10, 20);

  private static Relationship.Builder kamWithPharmacyDirector() {
    return Relationship.builder()
        .teamMember(TeamMemberId.of("kam"))
        .stakeholder(StakeholderId.of("pharmacy-director"))
        .strength(RelationshipStrength.STRONG);
  }

  @Test
  void isActiveWhenTheLastInteractionFallsWithinTheWindowInclusive() {
    Relationship r = kamWithPharmacyDirector().lastInteraction(LAST).build();
    assertTrue(r.isActive(LAST, 90));
    assertTrue(r.isActive(LAST.plusDays(90), 90));
    assertFalse(r.isActive(LAST.plusDays(91), 90));
  }

  @Test
  void anInteractionAfterTheDayAskedAboutDoesNotCount() {
    Relationship r = kamWithPharmacyDirector().lastInteraction(LAST).build();
    assertFalse(r.isActive(LAST.minusDays(1), 90));
  }

  @Test
  void isActiveOnTheDayOfTheInteractionWithAZeroDayWindow() {
    Relationship r = kamWithPharmacyDirector().lastInteraction(LAST).build();
    assertTrue(r.isActive(LAST, 0));
    assertFalse(r.isActive(LAST.plusDays(1), 0));
  }

  @Test
  void isNeverActiveWithoutAnyInteraction() {
    assertFalse(kamWithPharmacyDirector().build().isActive(LAST, 10_000));
  }

  @Test
  void rejectsALastInteractionBeforeTheRelationshipBegan() {
    assertEquals(
        ModelSubject.of(
            "Relationship",
            Arg.of(TeamMemberId.of("kam")),
            Arg.of(StakeholderId.of("pharmacy-director"))),
        assertSingleViolation(
                () ->
                    kamWithPharmacyDirector()
                        .since(LAST)
                        .lastInteraction(LAST.minusDays(1))
                        .build(),
                BEFORE,
                path("lastInteraction"),
                "2026-10-19")
            .subject());
  }
}
