package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The account's commercial team members by id, indexed once per check so that finding who promoted
 * in an interaction costs a look-up per participant rather than a search of the team.
 */
final class CommercialTeam {
  private static final Comparator<TeamMember> BY_ID = Comparator.comparing(TeamMember::id);

  private final Map<TeamMemberId, TeamMember> byId = new HashMap<>();

  CommercialTeam(KeyAccount account) {
    for (TeamMember m : account.team()) {
      if (m.division() == Division.COMMERCIAL) {
        byId.put(m.id(), m);
      }
    }
  }

  /** The interaction's commercial participants, in id order; empty for a medical one. */
  List<TeamMember> in(Interaction i) {
    List<TeamMember> people = new ArrayList<>();
    for (TeamMemberId id : i.teamMembers()) {
      TeamMember m = byId.get(id);
      if (m != null) {
        people.add(m);
      }
    }
    people.sort(BY_ID);
    return people;
  }
}
