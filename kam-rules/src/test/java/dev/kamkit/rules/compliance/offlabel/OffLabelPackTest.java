package dev.kamkit.rules.compliance.offlabel;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OffLabelPackTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  private static final LocalDate APPROVED = LocalDate.of(2026, 3, 1);
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final IndicationId FIRST_LINE = IndicationId.of("first-line");
  private static final IndicationId ADJUVANT = IndicationId.of("adjuvant");
  private static final OffLabelPack PACK = OffLabelPack.create();

  /** Oncoxa: first line approved in the US from 1 March 2026; adjuvant approved only in the EU. */
  private static KeyAccount.Builder account() {
    Product oncoxa =
        Product.builder()
            .id(ONCOXA)
            .name("Oncoxa")
            .kind(ProductKind.BIOLOGICAL)
            .therapeuticArea("Oncology")
            .addIndication(
                Indication.builder()
                    .id(FIRST_LINE)
                    .name("First-line NSCLC")
                    .addApproval(
                        IndicationApproval.builder()
                            .jurisdiction("US")
                            .approvedOn(APPROVED)
                            .build())
                    .build())
            .addIndication(
                Indication.builder()
                    .id(ADJUVANT)
                    .name("Adjuvant NSCLC")
                    .addApproval(
                        IndicationApproval.builder()
                            .jurisdiction("EU")
                            .approvedOn(APPROVED)
                            .build())
                    .build())
            .build();
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of("riverside"))
                .name("Riverside")
                .kind(AccountKind.HOSPITAL)
                .country("US")
                .addSite(
                    Site.builder()
                        .id(SiteId.of("main"))
                        .name("Main")
                        .kind(SiteKind.HOSPITAL)
                        .addClinicalUnit(
                            ClinicalUnit.builder()
                                .id(ClinicalUnitId.of("onc"))
                                .name("Oncology")
                                .build())
                        .build())
                .build())
        .addProduct(oncoxa)
        .addStakeholder(
            Stakeholder.builder()
                .id(StakeholderId.of("dr-hale"))
                .name("Dr. Hale")
                .function(StakeholderFunction.CLINICAL)
                .build())
        .addTeam(
            TeamMember.builder()
                .id(TeamMemberId.of("rep"))
                .name("Rep")
                .function(TeamFunction.SALES)
                .build(),
            TeamMember.builder()
                .id(TeamMemberId.of("msl"))
                .name("MSL")
                .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
                .build());
  }

  private static Interaction call(
      String member, LocalDate date, IndicationId indication, boolean unsolicited) {
    return Interaction.builder()
        .id(InteractionId.of("call-" + member + "-" + date))
        .date(date)
        .channel(Channel.IN_PERSON)
        .addTeamMember(TeamMemberId.of(member))
        .addStakeholder(StakeholderId.of("dr-hale"))
        .purpose("Discussion")
        .rationale("Clinical question")
        .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.ofNullable(indication)))
        .unsolicitedRequest(unsolicited)
        .build();
  }

  private static List<String> rules(KeyAccount account) {
    return ComplianceValidator.of(List.of(PACK)).validate(account, AS_OF).findings().stream()
        .map(Finding::ruleId)
        .toList();
  }

  @Test
  void aRepDiscussingAnIndicationApprovedOnlyInEuropeIsOffLabelInTheUs() {
    KeyAccount a = account().addInteraction(call("rep", AS_OF, ADJUVANT, false)).build();
    List<Finding> findings = PACK.check(a, AS_OF);
    assertEquals(1, findings.size());
    assertEquals("offlabel.interaction.unapproved-indication", findings.get(0).ruleId());
    assertEquals(
        "Interaction call-rep-2026-11-22 with commercial participants [rep] discussed Oncoxa for"
            + " \"Adjuvant NSCLC\" is not approved in US on 2026-11-22",
        findings.get(0).message());
  }

  @Test
  void theApprovalDateDecides() {
    assertEquals(
        List.of(),
        rules(account().addInteraction(call("rep", APPROVED, FIRST_LINE, false)).build()));
    assertEquals(
        List.of("offlabel.interaction.unapproved-indication"),
        rules(
            account()
                .addInteraction(call("rep", APPROVED.minusDays(1), FIRST_LINE, false))
                .build()));
  }

  @Test
  void aProductWithNoApprovalInForceCannotBeDiscussedCommerciallyEvenWithoutAnIndication() {
    assertEquals(
        List.of("offlabel.interaction.unapproved-product"),
        rules(account().addInteraction(call("rep", APPROVED.minusDays(1), null, false)).build()));
    assertEquals(
        List.of(), rules(account().addInteraction(call("rep", AS_OF, null, false)).build()));
  }

  @Test
  void aMedicalReplyToAnUnsolicitedRequestIsNotAFinding() {
    assertEquals(
        List.of(), rules(account().addInteraction(call("msl", AS_OF, ADJUVANT, true)).build()));
  }

  @Test
  void medicalOffLabelContentNeedsALoggedUnsolicitedRequest() {
    assertEquals(
        List.of("offlabel.interaction.no-unsolicited-request"),
        rules(account().addInteraction(call("msl", AS_OF, ADJUVANT, false)).build()));
  }

  @Test
  void aRepMustNotAnswerAnUnsolicitedOffLabelRequest() {
    Interaction joint =
        Interaction.builder()
            .from(call("msl", AS_OF, ADJUVANT, true))
            .addTeamMember(TeamMemberId.of("rep"))
            .build();
    assertEquals(
        List.of("offlabel.interaction.commercial-answered-request"),
        rules(account().addInteraction(joint).build()));
  }

  @Test
  void whitespaceAndObjectivesStayInsideApprovedIndications() {
    KeyAccount a =
        account()
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("onc"))
                    .status(WhitespaceStatus.OPEN)
                    .indication(ADJUVANT)
                    .build())
            .plan(
                AccountPlan.builder()
                    .name("Plan")
                    .addObjective(
                        Objective.builder()
                            .id(ObjectiveId.of("adjuvant-uptake"))
                            .title("Adjuvant uptake")
                            .product(ONCOXA)
                            .indication(ADJUVANT)
                            .build())
                    .addObjective(
                        Objective.builder()
                            .id(ObjectiveId.of("first-line-listing"))
                            .title("First-line listing")
                            .product(ONCOXA)
                            .indication(FIRST_LINE)
                            .build())
                    .build())
            .build();
    assertEquals(
        List.of("offlabel.objective.unapproved", "offlabel.whitespace.unapproved"), rules(a));
  }
}
