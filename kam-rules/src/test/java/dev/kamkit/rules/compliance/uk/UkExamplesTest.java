package dev.kamkit.rules.compliance.uk;

import static dev.kamkit.rules.compliance.EuFixture.findings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.rules.compliance.EuFixture;
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

  private static EuFixture basis(EuFixture f, String id, String basis) {
    return f.stakeholder(
        Stakeholder.builder()
            .id(StakeholderId.of(id))
            .name("Mx " + id)
            .function(StakeholderFunction.FINANCE)
            .putAttribute(UkAttributes.LAWFUL_BASIS, AttributeValue.text(basis)));
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
    assertEquals(
        List.of(
            "ERROR uk.lawful-basis.missing [h1, t1, t2]: h1 (HCP) has 2 disclosed transfers and no"
                + " recorded lawful basis; record uk.lawfulBasis (consent or legitimate-interests)"
                + SOURCE),
        check(f).stream().map(Finding::toString).toList());
  }

  @Test
  void legitimateInterestsNeedNoConsent() {
    EuFixture f =
        EuFixture.in("GB")
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("h1"))
                    .name("Dr h1")
                    .function(StakeholderFunction.CLINICAL)
                    .hcp(
                        dev.kamkit.model.stakeholder.HcpIdentity.builder()
                            .profession(dev.kamkit.model.stakeholder.HcpProfession.PHYSICIAN)
                            .disclosureConsent(false)
                            .build())
                    .putAttribute(
                        UkAttributes.LAWFUL_BASIS, AttributeValue.text("legitimate-interests")))
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
                      .putAttribute(UkAttributes.LAWFUL_BASIS, AttributeValue.text("consent")))
              .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
      assertEquals(
          List.of(
              "ERROR uk.lawful-basis.consent-not-given [h1, t1]: h1 (HCP) is disclosed on the"
                  + " basis of consent, but the HCP's disclosure consent is "
                  + (consent.isPresent() ? "refused" : "not recorded")
                  + SOURCE),
          check(f).stream().map(Finding::toString).toList());
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
            "INFO uk.recipient.out-of-scope [b1, t1]: b1 is a decision maker who is not an HCP;"
                + " such transfers are disclosed from 1 January 2022, and this one was made on"
                + " 2021-12-31"
                + SOURCE),
        findings(found, "uk.recipient.out-of-scope"));
    assertEquals(
        List.of(
            "ERROR uk.lawful-basis.missing [b1, t2]: b1 (decision maker) has 1 disclosed"
                + " transfers and no recorded lawful basis; record uk.lawfulBasis (consent or"
                + " legitimate-interests)"
                + SOURCE),
        findings(found, "uk.lawful-basis.missing"));
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
                    .putAttribute(UkAttributes.DECISION_MAKER, AttributeValue.flag(true)))
            .stakeholder(
                Stakeholder.builder()
                    .id(StakeholderId.of("unflagged"))
                    .name("Mx unflagged")
                    .function(StakeholderFunction.FINANCE)
                    .addBuyingRoles(BuyingRole.ECONOMIC_BUYER)
                    .putAttribute(UkAttributes.DECISION_MAKER, AttributeValue.flag(false)))
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
    assertTrue(
        findings(found, "uk.recipient.out-of-scope")
            .get(1)
            .contains("user is neither an HCP nor a decision maker; Disclosure UK does not cover"));
  }

  @Test
  void anEndedPeriodIsDueUntilPublicationOn1July() {
    EuFixture f = basis(EuFixture.in("GB"), "b1", "legitimate-interests");
    f.hcp("h1").pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE);
    KeyAccount account = f.build();
    assertEquals(List.of(), PACK.check(account, LocalDate.of(2025, 12, 31)));
    String due =
        "INFO uk.submission.due [acc-eu]: 2025 has ended: submit by 2026-03-31; Disclosure UK"
            + " publishes on 2026-06-30 or 2026-07-01"
            + SOURCE;
    assertEquals(
        List.of(due),
        PACK.check(account, LocalDate.of(2026, 1, 1)).stream().map(Finding::toString).toList());
    assertEquals(
        List.of(due),
        PACK.check(account, LocalDate.of(2026, 7, 1)).stream().map(Finding::toString).toList());
    assertEquals(List.of(), PACK.check(account, LocalDate.of(2026, 7, 2)));
  }

  @Test
  void aMissingSubmissionDayIsAConfigurationFinding() {
    UkPack unset = UkPack.of(UkPolicy.builder().build());
    KeyAccount account =
        EuFixture.in("GB")
            .hcp("h1")
            .pay("t1", "h1", "2025-03-01", "500.00 GBP", NatureOfPayment.CONSULTING_FEE)
            .build();
    assertEquals(
        List.of(
            "ERROR uk.configuration.submission-day-missing [acc-eu]: the policy has no Disclosure"
                + " UK submission day; companies submit about the end of March but the exact day"
                + " is unverified, so the host must set UkPolicy.submissionDay"
                + SOURCE,
            "INFO uk.submission.due [acc-eu]: 2025 has ended: submit about the end of March 2026;"
                + " Disclosure UK publishes on 2026-06-30 or 2026-07-01"
                + SOURCE),
        unset.check(account, LocalDate.of(2026, 2, 1)).stream().map(Finding::toString).toList());
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
                    .putAttribute(UkAttributes.LAWFUL_BASIS, AttributeValue.text("gdpr"))
                    .putAttribute(UkAttributes.DECISION_MAKER, AttributeValue.text("yes"))
                    .putAttribute("uk.basis", AttributeValue.text("consent")));
    assertEquals(
        List.of(
            "uk.basis is not a key read here; known keys are uk.lawfulBasis, uk.decisionMaker",
            "uk.lawfulBasis \"gdpr\" is not one of consent, legitimate-interests",
            "uk.decisionMaker must be a flag, was the text \"yes\""),
        check(f).stream().map(Finding::message).toList());
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
