package dev.kamkit.scoring.coverage;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.LastContacts;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Who of ours actively holds whom on a given day: the engagements coverage is computed from.
 *
 * <p>A team member actively holds a stakeholder when the member is on the team that day, the
 * stakeholder can still be engaged (active or retiring), and their last interaction (the later of
 * the relationship's recorded date and the latest completed interaction both took part in, up to
 * {@code asOf}) lies within the policy's window. Interactions after {@code asOf} have not happened
 * yet and count for nothing.
 */
final class Engagements {
  /** Stakeholder to the members who actively hold them, both sorted by id. */
  private final TreeMap<StakeholderId, TreeSet<TeamMemberId>> held;

  /** Members taken away to see what their leaving costs; their relationships are not stale. */
  private final Set<TeamMemberId> leavers;

  private Engagements(
      TreeMap<StakeholderId, TreeSet<TeamMemberId>> held, Set<TeamMemberId> leavers) {
    this.held = held;
    this.leavers = leavers;
  }

  static Engagements of(KeyAccount account, LocalDate asOf, CoveragePolicy policy) {
    LastContacts contacts = LastContacts.of(account, asOf);
    LocalDate windowStart = asOf.minusDays(policy.activeWithinDays());
    TreeMap<StakeholderId, TreeSet<TeamMemberId>> held = new TreeMap<>();
    for (Relationship r : account.relationships()) {
      boolean memberActive =
          account.teamMember(r.teamMember()).map(m -> m.isActiveOn(asOf)).orElse(false);
      boolean engageable =
          account.stakeholder(r.stakeholder()).map(s -> s.status().isEngageable()).orElse(false);
      Optional<LocalDate> last = contacts.of(r);
      if (memberActive && engageable && last.isPresent() && !last.get().isBefore(windowStart)) {
        held.computeIfAbsent(r.stakeholder(), k -> new TreeSet<>()).add(r.teamMember());
      }
    }
    return new Engagements(held, Set.of());
  }

  /** A copy without anything {@code member} holds: what is left if the member leaves. */
  Engagements without(TeamMemberId member) {
    TreeMap<StakeholderId, TreeSet<TeamMemberId>> copy = deepCopy();
    copy.values().forEach(members -> members.remove(member));
    copy.values().removeIf(Set::isEmpty);
    Set<TeamMemberId> gone = new TreeSet<>(leavers);
    gone.add(member);
    return new Engagements(copy, gone);
  }

  /** True if {@code m} was taken away by {@link #without}. */
  boolean hasLeft(TeamMemberId m) {
    return leavers.contains(m);
  }

  boolean isEngaged(StakeholderId s) {
    return held.containsKey(s);
  }

  boolean holds(TeamMemberId m, StakeholderId s) {
    TreeSet<TeamMemberId> members = held.get(s);
    return members != null && members.contains(m);
  }

  Set<TeamMemberId> holders(StakeholderId s) {
    TreeSet<TeamMemberId> members = held.get(s);
    return members == null ? Set.of() : Collections.unmodifiableSet(members);
  }

  Set<StakeholderId> engaged() {
    return held.keySet();
  }

  /** The members holding at least one active relationship, sorted by id. */
  Set<TeamMemberId> members() {
    TreeSet<TeamMemberId> members = new TreeSet<>();
    held.values().forEach(members::addAll);
    return members;
  }

  static boolean isMapped(Stakeholder s) {
    return s.status().isEngageable();
  }

  private TreeMap<StakeholderId, TreeSet<TeamMemberId>> deepCopy() {
    TreeMap<StakeholderId, TreeSet<TeamMemberId>> copy = new TreeMap<>();
    held.forEach((s, members) -> copy.put(s, new TreeSet<>(members)));
    return copy;
  }
}
