package dev.kamkit.rules.compliance.uk;

import static dev.kamkit.rules.compliance.EuFixture.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.FactProblems;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Worked examples of the Disclosure UK pack. */
class UkExamplesTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);
  private static final UkPack PACK =
      UkPack.of(UkPolicy.builder().submissionDay(MonthDay.of(3, 31)).build());
  private static final String SOURCE =
      " (Disclosure UK (ABPI; Hogan Lovells; PharmaIntegrity; BHBIA))";

  private static List<Finding> check(EuFixture f) {
    return PACK.check(f.build(), AS_OF);
  }

  /** Each finding as its severity, rule, code and subjects. */
  private static List<String> summary(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.severity() + " " + f.ruleId() + " " + f.code() + " " + f.subjects())
        .toList();
  }

  private static Arg person(String id) {
    return Arg.of(StakeholderId.of(id));
  }

  private static EuFixture basis(EuFixture f, String id, String basis) {
    return f.stakeholder(
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Mx " + id)
            .function(StakeholderFunction.FINANCE)
            .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.ofCode(basis).orElseThrow())));
  }

  @Test
  void anHcpWhoConsentedHasALawfulBasis() {
    EuFixture f =
        EuFixture.in("GB")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
    assertEquals(List.of(), check(f));
  }

  @Test
  void anHcpWithoutConsentOrRecordedBasisIsAnError() {
    EuFixture f =
        EuFixture.in("GB")
            .hcp("h1", Optional.empty())
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .pay("t2", "h1", "2025-04-01", "50.00 GBP", NatureOfPayment.TRAVEL_AND_LODGING);
    List<Finding> found = check(f);
    assertEquals(
        List.of("ERROR uk.lawful-basis.missing uk.lawful-basis.missing.hcp [h1, t1, t2]"),
        summary(found));
    assertEquals(
        Message.of(
            UkCode.LAWFUL_BASIS_MISSING_HCP, person("h1"), Arg.of(2), Arg.text("uk.lawfulBasis")),
        found.get(0).message());
    // the whole finding in English, as a golden rendering
    assertEquals(
        "ERROR uk.lawful-basis.missing [h1, t1, t2]: h1 (HCP) has 2 disclosed transfers and no"
            + " recorded lawful basis; record uk.lawfulBasis (consent or legitimate-interests)"
            + SOURCE,
        found.get(0).toString());
  }

  /** Dr h1, a physician who refused named disclosure, disclosed on the lawful {@code basis}. */
  static Stakeholder.Builder refusedConsent(String basis) {
    return Stakeholder.builder()
        .id(StakeholderId.of("h1"))
        .name("Dr h1")
        .function(StakeholderFunction.CLINICAL)
        .hcp(
            dev.kamkit.model.stakeholder.HcpIdentity.builder()
                .profession(dev.kamkit.model.stakeholder.HcpProfession.PHYSICIAN)
                .disclosureConsent(false)
                .build())
        .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.ofCode(basis).orElseThrow()));
  }

  @Test
  void legitimateInterestsNeedNoConsent() {
    EuFixture f =
        EuFixture.in("GB")
            .stakeholder(refusedConsent("legitimate-interests"))
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
    assertEquals(List.of(), check(f));
  }

  @Test
  void consentAsTheBasisNeedsTheHcpsConsent() {
    for (Optional<Boolean> consent : List.of(Optional.of(false), Optional.<Boolean>empty())) {
      dev.kamkit.model.stakeholder.HcpIdentity.Builder identity =
          dev.kamkit.model.stakeholder.HcpIdentity.builder()
              .profession(dev.kamkit.model.stakeholder.HcpProfession.PHYSICIAN);
      consent.ifPresent(identity::disclosureConsent);
      EuFixture f =
          EuFixture.in("GB")
              .stakeholder(
                  Stakeholder.builder()
                      .id(StakeholderId.of("h1"))
                      .name("Dr h1")
                      .function(StakeholderFunction.CLINICAL)
                      .hcp(identity.build())
                      .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.CONSENT)))
              .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
      UkCode code = consent.isPresent() ? UkCode.CONSENT_REFUSED : UkCode.CONSENT_NOT_RECORDED;
      List<Finding> found = check(f);
      assertEquals(
          List.of("ERROR uk.lawful-basis.consent-not-given " + code.code() + " [h1, t1]"),
          summary(found));
      assertEquals(Message.of(code, person("h1")), found.get(0).message());
      assertEquals(
          "h1 (HCP) is disclosed on the basis of consent, but the HCP's disclosure consent is "
              + (consent.isPresent() ? "refused" : "not recorded"),
          found.get(0).message().toString());
    }
  }

  @Test
  void hcoDataNeedsNoLawfulBasis() {
    EuFixture f =
        EuFixture.in("GB")
            .payOrganisation("t1", "2025-03-01", "5000.00 GBP", NatureOfPayment.GRANT, t -> t);
    assertEquals(List.of(), check(f));
  }

  @Test
  void decisionMakersWhoAreNotHcpsAreCoveredFromJanuary2022() {
    EuFixture f =
        EuFixture.in("GB")
            .nonHcp("b1", BuyingRole.ECONOMIC_BUYER)
            .pay("t1", "b1", "2021-12-31", "100.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .pay("t2", "b1", "2022-01-01", "100.00 GBP", NatureOfPayment.CONSULTING_FEE);
    List<Finding> found = check(f);
    assertEquals(
        List.of(
            "INFO uk.recipient.out-of-scope uk.recipient.out-of-scope.decision-maker-before-2022"
                + " [b1, t1]",
            "ERROR uk.lawful-basis.missing uk.lawful-basis.missing.decision-maker [b1, t2]"),
        summary(found));
    assertEquals(
        List.of(
            Message.of(
                UkCode.OUT_OF_SCOPE_BEFORE_2022, person("b1"), Arg.of(LocalDate.of(2021, 12, 31))),
            Message.of(
                UkCode.LAWFUL_BASIS_MISSING_DECISION_MAKER,
                person("b1"),
                Arg.of(1),
                Arg.text("uk.lawfulBasis"))),
        found.stream().map(Finding::message).toList());
    assertEquals(
        List.of(
            "INFO uk.recipient.out-of-scope [b1, t1]: b1 is a decision maker who is not an HCP;"
                + " such transfers are disclosed from 1 January 2022, and this one was made on"
                + " 2021-12-31"
                + SOURCE),
        findings(found, "uk.recipient.out-of-scope"));
    assertEquals(
        "b1 (decision maker) has 1 disclosed transfer and no recorded lawful basis; record"
            + " uk.lawfulBasis (consent or legitimate-interests)",
        found.get(1).message().toString());
  }

  @Test
  void whoIsADecisionMaker() {
    EuFixture f =
        EuFixture.in("GB")
            .nonHcp("user", BuyingRole.USER)
            .nonHcp("tech", BuyingRole.TECHNICAL_BUYER)
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("flagged"))
                    .name("Mx flagged")
                    .function(StakeholderFunction.FINANCE)
                    .addFact(Fact.of(UkFacts.DECISION_MAKER, true)))
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("unflagged"))
                    .name("Mx unflagged")
                    .function(StakeholderFunction.FINANCE)
                    .addBuyingRoles(BuyingRole.ECONOMIC_BUYER)
                    .addFact(Fact.of(UkFacts.DECISION_MAKER, false)))
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("member"))
                    .name("Mx member")
                    .function(StakeholderFunction.PHARMACY)
                    .addCommitteeMemberships(
                        CommitteeMembership.builder()
                            .decisionBody(DecisionBodyId.of("pt"))
                            .role(CommitteeRole.VOTING_MEMBER)
                            .build()));
    for (String id : List.of("user", "tech", "flagged", "unflagged", "member")) {
      f.pay("t-" + id, id, "2025-03-01", "100.00 GBP", NatureOfPayment.CONSULTING_FEE);
    }
    f.decisionBody(
        DecisionBody.builder()
            .id(DecisionBodyId.of("pt"))
            .name("P&T")
            .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .scope(DecisionScope.SYSTEM)
            .build());
    KeyAccount account = f.build();
    List<Finding> found = PACK.check(account, AS_OF);
    assertEquals(
        List.of("[unflagged, t-unflagged]", "[user, t-user]"),
        found.stream()
            .filter(x -> x.ruleId().equals("uk.recipient.out-of-scope"))
            .map(x -> x.subjects().toString())
            .toList());
    assertEquals(
        List.of("[flagged, t-flagged]", "[member, t-member]", "[tech, t-tech]"),
        found.stream()
            .filter(x -> x.ruleId().equals("uk.lawful-basis.missing"))
            .map(x -> x.subjects().toString())
            .toList());
    assertEquals(
        List.of(
            Message.of(UkCode.OUT_OF_SCOPE_NOT_DECISION_MAKER, person("unflagged")),
            Message.of(UkCode.OUT_OF_SCOPE_NOT_DECISION_MAKER, person("user"))),
        found.stream()
            .filter(x -> x.ruleId().equals("uk.recipient.out-of-scope"))
            .map(Finding::message)
            .toList());
    assertEquals(
        "user is neither an HCP nor a decision maker; Disclosure UK does not cover the transfer",
        found.stream()
            .filter(x -> x.ruleId().equals("uk.recipient.out-of-scope"))
            .toList()
            .get(1)
            .message()
            .toString());
    assertEquals(
        List.of(
            "uk.lawful-basis.missing.decision-maker",
            "uk.lawful-basis.missing.decision-maker",
            "uk.lawful-basis.missing.decision-maker"),
        found.stream()
            .filter(x -> x.ruleId().equals("uk.lawful-basis.missing"))
            .map(Finding::code)
            .toList());
  }

  @Test
  void anEndedPeriodIsDueUntilPublicationOn1July() {
    EuFixture f = basis(EuFixture.in("GB"), "b1", "legitimate-interests");
    f.hcp("h1").pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
    KeyAccount account = f.build();
    assertEquals(List.of(), PACK.check(account, LocalDate.of(2025, 12, 31)));
    Message due =
        Message.of(
            UkCode.SUBMISSION_DUE,
            Arg.year(2025),
            Arg.of(LocalDate.of(2026, 3, 31)),
            Arg.of(LocalDate.of(2026, 6, 30)),
            Arg.of(LocalDate.of(2026, 7, 1)));
    for (LocalDate asOf : List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 7, 1))) {
      List<Finding> found = PACK.check(account, asOf);
      assertEquals(List.of("INFO uk.submission.due uk.submission.due [acc-eu]"), summary(found));
      assertEquals(due, found.get(0).message());
    }
    assertEquals(
        "INFO uk.submission.due [acc-eu]: 2025 has ended: submit by 2026-03-31; Disclosure UK"
            + " publishes on 2026-06-30 or 2026-07-01"
            + SOURCE,
        PACK.check(account, LocalDate.of(2026, 1, 1)).get(0).toString());
    assertEquals(List.of(), PACK.check(account, LocalDate.of(2026, 7, 2)));
  }

  @Test
  void aMissingSubmissionDayIsAConfigurationFinding() {
    UkPack unset = UkPack.withDefaults();
    KeyAccount account =
        EuFixture.in("GB")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .build();
    List<Finding> found = unset.check(account, LocalDate.of(2026, 2, 1));
    assertEquals(
        List.of(
            "ERROR uk.configuration.submission-day-missing"
                + " uk.configuration.submission-day-missing [acc-eu]",
            "INFO uk.submission.due uk.submission.due.day-unset [acc-eu]"),
        summary(found));
    assertEquals(
        List.of(
            Message.of(UkCode.SUBMISSION_DAY_MISSING),
            Message.of(
                UkCode.SUBMISSION_DUE_DAY_UNSET,
                Arg.year(2025),
                Arg.year(2026),
                Arg.of(LocalDate.of(2026, 6, 30)),
                Arg.of(LocalDate.of(2026, 7, 1)))),
        found.stream().map(Finding::message).toList());
    assertEquals(
        List.of(
            "ERROR uk.configuration.submission-day-missing [acc-eu]: the policy has no Disclosure"
                + " UK submission day; companies submit about the end of March but the exact day"
                + " is unverified, so the host must set UkPolicy.submissionDay"
                + SOURCE,
            "INFO uk.submission.due [acc-eu]: 2025 has ended: submit about the end of March 2026;"
                + " Disclosure UK publishes on 2026-06-30 or 2026-07-01"
                + SOURCE),
        found.stream().map(Finding::toString).toList());
    assertEquals(
        List.of(), unset.check(EuFixture.in("GB").hcp("h1").build(), LocalDate.of(2026, 2, 1)));
  }

  @Test
  void badAttributesAreFindings() {
    EuFixture f =
        EuFixture.in("GB")
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("b1"))
                    .name("Mx b1")
                    .function(StakeholderFunction.FINANCE)
                    .putAttribute(UkFacts.LAWFUL_BASIS.name(), AttributeValue.text("gdpr"))
                    .putAttribute(UkFacts.DECISION_MAKER.name(), AttributeValue.text("yes"))
                    .putAttribute("uk.basis", AttributeValue.text("consent")));
    List<Finding> found = check(f);
    assertEquals(List.of("ERROR uk.attribute.invalid uk.attribute.invalid [b1]"), summary(found));
    assertEquals(
        List.of(
            Message.of(
                UkCode.ATTRIBUTE_INVALID,
                Arg.list(
                    FactProblems.unknown("uk.basis", UkFacts.STAKEHOLDER_KEYS),
                    FactProblems.moved("uk.decisionMaker"),
                    FactProblems.moved("uk.lawfulBasis")))),
        found.stream().map(Finding::message).toList());
    assertEquals(
        List.of(
            "uk.basis is not a fact read here; the facts read here are uk.lawfulBasis,"
                + " uk.decisionMaker, uk.decisionMaker is no longer read from the custom"
                + " attributes: record it as facts[\"uk.decisionMaker\"], uk.lawfulBasis is no"
                + " longer read from the custom attributes: record it as"
                + " facts[\"uk.lawfulBasis\"]."),
        found.stream().map(x -> x.message().toString()).toList());
  }

  @Test
  void accountsOutsideTheUkAndLaterTransfersAreNotJudged() {
    EuFixture ie =
        EuFixture.in("IE")
            .hcp("h1", Optional.empty())
            .pay("t1", "h1", "2025-03-01", "500.00 EUR", NatureOfPayment.CONSULTING_FEE);
    assertEquals(List.of(), check(ie));
    EuFixture gb =
        EuFixture.in("GB")
            .hcp("h1", Optional.empty())
            .pay("t1", "h1", "2026-01-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
    assertEquals(List.of(), check(gb));
  }

  @Test
  void theCalendarOfAPeriod() {
    UkCalendar c = UkCalendar.of(2025);
    assertEquals(LocalDate.of(2026, 3, 27), c.submissionDeadline(MonthDay.of(3, 27)));
    assertEquals(LocalDate.of(2026, 6, 30), c.publicationFrom());
    assertEquals(LocalDate.of(2026, 7, 1), c.publicationBy());
    UkPolicy policy = UkPolicy.builder().build();
    assertEquals(policy, UkPack.of(policy).policy());
    assertEquals("uk", UkPack.of(policy).id());
  }
}
