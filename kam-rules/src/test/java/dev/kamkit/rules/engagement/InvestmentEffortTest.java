package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How effort is read from an account's data (completed interactions in the 365 days up to and
 * including asOf, or team members on the account that day), and the medians and top counts the
 * investment check compares it by.
 */
class InvestmentEffortTest {
  private static Interaction call(String id, LocalDate date, InteractionStatus status) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .status(status)
        .channel(Channel.REMOTE)
        .addTeamMember(TeamMemberId.of("kam"))
        .addStakeholder(StakeholderId.of("s"))
        .purpose("Review")
        .build();
  }

  private static KeyAccount account() {
    return AccountFixture.hospital("h", "H", 300)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("rep", TeamFunction.SALES)
        .stakeholder("s", StakeholderFunction.PHARMACY)
        .with(
            k ->
                k.addTeam(
                        TeamMember.builder()
                            .id(TeamMemberId.of("gone"))
                            .name("gone")
                            .function(TeamFunction.SALES)
                            .leftOn(AS_OF.minusDays(1))
                            .build())
                    .addInteractions(
                        call("today", AS_OF, InteractionStatus.COMPLETED),
                        call("edge-in", AS_OF.minusDays(364), InteractionStatus.COMPLETED),
                        call("edge-out", AS_OF.minusDays(365), InteractionStatus.COMPLETED),
                        call("tomorrow", AS_OF.plusDays(1), InteractionStatus.COMPLETED),
                        call("planned", AS_OF.minusDays(1), InteractionStatus.PLANNED)))
        .build();
  }

  private static InvestmentResult checked(SamPolicy policy) {
    KeyAccount a = account();
    EngagementAssessment assessment = EngagementAssessor.withDefaults().assess(a, AS_OF);
    return InvestmentCheck.of(policy)
        .check(Portfolio.builder().addAccounts(a).build(), List.of(assessment), AS_OF);
  }

  @Test
  void interactionsCountFromTheDayAfterTheWindowStartsUpToAsOf() {
    InvestmentResult r = checked(SamPolicy.defaults());
    assertEquals(new BigDecimal("2"), r.effort().get(AccountId.of("h")));
    assertEquals(Message.of(EngagementCode.EFFORT_INTERACTIONS, Arg.of(365)), r.effortMeasure());
    assertEquals("completed interactions in 365 days", r.effortMeasure().toString());
  }

  @Test
  void teamMembersCountWhileTheyAreOnTheTeam() {
    InvestmentResult r =
        checked(SamPolicy.builder().effortMeasure(EffortMeasure.TEAM_MEMBERS).build());
    assertEquals(new BigDecimal("2"), r.effort().get(AccountId.of("h")));
    assertEquals(Message.of(EngagementCode.EFFORT_TEAM_MEMBERS), r.effortMeasure());
  }

  private static InvestmentResult ranked(int... efforts) {
    List<EngagementAssessment> all = new ArrayList<>();
    Map<AccountId, BigDecimal> effort = new HashMap<>();
    for (int i = 0; i < efforts.length; i++) {
      String id = "a" + i;
      all.add(Candidates.assess(id, Candidates.inputs(Rating.HIGH, Rating.values()[i % 5])));
      effort.put(AccountId.of(id), BigDecimal.valueOf(efforts[i]));
    }
    return InvestmentCheck.withDefaults().check(all, effort, "calls", AS_OF);
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertEquals(0, new BigDecimal("2.5").compareTo(ranked(10, 1, 3, 2).medianEffort()));
    assertEquals(0, new BigDecimal("3").compareTo(ranked(10, 1, 3, 2, 7).medianEffort()));
  }

  @Test
  void theTopShareIsRoundedUpAndNeverBelowOne() {
    InvestmentCheck check = InvestmentCheck.withDefaults();
    assertEquals(0, check.topCount(0));
    // 20 % of 1 is 0.2: one
    assertEquals(1, check.topCount(1));
    // 20 % of 5 is 1; of 6, 1.2 rounds up to 2
    assertEquals(1, check.topCount(5));
    assertEquals(2, check.topCount(6));
    assertEquals(
        3, InvestmentCheck.of(SamPolicy.builder().topShare(BigDecimal.ONE).build()).topCount(3));
  }
}
