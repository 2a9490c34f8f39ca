package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the UK pack reads about one stakeholder. */
record PersonFacts(
    Stakeholder stakeholder,
    Optional<LawfulBasis> recordedBasis,
    boolean decisionMaker,
    List<String> problems) {

  static PersonFacts of(Stakeholder s) {
    PackAttributes a =
        PackAttributes.read(s.attributes(), UkAttributes.PREFIX, UkAttributes.STAKEHOLDER_KEYS);
    Optional<LawfulBasis> basis =
        a.oneOf(UkAttributes.LAWFUL_BASIS, LawfulBasis.codes()).flatMap(LawfulBasis::ofCode);
    boolean decisionMaker =
        a.flag(UkAttributes.DECISION_MAKER)
            .orElse(
                s.holds(BuyingRole.ECONOMIC_BUYER)
                    || s.holds(BuyingRole.TECHNICAL_BUYER)
                    || !s.committeeMemberships().isEmpty());
    return new PersonFacts(s, basis, decisionMaker, a.problems());
  }

  /** Why a transfer on {@code date} is not disclosed, or empty text if it is. */
  String outOfScope(LocalDate date) {
    if (stakeholder.isHcp()) {
      return "";
    }
    if (!decisionMaker) {
      return stakeholder.id().value()
          + " is neither an HCP nor a decision maker; Disclosure UK does not cover the transfer";
    }
    if (date.isBefore(UkPack.DECISION_MAKERS_FROM)) {
      return stakeholder.id().value()
          + " is a decision maker who is not an HCP; such transfers are disclosed from 1 January"
          + " 2022, and this one was made on "
          + date;
    }
    return "";
  }

  /** The lawful-basis findings about the disclosed {@code transfers} of this person. */
  List<Finding> basisFindings(AccountId account, List<KamId> transfers) {
    Optional<Boolean> consent = stakeholder.hcp().flatMap(HcpIdentity::disclosureConsent);
    Optional<LawfulBasis> basis =
        recordedBasis.or(
            () -> consent.orElse(false) ? Optional.of(LawfulBasis.CONSENT) : Optional.empty());
    List<KamId> subjects = new ArrayList<>();
    subjects.add(stakeholder.id());
    subjects.addAll(transfers);
    String who = stakeholder.id().value() + (stakeholder.isHcp() ? " (HCP)" : " (decision maker)");
    if (basis.isEmpty()) {
      return List.of(
          Finding.of(
              UkRules.LAWFUL_BASIS_MISSING,
              account,
              subjects,
              who
                  + " has "
                  + transfers.size()
                  + " disclosed transfers and no recorded lawful basis; record "
                  + UkAttributes.LAWFUL_BASIS
                  + " (consent or legitimate-interests)"));
    }
    if (basis.get() == LawfulBasis.CONSENT && stakeholder.isHcp() && !consent.orElse(false)) {
      return List.of(
          Finding.of(
              UkRules.CONSENT_NOT_GIVEN,
              account,
              subjects,
              who
                  + " is disclosed on the basis of consent, but the HCP's disclosure consent is "
                  + consent.map(c -> "refused").orElse("not recorded")));
    }
    return List.of();
  }
}
