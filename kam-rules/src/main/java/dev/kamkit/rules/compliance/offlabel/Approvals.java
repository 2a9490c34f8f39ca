package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the off-label rules share: approval look-ups, the words for a use, commercial people. */
final class Approvals {
  private Approvals() {}

  /** An indication's approval, or, with no indication named, any approval of the product. */
  static boolean approved(
      Product product, Optional<Indication> indication, String country, LocalDate date) {
    return indication
        .map(ind -> ind.isApproved(country, date))
        .orElseGet(() -> product.isApprovedAnywhereIn(country, date));
  }

  /** The product and, where named, the indication, for messages. */
  static String what(Product product, Optional<Indication> indication) {
    return product.name() + indication.map(i -> " for \"" + i.name() + "\"").orElse("");
  }

  /** The interaction's commercial participants, in id order; empty for a medical one. */
  static List<TeamMemberId> commercialPeople(KeyAccount account, Interaction i) {
    return i.teamMembers().stream()
        .sorted()
        .map(m -> account.teamMember(m).orElseThrow())
        .filter(m -> m.division() == Division.COMMERCIAL)
        .map(TeamMember::id)
        .toList();
  }
}
