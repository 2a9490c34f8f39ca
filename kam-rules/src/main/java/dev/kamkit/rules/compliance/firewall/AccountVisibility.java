package dev.kamkit.rules.compliance.firewall;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Gives each side of the commercial / medical firewall the view of a key account it may see.
 *
 * <p>Medical insights reach commercial only in aggregate (a typical practice not verified against a
 * published source, so kamkit applies it as the safe default): a commercial viewer does not see
 * interactions held by medical affairs alone, only how many there were and with which stakeholders;
 * transfers of value keep their amounts but lose their link to such an interaction. A medical
 * viewer sees the whole account: medical must see the account picture to avoid stepping on
 * commercial work, and may.
 *
 * <p>Target lists built by medical are withheld from commercial in the same way, counted but not
 * shown: whom medical chooses to see is medical's judgement, and sales must not steer it (OIG
 * Special Fraud Alert (2020); IntuitionLabs on MSL compliance). Lists built by commercial stay
 * visible to commercial, including those worked by medical members, since that is commercial's own
 * record and what the firewall rules judge. Everything else stays visible to both sides: team
 * members' incentives (about our people, not the customer, and needed by both sides' compliance
 * checks), objectives whatever their division, promotional materials, service agreements, and the
 * speaker programmes of the interactions commercial may see.
 *
 * <p>Stateless and thread-safe.
 */
public final class AccountVisibility {
  private AccountVisibility() {}

  /** The visibility rule. */
  public static AccountVisibility create() {
    return new AccountVisibility();
  }

  /** The view of {@code account} that a member of {@code viewer}'s side may see. */
  public AccountView viewFor(KeyAccount account, Division viewer) {
    requireNonNull(account, "account");
    requireNonNull(viewer, "viewer");
    if (viewer == Division.MEDICAL) {
      return AccountView.builder().viewer(viewer).account(account).build();
    }
    List<Interaction> shown = new ArrayList<>();
    Set<InteractionId> hidden = new TreeSet<>();
    Set<StakeholderId> met = new TreeSet<>();
    for (Interaction i : account.interactions()) {
      if (medicalOnly(account, i)) {
        hidden.add(i.id());
        met.addAll(i.stakeholders());
      } else {
        shown.add(i);
      }
    }
    List<TargetList> lists = new ArrayList<>();
    int medicalLists = 0;
    for (TargetList list : account.targetLists()) {
      if (builtByMedical(account, list)) {
        medicalLists++;
      } else {
        lists.add(list);
      }
    }
    if (hidden.isEmpty() && medicalLists == 0) {
      return AccountView.builder().viewer(viewer).account(account).build();
    }
    List<TransferOfValue> transfers = new ArrayList<>();
    int unlinked = 0;
    for (TransferOfValue t : account.transfersOfValue()) {
      if (t.interaction().map(hidden::contains).orElse(false)) {
        transfers.add(t.withInteraction(Optional.empty()));
        unlinked++;
      } else {
        transfers.add(t);
      }
    }
    List<Withheld> withheld = new ArrayList<>();
    if (!hidden.isEmpty()) {
      withheld.add(
          Withheld.of(
              WithheldKind.MEDICAL_INTERACTIONS,
              hidden.size(),
              Message.of(
                  FirewallCode.WITHHELD_INTERACTIONS,
                  Arg.of(hidden.size()),
                  Arg.list(met, s -> Arg.of(s, account.stakeholder(s).orElseThrow().name()))),
              List.<KamId>copyOf(met)));
    }
    if (unlinked > 0) {
      withheld.add(
          Withheld.of(
              WithheldKind.TRANSFER_LINKS,
              unlinked,
              Message.of(FirewallCode.WITHHELD_TRANSFER_LINKS, Arg.of(unlinked)),
              List.of()));
    }
    if (medicalLists > 0) {
      // who medical targets is its own scientific judgement: commercial learns only how many lists
      withheld.add(
          Withheld.of(
              WithheldKind.MEDICAL_TARGET_LISTS,
              medicalLists,
              Message.of(FirewallCode.WITHHELD_TARGET_LISTS, Arg.of(medicalLists)),
              List.of()));
    }
    return AccountView.builder()
        .viewer(viewer)
        .account(
            KeyAccount.builder()
                .from(account)
                .interactions(shown)
                .transfersOfValue(transfers)
                .targetLists(lists)
                .build())
        .withheld(withheld)
        .build();
  }

  /** True if a medical member built the list; an unknown builder counts as commercial. */
  private static boolean builtByMedical(KeyAccount account, TargetList list) {
    return account.teamMember(list.builtBy()).map(TeamMember::division).orElse(Division.COMMERCIAL)
        == Division.MEDICAL;
  }

  private static boolean medicalOnly(KeyAccount account, Interaction i) {
    return i.teamMembers().stream()
        .map(m -> account.teamMember(m).map(TeamMember::division).orElse(Division.COMMERCIAL))
        .allMatch(d -> d == Division.MEDICAL);
  }
}
