package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.scoring.whitespace.SpecialtyFit;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** What the off-label rules share: approval look-ups, the arguments for a use and for people. */
final class Approvals {
  private Approvals() {}

  /** An indication's approval, or, with no indication named, any approval of the product. */
  static boolean approved(
      Product product, Optional<Indication> indication, String country, LocalDate date) {
    return indication.isPresent()
        ? indication.get().isApproved(country, date)
        : product.isApprovedAnywhereIn(country, date);
  }

  /**
   * The therapeutic areas of the indications of {@code products} approved in {@code country} on
   * {@code date}, in order; an indication without an area of its own is in its product's area.
   */
  static Set<String> approvedAreas(List<Product> products, String country, LocalDate date) {
    Set<String> areas = new TreeSet<>();
    for (Product product : products) {
      areas.addAll(SpecialtyFit.approvedAreas(product, country, date));
    }
    return areas;
  }

  /** True if {@code recorded} is one of {@code areas}, compared as the specialty fit compares. */
  static boolean inArea(Set<String> areas, String recorded) {
    String wanted = SpecialtyFit.key(recorded);
    for (String area : areas) {
      if (SpecialtyFit.key(area).equals(wanted)) {
        return true;
      }
    }
    return false;
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
    Arg[] all = Arrays.copyOf(before, before.length + use.length + after.length);
    System.arraycopy(use, 0, all, before.length, use.length);
    System.arraycopy(after, 0, all, before.length + use.length, after.length);
    return all;
  }

  /** The people as a list argument, each by id and name. */
  static Arg people(List<TeamMember> people) {
    return Arg.list(people, m -> Arg.of(m.id(), m.name()));
  }
}
