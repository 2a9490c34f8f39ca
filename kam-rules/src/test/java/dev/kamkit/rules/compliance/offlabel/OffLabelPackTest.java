package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.APPROVED;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.FIRST_LINE;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.REP;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.US;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.call;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.callArg;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class OffLabelPackTest {
  private static final OffLabelPack PACK = OffLabelPack.withDefaults();

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
        Message.of(
            OffLabelCode.INTERACTION_UNAPPROVED_INDICATION,
            callArg("rep", AS_OF),
            Arg.list(REP),
            ONCOXA_ARG,
            ADJUVANT_ARG,
            US,
            Arg.of(AS_OF)),
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
    LocalDate before = APPROVED.minusDays(1);
    List<Finding> found =
        PACK.check(account().addInteraction(call("rep", before, null, false)).build(), AS_OF);
    assertEquals(
        List.of("offlabel.interaction.unapproved-product"),
        found.stream().map(Finding::ruleId).toList());
    assertEquals(
        Message.of(
            OffLabelCode.INTERACTION_UNAPPROVED_PRODUCT,
            callArg("rep", before),
            Arg.list(REP),
            ONCOXA_ARG,
            US,
            Arg.of(before)),
        found.get(0).message());
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
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.NO_REQUEST_INDICATION,
                callArg("msl", AS_OF),
                ONCOXA_ARG,
                ADJUVANT_ARG,
                US,
                Arg.of(AS_OF))),
        messages(account().addInteraction(call("msl", AS_OF, ADJUVANT, false)).build()));
  }

  @Test
  void withoutAnIndicationEachRuleJudgesTheProductUnderItsOwnCode() {
    LocalDate before = APPROVED.minusDays(1);
    Interaction joint =
        Interaction.builder()
            .from(call("msl", before, null, true))
            .addTeamMember(TeamMemberId.of("rep"))
            .build();
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.ANSWERED_REQUEST_PRODUCT,
                callArg("msl", before),
                Arg.list(REP),
                ONCOXA_ARG,
                US,
                Arg.of(before))),
        messages(account().addInteraction(joint).build()));
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.NO_REQUEST_PRODUCT,
                callArg("msl", before),
                ONCOXA_ARG,
                US,
                Arg.of(before))),
        messages(account().addInteraction(call("msl", before, null, false)).build()));
    Interaction programme =
        Interaction.builder()
            .from(call("msl", before, null, true))
            .speakerProgram(
                SpeakerProgram.builder().topic("Oncoxa").venue(Venue.MEETING_ROOM).build())
            .build();
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.SPEAKER_PROGRAM_PRODUCT,
                callArg("msl", before),
                Arg.text("Oncoxa"),
                ONCOXA_ARG,
                US,
                Arg.of(before))),
        messages(account().addInteraction(programme).build()));
    KeyAccount planned =
        account()
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("onc"))
                    .status(WhitespaceStatus.SOLD)
                    .build())
            .plan(
                AccountPlan.builder()
                    .name("Plan")
                    .addObjective(
                        Objective.builder()
                            .id(ObjectiveId.of("launch"))
                            .title("Launch")
                            .product(ONCOXA)
                            .build())
                    .build())
            .build();
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.WHITESPACE_PRODUCT,
                ONCOXA_ARG,
                Arg.of(ClinicalUnitId.of("onc"), "Oncology"),
                Arg.of(WhitespaceStatus.SOLD),
                US,
                Arg.of(before)),
            Message.of(
                OffLabelCode.OBJECTIVE_PRODUCT,
                Arg.of(ObjectiveId.of("launch"), "Launch"),
                ONCOXA_ARG,
                US,
                Arg.of(before))),
        PACK.check(planned, before).stream().map(Finding::message).toList());
  }

  private static List<Message> messages(KeyAccount account) {
    return PACK.check(account, AS_OF).stream().map(Finding::message).toList();
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
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.ANSWERED_REQUEST_INDICATION,
                callArg("msl", AS_OF),
                Arg.list(REP),
                ONCOXA_ARG,
                ADJUVANT_ARG,
                US,
                Arg.of(AS_OF))),
        messages(account().addInteraction(joint).build()));
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
        OffLabelPack.withDefaults().check(a, AS_OF).stream()
            .filter(f -> f.ruleId().equals("offlabel.objective.unapproved"))
            .map(Finding::subjects)
            .toList());
    assertEquals(
        List.of(
            Message.of(
                OffLabelCode.WHITESPACE_INDICATION,
                ONCOXA_ARG,
                Arg.of(ClinicalUnitId.of("onc"), "Oncology"),
                Arg.of(WhitespaceStatus.OPEN),
                ADJUVANT_ARG,
                US,
                Arg.of(AS_OF)),
            Message.of(
                OffLabelCode.OBJECTIVE_INDICATION,
                Arg.of(ObjectiveId.of("adjuvant-uptake"), "Adjuvant uptake"),
                ONCOXA_ARG,
                ADJUVANT_ARG,
                US,
                Arg.of(AS_OF))),
        messages(a));
  }
}
