package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of typical firewall practices that REGULATORY.md 6 marks unverified: each runs only
 * while the host's {@link FirewallPolicy} has it switched on.
 */
final class TypicalPractices {
  private TypicalPractices() {}

  /** One finding per medical member working a list a commercial member built. */
  static void salesBuiltTargetLists(KeyAccount account, List<Finding> findings) {
    for (TargetList list : account.targetLists()) {
      TeamMember builder = account.teamMember(list.builtBy()).orElseThrow();
      if (builder.division() != Division.COMMERCIAL) {
        continue;
      }
      for (TeamMember worker : members(account, list.workedBy().stream().sorted().toList())) {
        if (worker.division() == Division.MEDICAL) {
          findings.add(
              Finding.of(
                  FirewallRules.SALES_BUILT_TARGET_LIST,
                  account.id(),
                  List.of(list.id(), worker.id()),
                  "Medical team member "
                      + People.describe(worker)
                      + " works target list \""
                      + list.name()
                      + "\" ("
                      + list.id()
                      + ") built by commercial team member "
                      + People.describe(builder)
                      + "; take them off it and let medical build its own lists"));
        }
      }
    }
  }

  /**
   * One finding per medical member of a promotional interaction: one with commercial participants
   * that discusses one of our products, uses a promotional material or is a speaker programme.
   */
  static void medicalOnPromotionalCalls(KeyAccount account, List<Finding> findings) {
    for (Interaction i : account.interactions()) {
      if (i.status() == InteractionStatus.CANCELLED) {
        continue;
      }
      List<TeamMember> people = members(account, i.teamMembers().stream().sorted().toList());
      List<TeamMemberId> commercial = new ArrayList<>();
      people.stream()
          .filter(m -> m.division() == Division.COMMERCIAL)
          .forEach(m -> commercial.add(m.id()));
      String promotes = promotes(account, i);
      if (commercial.isEmpty() || promotes.isEmpty()) {
        continue;
      }
      for (TeamMember m : people) {
        if (m.division() == Division.MEDICAL) {
          findings.add(
              Finding.of(
                  FirewallRules.MEDICAL_ON_PROMOTIONAL_CALL,
                  account.id(),
                  List.of(i.id(), m.id()),
                  "Medical team member "
                      + People.describe(m)
                      + " joined interaction "
                      + i.id()
                      + " on "
                      + i.date()
                      + " with commercial participants "
                      + commercial
                      + ", which "
                      + promotes
                      + "; medical meets the stakeholder separately"));
        }
      }
    }
  }

  /** What makes the interaction promotional, in words; empty if nothing does. */
  private static String promotes(KeyAccount account, Interaction i) {
    List<String> reasons = new ArrayList<>();
    if (i.productsDiscussed().stream()
        .anyMatch(d -> !account.product(d.product()).orElseThrow().competitor())) {
      reasons.add("discussed our products");
    }
    if (!i.materials().isEmpty()) {
      reasons.add("used promotional materials");
    }
    if (i.speakerProgram().isPresent()) {
      reasons.add("was a speaker programme");
    }
    return String.join(" and ", reasons);
  }

  private static List<TeamMember> members(KeyAccount account, List<TeamMemberId> ids) {
    return ids.stream().map(id -> account.teamMember(id).orElseThrow()).toList();
  }
}
