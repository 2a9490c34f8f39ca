package dev.kamkit.model.engagement;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertHasViolation;
import static dev.kamkit.model.base.ModelAssertions.assertInvalid;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.INTERACTION_NEED_OF_ABSENTEE;
import static dev.kamkit.model.base.ModelCode.INTERACTION_NO_TEAM_MEMBER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InteractionTest {

  private static Interaction.Builder qbr() {
    return Interaction.builder()
        .id(InteractionId.of("int-1"))
        .date(LocalDate.of(2026, 10, 20))
        .channel(Channel.IN_PERSON)
        .addTeamMember(TeamMemberId.of("kam"))
        .addStakeholder(StakeholderId.of("pharmacy-director"))
        .purpose("Quarterly business review");
  }

  @Test
  void isCompletedAndSolicitedUnlessSaidOtherwise() {
    Interaction interaction = qbr().build();
    assertEquals(InteractionStatus.COMPLETED, interaction.status());
    assertFalse(interaction.unsolicitedRequest());
  }

  @Test
  void recordsProductsDiscussedWithTheirIndication() {
    ProductDiscussion discussion =
        ProductDiscussion.of(
            ProductId.of("oncoxa"), Optional.of(IndicationId.of("oncoxa-nsclc-1l")));
    Interaction interaction =
        qbr().addProductsDiscussed(discussion).unsolicitedRequest(true).build();
    assertEquals(discussion, interaction.productsDiscussed().get(0));
    assertTrue(interaction.unsolicitedRequest());
  }

  @Test
  void needsAtLeastOneOfOurTeamMembers() {
    assertSingleViolation(
        () -> qbr().teamMembers(Set.of()).build(),
        INTERACTION_NO_TEAM_MEMBER,
        path("teamMembers"),
        "[]");
  }

  @Test
  void mayHaveNoStakeholderForAnInternalPreparation() {
    assertTrue(qbr().stakeholders(Set.of()).build().stakeholders().isEmpty());
  }

  @Test
  void rejectsABlankPurposeOrRationale() {
    InvalidModelException e = assertInvalid(() -> qbr().purpose("").rationale(" ").build());
    assertEquals(2, e.violations().size());
    assertHasViolation(e, BLANK, path("purpose"), "\"\"");
    assertHasViolation(e, BLANK, path("rationale"), "\" \"");
  }

  @Test
  void aSpeakerProgrammeRecordsANeedOnlyForItsAttendees() {
    StakeholderId attendee = StakeholderId.of("pharmacy-director");
    SpeakerProgram.Builder talk =
        SpeakerProgram.builder().topic("Neutropenia management").venue(Venue.RESTAURANT);
    Interaction programme = qbr().speakerProgram(talk.addNeedRecordedFor(attendee).build()).build();
    assertFalse(programme.speakerProgram().get().companyPaidAlcohol());
    assertFalse(programme.speakerProgram().get().mealServed());
    ModelViolation v =
        assertSingleViolation(
            () ->
                qbr()
                    .speakerProgram(talk.addNeedRecordedFor(StakeholderId.of("stranger")).build())
                    .build(),
            INTERACTION_NEED_OF_ABSENTEE,
            path("speakerProgram", "needRecordedFor"),
            "[stranger]");
    assertArgs(v);
    assertEquals(Optional.of(Arg.list(Arg.of(StakeholderId.of("stranger")))), v.value());
  }

  @Test
  void aSpeakerProgrammeHasATopic() {
    assertSingleViolation(
        () -> SpeakerProgram.builder().topic("").venue(Venue.VIRTUAL).build(),
        BLANK,
        path("topic"),
        "\"\"");
  }

  @Test
  void aSpeakerProgrammesTherapeuticAreaIsNotBlankWhenRecorded() {
    assertSingleViolation(
        () ->
            SpeakerProgram.builder()
                .topic("Neutropenia")
                .venue(Venue.VIRTUAL)
                .therapeuticArea(" ")
                .build(),
        BLANK,
        path("therapeuticArea"),
        "\" \"");
    assertEquals(
        Optional.of("Oncology"),
        SpeakerProgram.builder()
            .topic("Neutropenia")
            .venue(Venue.VIRTUAL)
            .therapeuticArea("Oncology")
            .build()
            .therapeuticArea());
  }

  @Test
  void venuesSayWhichAreHighEndEntertainmentOrRestaurants() {
    assertTrue(Venue.HIGH_END_RESTAURANT.isHighEnd() && Venue.LUXURY_RESORT.isHighEnd());
    assertFalse(Venue.RESTAURANT.isHighEnd());
    assertTrue(Venue.ENTERTAINMENT_VENUE.isEntertainment());
    assertFalse(Venue.LUXURY_RESORT.isEntertainment());
    assertTrue(Venue.RESTAURANT.isRestaurant() && Venue.HIGH_END_RESTAURANT.isRestaurant());
    assertFalse(Venue.MEETING_ROOM.isRestaurant());
  }
}
