package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.scoring.whitespace.SpecialtyFit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges the therapeutic area recorded on a payment (FDA guidance on unapproved uses (2025) and on
 * unsolicited requests (2011 draft)): it must be the area of an indication of one of the payment's
 * related products that is approved in the account's jurisdiction on the payment date. An
 * indication without an area of its own is in its product's area. Areas compare case-insensitively,
 * ignoring surrounding blanks. Payments that record no area, or relate to none of our products, are
 * not judged.
 */
final class Payments {
  private Payments() {}

  static void check(KeyAccount account, TransferOfValue t, String country, List<Finding> findings) {
    if (t.therapeuticArea().isEmpty()) {
      return;
    }
    String recorded = t.therapeuticArea().get();
    List<Product> ours = new ArrayList<>();
    for (ProductId id : t.relatedProducts()) {
      Product p = account.product(id).orElseThrow();
      if (!p.competitor()) {
        ours.add(p);
      }
    }
    if (ours.isEmpty()) {
      return;
    }
    Set<String> approvedAreas = new TreeSet<>();
    for (Product product : ours) {
      approvedAreas.addAll(SpecialtyFit.approvedAreas(product, country, t.date()));
    }
    String wanted = key(recorded);
    for (String area : approvedAreas) {
      if (key(area).equals(wanted)) {
        return;
      }
    }
    Arg[] payment = {
      Arg.of(t.id()),
      Arg.of(t.date()),
      Arg.text(recorded),
      Arg.list(ours, p -> Arg.of(p.id(), p.name())),
      Arg.text(country)
    };
    findings.add(
        approvedAreas.isEmpty()
            ? Finding.of(
                OffLabelRules.PAYMENT_THERAPEUTIC_AREA,
                account.id(),
                List.of(t.id()),
                OffLabelCode.PAYMENT_AREA_NONE_APPROVED,
                payment)
            : Finding.of(
                OffLabelRules.PAYMENT_THERAPEUTIC_AREA,
                account.id(),
                List.of(t.id()),
                OffLabelCode.PAYMENT_AREA_UNMATCHED,
                Approvals.args(payment, new Arg[0], Arg.list(approvedAreas, a -> Arg.text(a)))));
  }

  private static String key(String area) {
    return area.strip().toLowerCase(Locale.ROOT);
  }
}
