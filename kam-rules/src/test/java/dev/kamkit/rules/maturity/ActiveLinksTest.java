package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A relationship's effective last interaction is the later of the recorded date and the latest
 * completed interaction up to asOf; it is active within 90 days while both people are still there.
 */
class ActiveLinksTest {
  private static Interaction call(
      String id, String member, String stakeholder, LocalDate date, InteractionStatus status) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .status(status)
        .channel(Channel.IN_PERSON)
        .addTeamMember(TeamMemberId.of(member))
        .addStakeholder(StakeholderId.of(stakeholder))
        .purpose("Review")
        .build();
  }

  private static ActiveLinks links(KeyAccount account) {
    return ActiveLinks.of(account, AS_OF, 90);
  }

  @Test
  void theLatestCompletedInteractionUpToAsOfRefreshesARelationship() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .member("rep", TeamFunction.SALES)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .stakeholder("b", StakeholderFunction.PHARMACY)
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .holds("rep", "a", RelationshipStrength.WORKING, AS_OF.minusDays(200))
            .holds("kam", "b", RelationshipStrength.STRONG, AS_OF.minusDays(30))
            .holds("kam", "a", RelationshipStrength.WORKING, AS_OF.minusDays(300))
            .with(
                k ->
                    k.addInteractions(
                        call("c1", "rep", "a", AS_OF.minusDays(150), InteractionStatus.COMPLETED),
                        call("c2", "rep", "a", AS_OF.minusDays(90), InteractionStatus.COMPLETED),
                        call("c3", "rep", "a", AS_OF.minusDays(120), InteractionStatus.COMPLETED),
                        call("c4", "kam", "a", AS_OF.minusDays(1), InteractionStatus.PLANNED),
                        call("c5", "kam", "a", AS_OF.plusDays(1), InteractionStatus.COMPLETED),
                        call("c6", "kam", "b", AS_OF.minusDays(60), InteractionStatus.COMPLETED)))
            .build();
    List<ActiveLinks.Link> all = links(account).all();
    // sorted by member, then stakeholder
    assertEquals(
        List.of("kam-a", "kam-b", "rep-a"),
        all.stream().map(l -> l.member().value() + "-" + l.stakeholder().value()).toList());
    // kam-a: only a planned and a future call, so the recorded date stands
    assertEquals(Optional.of(AS_OF.minusDays(300)), all.get(0).last());
    assertEquals(false, all.get(0).active());
    // kam-b: the recorded date is later than the logged call
    assertEquals(Optional.of(AS_OF.minusDays(30)), all.get(1).last());
    // rep-a: the latest of three logged calls, exactly 90 days ago
    assertEquals(Optional.of(AS_OF.minusDays(90)), all.get(2).last());
    assertEquals(true, all.get(2).active());
    assertEquals(List.of(all.get(1), all.get(2)), links(account).active());
  }

  @Test
  void aRelationshipWithADepartedStakeholderIsNotActive() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .stakeholder(
                "a", StakeholderFunction.CLINICAL, s -> s.status(StakeholderStatus.DEPARTED))
            .holds("kam", "a", RelationshipStrength.STRONG, AS_OF)
            .build();
    ActiveLinks.Link link = links(account).all().get(0);
    assertEquals(Optional.of(AS_OF), link.last());
    assertEquals(false, link.active());
  }

  @Test
  void aMemberWhoLeftTheTeamOrAnInteractionStillToComeHoldsNoActiveLink() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .formerMember("rep", TeamFunction.SALES, AS_OF.minusDays(1))
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .stakeholder("a", StakeholderFunction.CLINICAL)
            .holds("rep", "a", RelationshipStrength.STRONG, AS_OF.minusDays(2))
            .holds("kam", "a", RelationshipStrength.STRONG, AS_OF.plusDays(1))
            .build();
    List<ActiveLinks.Link> all = links(account).all();
    // kam-a: judged as of a past day, an interaction recorded for a later day has not happened yet
    assertEquals(Optional.empty(), all.get(0).last());
    assertEquals(false, all.get(0).active());
    // rep-a: recent, but the rep left the team yesterday
    assertEquals(Optional.of(AS_OF.minusDays(2)), all.get(1).last());
    assertEquals(false, all.get(1).active());
  }
}
