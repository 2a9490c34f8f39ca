package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.Approvals.approved;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.team.TeamMember;
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

  /**
   * Judges what {@code i} discussed, {@code commercialPeople} being its commercial participants.
   * The arguments are built only for a finding: most discussions are of approved uses.
   */
  static void check(
      KeyAccount account,
      Interaction i,
      List<TeamMember> commercialPeople,
      String country,
      List<Finding> findings) {
    boolean commercial = !commercialPeople.isEmpty();
    for (ProductDiscussion d : i.productsDiscussed()) {
      Product product = account.product(d.product()).orElseThrow();
      if (product.competitor()) {
        continue;
      }
      // With no indication named, the product's approval anywhere in the country decides.
      Optional<Indication> indication = d.indication().flatMap(product::indication);
      if (approved(product, indication, country, i.date())) {
        continue;
      }
      boolean named = indication.isPresent();
      Arg interaction = Arg.of(i.id());
      Arg[] use = Approvals.use(product, indication);
      Arg[] whereAndWhen = {Arg.text(country), Arg.of(i.date())};
      if (i.unsolicitedRequest() && commercial) {
        findings.add(
            finding(
                account,
                OffLabelRules.COMMERCIAL_ANSWERED_UNSOLICITED,
                i,
                named
                    ? OffLabelCode.ANSWERED_REQUEST_INDICATION
                    : OffLabelCode.ANSWERED_REQUEST_PRODUCT,
                Approvals.args(
                    new Arg[] {interaction, Approvals.people(commercialPeople)},
                    use,
                    whereAndWhen)));
      } else if (commercial) {
        findings.add(
            finding(
                account,
                named
                    ? OffLabelRules.COMMERCIAL_UNAPPROVED_INDICATION
                    : OffLabelRules.COMMERCIAL_UNAPPROVED_PRODUCT,
                i,
                named
                    ? OffLabelCode.INTERACTION_UNAPPROVED_INDICATION
                    : OffLabelCode.INTERACTION_UNAPPROVED_PRODUCT,
                Approvals.args(
                    new Arg[] {interaction, Approvals.people(commercialPeople)},
                    use,
                    whereAndWhen)));
      } else if (!i.unsolicitedRequest()) {
        findings.add(
            finding(
                account,
                OffLabelRules.MEDICAL_WITHOUT_REQUEST,
                i,
                named ? OffLabelCode.NO_REQUEST_INDICATION : OffLabelCode.NO_REQUEST_PRODUCT,
                Approvals.args(new Arg[] {interaction}, use, whereAndWhen)));
      } else if (i.speakerProgram().isPresent()) {
        findings.add(
            finding(
                account,
                OffLabelRules.SPEAKER_PROGRAM,
                i,
                named
                    ? OffLabelCode.SPEAKER_PROGRAM_INDICATION
                    : OffLabelCode.SPEAKER_PROGRAM_PRODUCT,
                Approvals.args(
                    new Arg[] {interaction, Arg.text(i.speakerProgram().get().topic())},
                    use,
                    whereAndWhen)));
      }
    }
  }

  private static Finding finding(
      KeyAccount account, RuleDescriptor rule, Interaction i, OffLabelCode code, Arg[] args) {
    return Finding.of(rule, account.id(), List.of(i.id()), code, args);
  }
}
