package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.APPROVED;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.FIRST_LINE;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.call;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffLabelPackTest {
  private static final OffLabelPack PACK = OffLabelPack.create();

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
        findings.get(0).message().toString());
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
    // only the adjuvant objective is off-label; the first-line one is approved
    assertEquals(
        List.of(List.of(ObjectiveId.of("adjuvant-uptake"))),
        OffLabelPack.create().check(a, AS_OF).stream()
            .filter(f -> f.ruleId().equals("offlabel.objective.unapproved"))
            .map(Finding::subjects)
            .toList());
  }
}
