package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What the off-label rules share: approval look-ups, the arguments for a use, commercial people.
 */
final class Approvals {
  private Approvals() {}

  /** An indication's approval, or, with no indication named, any approval of the product. */
  static boolean approved(
      Product product, Optional<Indication> indication, String country, LocalDate date) {
    return indication
        .map(ind -> ind.isApproved(country, date))
        .orElseGet(() -> product.isApprovedAnywhereIn(country, date));
  }

  /** The arguments naming a use: the product and, where named, the indication. */
  static Arg[] use(Product product, Optional<Indication> indication) {
    Arg p = Arg.of(product.id(), product.name());
    return indication
        .map(i -> new Arg[] {p, Arg.of(i.id(), i.name())})
        .orElseGet(() -> new Arg[] {p});
  }

  /** {@code before}, then {@code use}, then {@code after}: a finding's arguments in order. */
  static Arg[] args(Arg[] before, Arg[] use, Arg... after) {
    return Stream.of(before, use, after).flatMap(Arrays::stream).toArray(Arg[]::new);
  }

  /** The interaction's commercial participants, in id order; empty for a medical one. */
  static List<TeamMember> commercialPeople(KeyAccount account, Interaction i) {
    return i.teamMembers().stream()
        .sorted()
        .map(m -> account.teamMember(m).orElseThrow())
        .filter(m -> m.division() == Division.COMMERCIAL)
        .toList();
  }

  /** The people as a list argument, each by id and name. */
  static Arg people(List<TeamMember> people) {
    return Arg.list(people, m -> Arg.of(m.id(), m.name()));
  }
}
