package dev.kamkit.model;

import static dev.kamkit.model.TestAccounts.KAM;
import static dev.kamkit.model.TestAccounts.ONCOLOGIST;
import static dev.kamkit.model.TestAccounts.PHARMACIST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.team.Relationship;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LastContactsTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final Relationship WITH_ONCOLOGIST = TestAccounts.relationship(KAM, ONCOLOGIST);

  private static Interaction call(String id, LocalDate date, InteractionStatus status) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .status(status)
        .channel(Channel.PHONE)
        .addTeamMember(KAM)
        .addStakeholder(ONCOLOGIST)
        .purpose("Follow-up")
        .build();
  }

  private static LastContacts contacts(Interaction... log) {
    return LastContacts.of(TestAccounts.valid().addInteractions(log).build(), AS_OF);
  }

  @Test
  void theLatestCompletedInteractionOnOrBeforeTheDayCounts() {
    LastContacts contacts =
        contacts(
            call("early", LocalDate.of(2026, 3, 1), InteractionStatus.COMPLETED),
            call("on-the-day", AS_OF, InteractionStatus.COMPLETED),
            call("tomorrow", AS_OF.plusDays(1), InteractionStatus.COMPLETED),
            call("planned", AS_OF.minusDays(1), InteractionStatus.PLANNED),
            call("cancelled", AS_OF.minusDays(1), InteractionStatus.CANCELLED));

    assertEquals(Optional.of(AS_OF), contacts.of(WITH_ONCOLOGIST));
    assertEquals(AS_OF, contacts.asOf());
  }

  @Test
  void theRecordedDateCountsWhenItIsLaterAndNotAfterTheDay() {
    LastContacts contacts =
        contacts(call("call", LocalDate.of(2026, 3, 1), InteractionStatus.COMPLETED));
    LocalDate recorded = LocalDate.of(2026, 5, 2);

    assertEquals(
        Optional.of(recorded),
        contacts.of(Relationship.copyOf(WITH_ONCOLOGIST).withLastInteraction(recorded)));
    assertEquals(
        Optional.of(LocalDate.of(2026, 3, 1)),
        contacts.of(
            Relationship.copyOf(WITH_ONCOLOGIST).withLastInteraction(LocalDate.of(2026, 1, 9))));
    assertEquals(
        Optional.of(LocalDate.of(2026, 3, 1)),
        contacts.of(Relationship.copyOf(WITH_ONCOLOGIST).withLastInteraction(AS_OF.plusDays(1))),
        "a recorded date after the day has not happened yet");
  }

  @Test
  void onlyTheSamePairCounts() {
    LastContacts contacts =
        contacts(call("call", LocalDate.of(2026, 3, 1), InteractionStatus.COMPLETED));

    assertEquals(Optional.empty(), contacts.of(TestAccounts.relationship(KAM, PHARMACIST)));
    assertEquals(
        Optional.of(LocalDate.of(2026, 4, 1)),
        contacts.of(
            TestAccounts.relationship(KAM, PHARMACIST)
                .withLastInteraction(LocalDate.of(2026, 4, 1))));
  }

  @Test
  void refusesNulls() {
    KeyAccount account = TestAccounts.valid().build();
    assertThrows(NullPointerException.class, () -> LastContacts.of(null, AS_OF));
    assertThrows(NullPointerException.class, () -> LastContacts.of(account, null));
  }
}
