package dev.kamkit.model;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Relationship;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each of our people last met each of the account's stakeholders, as of one day: the later of
 * the date a relationship records and the latest completed interaction both took part in. Nothing
 * after the day counts; it has not happened yet.
 *
 * <p>Coverage, the maturity stages and the relationship stage judge a relationship by its last
 * contact. Built once from the interaction log, it answers each relationship with one look-up
 * instead of a scan of the log.
 *
 * <pre>{@code
 * LastContacts contacts = LastContacts.of(account, asOf);
 * Optional<LocalDate> last = contacts.of(relationship);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LastContacts {
  private final LocalDate asOf;

  /**
   * Member to stakeholder to the latest completed interaction of both; nested, so a look-up
   * allocates no key.
   */
  private final Map<TeamMemberId, Map<StakeholderId, LocalDate>> logged;

  private LastContacts(LocalDate asOf, Map<TeamMemberId, Map<StakeholderId, LocalDate>> logged) {
    this.asOf = asOf;
    this.logged = logged;
  }

  /** The last contacts in {@code account} as of {@code asOf}. */
  public static LastContacts of(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    Map<TeamMemberId, Map<StakeholderId, LocalDate>> latest = new HashMap<>();
    for (Interaction i : account.interactions()) {
      if (i.status() != InteractionStatus.COMPLETED || i.date().isAfter(asOf)) {
        continue;
      }
      for (TeamMemberId m : i.teamMembers()) {
        Map<StakeholderId, LocalDate> withMember = latest.computeIfAbsent(m, k -> new HashMap<>());
        for (StakeholderId s : i.stakeholders()) {
          withMember.merge(s, i.date(), LastContacts::later);
        }
      }
    }
    return new LastContacts(asOf, latest);
  }

  /** The day these contacts are as of. */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The last contact of {@code relationship}: the later of its recorded last interaction (if not
   * after the day) and the latest completed interaction of its member with its stakeholder; empty
   * if neither exists.
   */
  public Optional<LocalDate> of(Relationship relationship) {
    LocalDate recorded = relationship.lastInteraction().filter(d -> !d.isAfter(asOf)).orElse(null);
    Map<StakeholderId, LocalDate> withMember = logged.get(relationship.teamMember());
    LocalDate fromLog = withMember == null ? null : withMember.get(relationship.stakeholder());
    if (recorded == null) {
      return Optional.ofNullable(fromLog);
    }
    return Optional.of(fromLog == null ? recorded : later(recorded, fromLog));
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
