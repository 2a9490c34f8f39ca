package dev.kamkit.rules.maturity;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The active contacts between our people and the account's, reduced to what the Cranfield ladder
 * reads: who and which functions on each side, how many links, and their shape.
 */
final class ContactMap {
  final Set<TeamMemberId> ourPeople = new TreeSet<>();
  final Set<StakeholderId> theirPeople = new TreeSet<>();
  final Set<TeamFunction> ourFunctions = EnumSet.noneOf(TeamFunction.class);
  final Set<StakeholderFunction> theirFunctions = EnumSet.noneOf(StakeholderFunction.class);
  final List<ActiveLinks.Link> links;
  private final KeyAccount account;

  ContactMap(KeyAccount account, ActiveLinks all) {
    this.account = account;
    this.links = all.active();
    for (ActiveLinks.Link l : links) {
      ourPeople.add(l.member());
      theirPeople.add(l.stakeholder());
      account.teamMember(l.member()).map(TeamMember::function).ifPresent(ourFunctions::add);
      account
          .stakeholder(l.stakeholder())
          .map(Stakeholder::function)
          .ifPresent(theirFunctions::add);
    }
  }

  /** The shape of the contacts under {@code policy}. */
  ContactStructure structure(RelationshipStagePolicy policy) {
    if (links.isEmpty()) {
      return ContactStructure.NONE;
    }
    if (ourPeople.size() == 1 || theirPeople.size() == 1) {
      return ContactStructure.BOW_TIE;
    }
    boolean diamond =
        ourFunctions.size() >= policy.diamondMinOurFunctions()
            && theirFunctions.size() >= policy.diamondMinTheirFunctions()
            && links.size() >= policy.diamondMinLinks();
    return diamond ? ContactStructure.DIAMOND : ContactStructure.MULTI_CONTACT;
  }

  /** Stakeholders held actively whose seniority is at least {@code floor}, sorted by id. */
  Set<StakeholderId> heldAtLeast(Seniority floor) {
    Set<StakeholderId> senior = new TreeSet<>();
    for (StakeholderId id : theirPeople) {
      Optional<Seniority> level = account.stakeholder(id).flatMap(Stakeholder::seniority);
      if (level.map(s -> !floor.outranks(s)).orElse(false)) {
        senior.add(id);
      }
    }
    return senior;
  }
}
