package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.Approvals.approved;
import static dev.kamkit.rules.compliance.offlabel.Approvals.what;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.RuleDescriptor;
import java.util.List;
import java.util.Optional;

/**
 * Judges what an interaction discussed: one finding per discussion of an unapproved use, under the
 * rule that fits who was there and why. A medical reply to a logged unsolicited request is never a
 * finding, unless the interaction is a speaker programme: a programme addresses a group, not the
 * one person who asked.
 */
final class Discussions {
  private Discussions() {}

  static void check(KeyAccount account, Interaction i, String country, List<Finding> findings) {
    List<TeamMemberId> commercialPeople = Approvals.commercialPeople(account, i);
    boolean commercial = !commercialPeople.isEmpty();
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
      } else if (i.speakerProgram().isPresent()) {
        findings.add(
            finding(
                account,
                OffLabelRules.SPEAKER_PROGRAM,
                i,
                "Speaker programme "
                    + i.id()
                    + " (\""
                    + i.speakerProgram().get().topic()
                    + "\") discussed "
                    + subject
                    + "; an unsolicited request is answered to the person who asked, not at a"
                    + " programme"));
      }
    }
  }

  private static Finding finding(
      KeyAccount account, RuleDescriptor rule, Interaction i, String message) {
    return Finding.of(rule, account.id(), List.of(i.id()), message);
  }
}
