package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks of typical firewall practices that are not verified against a published source: each
 * runs only while the host's {@link FirewallPolicy} has it switched on.
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
                  FirewallCode.SALES_BUILT_TARGET_LIST,
                  People.member(worker),
                  People.function(worker),
                  Arg.of(list.id(), list.name()),
                  People.member(builder),
                  People.function(builder)));
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
      List<TeamMember> commercial =
          people.stream().filter(m -> m.division() == Division.COMMERCIAL).toList();
      List<PromotionalSign> promotes = promotes(account, i);
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
                  FirewallCode.MEDICAL_ON_PROMOTIONAL_CALL,
                  People.member(m),
                  People.function(m),
                  Arg.of(i.id()),
                  Arg.of(i.date()),
                  Arg.list(commercial, People::member),
                  Arg.list(promotes, Arg::of)));
        }
      }
    }
  }

  /** What makes the interaction promotional, in order; empty if nothing does. */
  private static List<PromotionalSign> promotes(KeyAccount account, Interaction i) {
    List<PromotionalSign> signs = new ArrayList<>();
    if (i.productsDiscussed().stream()
        .anyMatch(d -> !account.product(d.product()).orElseThrow().competitor())) {
      signs.add(PromotionalSign.DISCUSSED_OUR_PRODUCTS);
    }
    if (!i.materials().isEmpty()) {
      signs.add(PromotionalSign.USED_PROMOTIONAL_MATERIALS);
    }
    if (i.speakerProgram().isPresent()) {
      signs.add(PromotionalSign.SPEAKER_PROGRAMME);
    }
    return signs;
  }

  private static List<TeamMember> members(KeyAccount account, List<TeamMemberId> ids) {
    return ids.stream().map(id -> account.teamMember(id).orElseThrow()).toList();
  }
}
