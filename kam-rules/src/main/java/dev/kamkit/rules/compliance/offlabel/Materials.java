package dev.kamkit.rules.compliance.offlabel;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Judges the promotional materials a commercial interaction used (FDA guidance on unapproved uses
 * (2025) and on unsolicited requests (2011 draft)): each must be usable on the day, and each
 * indication it claims must be approved in the account's jurisdiction on the day. Materials in
 * interactions without commercial participants are not judged: medical affairs does not promote,
 * and its replies are judged by what they discussed.
 */
final class Materials {
  private final KeyAccount account;
  private final String country;
  private final Map<MaterialId, PromotionalMaterial> byId = new HashMap<>();

  /** The account's materials, indexed once per check rather than searched per use. */
  Materials(KeyAccount account, String country) {
    this.account = account;
    this.country = country;
    for (PromotionalMaterial m : account.promotionalMaterials()) {
      byId.put(m.id(), m);
    }
  }

  /** Judges what {@code i} used, {@code commercialPeople} being its commercial participants. */
  void check(Interaction i, List<TeamMember> commercialPeople, List<Finding> findings) {
    if (commercialPeople.isEmpty()) {
      return;
    }
    Arg interaction = Arg.of(i.id());
    Arg people = Approvals.people(commercialPeople);
    List<MaterialId> used = new ArrayList<>(i.materials());
    Collections.sort(used);
    for (MaterialId id : used) {
      // The account's reference check has made sure each material used is one of its own.
      PromotionalMaterial m = requireNonNull(byId.get(id));
      Arg material = Arg.of(name(m));
      if (!m.isUsableOn(i.date())) {
        findings.add(
            unusable(account, i, m, new Arg[] {interaction, people, material, Arg.of(i.date())}));
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
                  claim.isPresent()
                      ? OffLabelCode.MATERIAL_UNAPPROVED_INDICATION
                      : OffLabelCode.MATERIAL_UNAPPROVED_PRODUCT,
                  Approvals.args(
                      new Arg[] {interaction, people, material},
                      Approvals.use(product, claim),
                      Arg.text(country),
                      Arg.of(i.date()))));
        }
      }
    }
  }

  /** The material by its title, and its review code where it has one. */
  private static Message name(PromotionalMaterial m) {
    Arg title = Arg.of(m.id(), m.title());
    return m.reviewCode()
        .map(c -> Message.of(OffLabelCode.MATERIAL_REVIEWED, title, Arg.text(c)))
        .orElseGet(() -> Message.of(OffLabelCode.MATERIAL, title));
  }

  /** Each indication claimed, in id order; a brand-only piece claims the product as a whole. */
  private static List<Optional<Indication>> claims(PromotionalMaterial m, Product product) {
    if (m.indications().isEmpty()) {
      return List.of(Optional.empty());
    }
    List<IndicationId> ids = new ArrayList<>(m.indications());
    Collections.sort(ids);
    List<Optional<Indication>> claims = new ArrayList<>(ids.size());
    for (IndicationId id : ids) {
      claims.add(Optional.of(product.indication(id).orElseThrow()));
    }
    return claims;
  }

  /**
   * Why a material was not usable on the interaction's day, its validity being approval to expiry:
   * not yet approved, withdrawn, or expired.
   */
  private static Finding unusable(
      KeyAccount account, Interaction i, PromotionalMaterial m, Arg[] used) {
    LocalDate date = i.date();
    OffLabelCode code;
    LocalDate day;
    Optional<LocalDate> withdrawn = m.withdrawnOn().filter(w -> !date.isBefore(w));
    if (date.isBefore(m.approvedOn())) {
      code = OffLabelCode.MATERIAL_NOT_YET_APPROVED;
      day = m.approvedOn();
    } else if (withdrawn.isPresent()) {
      code = OffLabelCode.MATERIAL_WITHDRAWN;
      day = withdrawn.get();
    } else {
      code = OffLabelCode.MATERIAL_EXPIRED;
      day = m.expiresOn();
    }
    return Finding.of(
        OffLabelRules.MATERIAL_UNUSABLE,
        account.id(),
        List.of(i.id(), m.id()),
        code,
        Approvals.args(used, new Arg[0], Arg.of(day)));
  }
}
