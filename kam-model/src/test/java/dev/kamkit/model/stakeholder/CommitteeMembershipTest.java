package dev.kamkit.model.stakeholder;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.DecisionBodyId;
import org.junit.jupiter.api.Test;

class CommitteeMembershipTest {
  private static final DecisionBodyId PT = DecisionBodyId.of("system-pt");

  @Test
  void chairsAndVotingMembersVoteButNonVotingMembersDoNot() {
    assertTrue(CommitteeMembership.of(PT, CommitteeRole.CHAIR).votes());
    assertTrue(CommitteeMembership.of(PT, CommitteeRole.VOTING_MEMBER).votes());
    assertFalse(CommitteeMembership.of(PT, CommitteeRole.NON_VOTING_MEMBER).votes());
  }
}
