package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.base.FactReader;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the UK pack reads about one stakeholder. */
record PersonFacts(
    Stakeholder stakeholder,
    Optional<LawfulBasis> recordedBasis,
    boolean decisionMaker,
    List<Message> problems) {

  static PersonFacts of(Stakeholder s) {
    FactReader a =
        FactReader.of(s.facts(), s.attributes(), UkFacts.PREFIX, UkFacts.STAKEHOLDER_KEYS);
    Optional<LawfulBasis> basis = a.get(UkFacts.LAWFUL_BASIS);
    boolean decisionMaker =
        a.get(UkFacts.DECISION_MAKER)
            .orElse(
                s.holds(BuyingRole.ECONOMIC_BUYER)
                    || s.holds(BuyingRole.TECHNICAL_BUYER)
                    || !s.committeeMemberships().isEmpty());
    return new PersonFacts(s, basis, decisionMaker, a.problems());
  }

  /** Why a transfer on {@code date} is not disclosed, or empty if it is. */
  Optional<Message> outOfScope(LocalDate date) {
    if (stakeholder.isHcp()) {
      return Optional.empty();
    }
    if (!decisionMaker) {
      return Optional.of(Message.of(UkCode.OUT_OF_SCOPE_NOT_DECISION_MAKER, person()));
    }
    if (date.isBefore(UkPack.DECISION_MAKERS_FROM)) {
      return Optional.of(Message.of(UkCode.OUT_OF_SCOPE_BEFORE_2022, person(), Arg.of(date)));
    }
    return Optional.empty();
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
    if (basis.isEmpty()) {
      return List.of(
          Finding.of(
              UkRules.LAWFUL_BASIS_MISSING,
              account,
              subjects,
              stakeholder.isHcp()
                  ? UkCode.LAWFUL_BASIS_MISSING_HCP
                  : UkCode.LAWFUL_BASIS_MISSING_DECISION_MAKER,
              person(),
              Arg.of(transfers.size()),
              Arg.text(UkFacts.LAWFUL_BASIS.name())));
    }
    if (basis.get() == LawfulBasis.CONSENT && stakeholder.isHcp() && !consent.orElse(false)) {
      return List.of(
          Finding.of(
              UkRules.CONSENT_NOT_GIVEN,
              account,
              subjects,
              consent.isPresent() ? UkCode.CONSENT_REFUSED : UkCode.CONSENT_NOT_RECORDED,
              person()));
    }
    return List.of();
  }

  /** The person, shown by id as the pack's findings always have. */
  private Arg person() {
    return Arg.of(stakeholder.id());
  }
}
