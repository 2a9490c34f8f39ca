package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Judges the promotional materials a commercial interaction used (REGULATORY.md 5, rule 1): each
 * must be usable on the day, and each indication it claims must be approved in the account's
 * jurisdiction on the day. Materials in interactions without commercial participants are not
 * judged: medical affairs does not promote, and its replies are judged by what they discussed.
 */
final class Materials {
  private Materials() {}

  static void check(KeyAccount account, Interaction i, String country, List<Finding> findings) {
    List<TeamMemberId> commercialPeople = Approvals.commercialPeople(account, i);
    if (commercialPeople.isEmpty()) {
      return;
    }
    String used = "Interaction " + i.id() + " with commercial participants " + commercialPeople;
    for (MaterialId id : i.materials().stream().sorted().toList()) {
      PromotionalMaterial m =
          account.promotionalMaterials().stream()
              .filter(candidate -> candidate.id().equals(id))
              .findFirst()
              .orElseThrow();
      String material =
          "material \"" + m.title() + "\"" + m.reviewCode().map(c -> " (" + c + ")").orElse("");
      if (!m.isUsableOn(i.date())) {
        findings.add(
            Finding.of(
                OffLabelRules.MATERIAL_UNUSABLE,
                account.id(),
                List.of(i.id(), m.id()),
                used + " used " + material + " on " + i.date() + ", " + why(m, i.date())));
      }
      Product product = account.product(m.product()).orElseThrow();
      if (product.competitor()) {
        continue;
      }
      for (Optional<Indication> claim : claims(m, product)) {
        if (!Approvals.approved(product, claim, country, i.date())) {
          findings.add(
              Finding.of(
                  OffLabelRules.MATERIAL_UNAPPROVED_INDICATION,
                  account.id(),
                  List.of(i.id(), m.id()),
                  used
                      + " used "
                      + material
                      + ", which makes claims about "
                      + Approvals.what(product, claim)
                      + ", not approved in "
                      + country
                      + " on "
                      + i.date()));
        }
      }
    }
  }

  /** Each indication claimed, in id order; a brand-only piece claims the product as a whole. */
  private static List<Optional<Indication>> claims(PromotionalMaterial m, Product product) {
    if (m.indications().isEmpty()) {
      return List.of(Optional.empty());
    }
    return m.indications().stream()
        .sorted()
        .map(id -> Optional.of(product.indication(id).orElseThrow()))
        .toList();
  }

  /** Why a material was not usable on {@code date}; its validity is approval to expiry. */
  private static String why(PromotionalMaterial m, LocalDate date) {
    if (date.isBefore(m.approvedOn())) {
      return "before review approved it on " + m.approvedOn();
    }
    Optional<LocalDate> withdrawn = m.withdrawnOn().filter(w -> !date.isBefore(w));
    if (withdrawn.isPresent()) {
      return "after it was withdrawn on " + withdrawn.get();
    }
    return "after it expired on " + m.expiresOn();
  }
}
