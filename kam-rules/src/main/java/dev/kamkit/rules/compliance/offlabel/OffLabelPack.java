package dev.kamkit.rules.compliance.offlabel;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The off-label pack: approved indications per jurisdiction and date decide what commercial roles
 * may discuss, plan and count as whitespace; off-label content belongs to medical affairs answering
 * a logged unsolicited request (REGULATORY.md 5, 6). The jurisdiction is the account's country.
 *
 * <p>An interaction whose discussion names no indication is judged by the product: a commercial
 * discussion of a product with no approval in force there is a finding; otherwise nothing can be
 * concluded and nothing is reported. Competitors' products are not judged. Cancelled interactions
 * and cancelled or missed objectives are skipped.
 *
 * <p>Not yet checked, for want of model data: promotional materials and their approval expiry, and
 * the therapeutic area of a payment. Immutable and thread-safe.
 */
public final class OffLabelPack implements RulePack {
  /** The pack id. */
  public static final String ID = "offlabel";

  private OffLabelPack() {}

  /** The pack. */
  public static OffLabelPack create() {
    return new OffLabelPack();
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String name() {
    return "Off-label promotion";
  }

  @Override
  public List<RuleDescriptor> rules() {
    return OffLabelRules.ALL;
  }

  @Override
  public List<Finding> check(KeyAccount account, LocalDate asOf) {
    String country = account.account().country();
    List<Finding> findings = new ArrayList<>();
    for (Interaction i : account.interactions()) {
      if (i.status() != InteractionStatus.CANCELLED) {
        interaction(account, i, country, findings);
      }
    }
    for (WhitespaceCell cell : account.whitespace()) {
      Product product = account.product(cell.product()).orElseThrow();
      if (cell.status() == WhitespaceStatus.NOT_INDICATED || product.competitor()) {
        continue;
      }
      if (!approved(product, cell.indication().flatMap(product::indication), country, asOf)) {
        findings.add(
            Finding.of(
                OffLabelRules.WHITESPACE,
                account.id(),
                List.of(cell.product(), cell.clinicalUnit()),
                "Whitespace cell "
                    + product.name()
                    + " x "
                    + cell.clinicalUnit()
                    + " is "
                    + cell.status()
                    + " but "
                    + what(product, cell.indication().flatMap(product::indication))
                    + " has no approval in force in "
                    + country
                    + " on "
                    + asOf));
      }
    }
    for (Objective o :
        account.plan().<List<Objective>>map(AccountPlan::objectives).orElse(List.of())) {
      if (o.status() == ObjectiveStatus.CANCELLED || o.status() == ObjectiveStatus.MISSED) {
        continue;
      }
      Optional<Product> product = o.product().flatMap(account::product);
      if (product.isPresent() && !product.get().competitor()) {
        Optional<Indication> indication = o.indication().flatMap(product.get()::indication);
        if (!approved(product.get(), indication, country, asOf)) {
          findings.add(
              Finding.of(
                  OffLabelRules.OBJECTIVE,
                  account.id(),
                  List.of(o.id()),
                  "Objective \""
                      + o.title()
                      + "\" targets "
                      + what(product.get(), indication)
                      + ", which has no approval in force in "
                      + country
                      + " on "
                      + asOf));
        }
      }
    }
    return findings;
  }

  private static void interaction(
      KeyAccount account, Interaction i, String country, List<Finding> findings) {
    List<TeamMember> ours =
        i.teamMembers().stream().sorted().map(m -> account.teamMember(m).orElseThrow()).toList();
    boolean commercial = ours.stream().anyMatch(m -> m.division() == Division.COMMERCIAL);
    for (ProductDiscussion d : i.productsDiscussed()) {
      Product product = account.product(d.product()).orElseThrow();
      if (product.competitor()) {
        continue;
      }
      Optional<Indication> indication = d.indication().flatMap(product::indication);
      if (d.indication().isEmpty() && product.isApprovedAnywhereIn(country, i.date())) {
        continue; // nothing names an unapproved use
      }
      if (approved(product, indication, country, i.date())) {
        continue;
      }
      String subject =
          what(product, indication) + " is not approved in " + country + " on " + i.date();
      List<TeamMemberId> commercialPeople =
          ours.stream()
              .filter(m -> m.division() == Division.COMMERCIAL)
              .map(TeamMember::id)
              .toList();
      if (i.unsolicitedRequest() && commercial) {
        findings.add(
            finding(
                account,
                OffLabelRules.COMMERCIAL_ANSWERED_UNSOLICITED,
                i,
                "Interaction "
                    + i.id()
                    + " answered an unsolicited request about "
                    + subject
                    + " with commercial participants "
                    + commercialPeople
                    + "; medical affairs answers such requests alone"));
      } else if (commercial) {
        findings.add(
            finding(
                account,
                indication.isPresent()
                    ? OffLabelRules.COMMERCIAL_UNAPPROVED_INDICATION
                    : OffLabelRules.COMMERCIAL_UNAPPROVED_PRODUCT,
                i,
                "Interaction "
                    + i.id()
                    + " with commercial participants "
                    + commercialPeople
                    + " discussed "
                    + subject));
      } else if (!i.unsolicitedRequest()) {
        findings.add(
            finding(
                account,
                OffLabelRules.MEDICAL_WITHOUT_REQUEST,
                i,
                "Medical interaction "
                    + i.id()
                    + " discussed "
                    + subject
                    + " without a logged unsolicited request"));
      }
    }
  }

  private static Finding finding(
      KeyAccount account, RuleDescriptor rule, Interaction i, String message) {
    return Finding.of(rule, account.id(), List.of(i.id()), message);
  }

  /** An indication's approval, or, with no indication named, any approval of the product. */
  private static boolean approved(
      Product product, Optional<Indication> indication, String country, LocalDate date) {
    return indication
        .map(ind -> ind.isApproved(country, date))
        .orElseGet(() -> product.isApprovedAnywhereIn(country, date));
  }

  private static String what(Product product, Optional<Indication> indication) {
    return product.name() + indication.map(i -> " for \"" + i.name() + "\"").orElse("");
  }
}
