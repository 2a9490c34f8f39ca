package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.scoring.whitespace.SpecialtyFit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Judges the clinical units a live plan objective targets for one of our products without naming an
 * indication: each unit is a whitespace cell (product by unit) the objective works on. A cell that
 * names an indication is judged by it ({@code offlabel.whitespace.unapproved}); one marked not
 * indicated is off-label outright; otherwise the unit's specialty must fit a therapeutic area of an
 * indication of the product approved there on the day, as the whitespace scorer requires before it
 * proposes such a cell. A unit without a recorded specialty cannot be judged and is not reported;
 * the scorer does not propose it either.
 */
final class ObjectiveUnits {
  private ObjectiveUnits() {}

  static void check(
      KeyAccount account,
      Objective o,
      Product product,
      SpecialtyFit fit,
      String country,
      LocalDate asOf,
      List<Finding> findings) {
    if (o.indication().isPresent() || o.clinicalUnits().isEmpty()) {
      return;
    }
    SortedSet<String> areas = SpecialtyFit.approvedAreas(product, country, asOf);
    if (areas.isEmpty()) {
      return; // no approval at all: offlabel.objective.unapproved reports the product
    }
    for (ClinicalUnitId id : new TreeSet<>(o.clinicalUnits())) {
      Optional<WhitespaceCell> cell = cell(account, product, id);
      if (cell.flatMap(WhitespaceCell::indication).isPresent()) {
        continue;
      }
      ClinicalUnit unit =
          account.account().clinicalUnit(id).orElseThrow(); // references are checked
      if (cell.isPresent() && cell.get().status() == WhitespaceStatus.NOT_INDICATED) {
        findings.add(
            Finding.of(
                OffLabelRules.OBJECTIVE_UNIT_NOT_INDICATED,
                account.id(),
                List.of(o.id(), product.id(), id),
                OffLabelCode.OBJECTIVE_UNIT_NOT_INDICATED,
                target(o, product, unit)));
      } else if (unit.specialty().isPresent() && !fit.fits(unit.specialty().get(), areas)) {
        findings.add(
            Finding.of(
                OffLabelRules.OBJECTIVE_UNIT_SPECIALTY,
                account.id(),
                List.of(o.id(), product.id(), id),
                OffLabelCode.OBJECTIVE_UNIT_SPECIALTY,
                Approvals.args(
                    target(o, product, unit),
                    new Arg[] {
                      Arg.text(unit.specialty().get()), Arg.list(List.copyOf(areas), Arg::text)
                    },
                    Arg.text(country),
                    Arg.of(asOf))));
      }
    }
  }

  private static Optional<WhitespaceCell> cell(
      KeyAccount account, Product product, ClinicalUnitId unit) {
    for (WhitespaceCell c : account.whitespace()) {
      if (c.product().equals(product.id()) && c.clinicalUnit().equals(unit)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** The arguments naming what the objective targets; built only for a finding. */
  private static Arg[] target(Objective o, Product product, ClinicalUnit unit) {
    return new Arg[] {
      Arg.of(o.id(), o.title()),
      Arg.of(product.id(), product.name()),
      Arg.of(unit.id(), unit.name())
    };
  }
}
