package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.APPROVED;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.FIRST_LINE;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.PACK;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.US;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.call;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.callArg;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.PackRuleExamplesContract;
import dev.kamkit.rules.compliance.RulePack;
import java.time.LocalDate;
import java.util.List;

/**
 * A worked example for every rule of the off-label pack, on Oncoxa: first line approved in the US
 * from 1 March 2026, adjuvant approved in the EU only.
 */
public class OffLabelRuleExamplesTest extends PackRuleExamplesContract {

  @Override
  protected RulePack pack() {
    return PACK;
  }

  private static KeyAccount with(Interaction i) {
    return account().addInteraction(i).build();
  }

  @Override
  protected List<Example> examples() {
    KeyAccount jointReply =
        with(
            Interaction.builder()
                .from(call("msl", AS_OF, ADJUVANT, true))
                .addTeamMember(TeamMemberId.of("rep"))
                .build());
    KeyAccount whitespace =
        account()
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("onc"))
                    .status(WhitespaceStatus.OPEN)
                    .indication(ADJUVANT)
                    .build())
            .build();
    KeyAccount objective = OffLabelPolicyTest.withObjective(ObjectiveStatus.IN_PROGRESS);
    KeyAccount expiredAid =
        account()
            .addPromotionalMaterial(OffLabelMaterialsTest.aid().build())
            .addInteraction(
                OffLabelMaterialsTest.used("rep", OffLabelMaterialsTest.EXPIRES.plusDays(1)))
            .build();
    KeyAccount adjuvantAid =
        account()
            .addPromotionalMaterial(
                OffLabelMaterialsTest.aid().indications(List.of(ADJUVANT)).build())
            .addInteraction(OffLabelMaterialsTest.used("rep", AS_OF))
            .build();
    KeyAccount feeTheDayBefore =
        account()
            .addTransfersOfValue(
                OffLabelPaymentsAndProgrammesTest.fee(APPROVED.minusDays(1), "Oncology").build())
            .build();
    KeyAccount programmeTheDayBefore =
        with(
            OffLabelProgrammeCoverageTest.programme(
                APPROVED.minusDays(1),
                OffLabelProgrammeCoverageTest.talk().addIndications(FIRST_LINE)));
    KeyAccount programmeInNeurology =
        with(
            OffLabelProgrammeCoverageTest.programme(
                AS_OF, OffLabelProgrammeCoverageTest.talk().therapeuticArea("Neurology")));
    KeyAccount cardiologyTarget =
        OffLabelObjectiveUnitsTest.targeting(OffLabelObjectiveUnitsTest.expand(), "cardio").build();
    KeyAccount notIndicatedTarget =
        OffLabelObjectiveUnitsTest.targeting(OffLabelObjectiveUnitsTest.expand(), "gi")
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("gi"))
                    .status(WhitespaceStatus.NOT_INDICATED)
                    .build())
            .build();
    InteractionId programmeBefore = InteractionId.of("call-msl-" + APPROVED.minusDays(1));
    InteractionId programmeToday = InteractionId.of("call-msl-" + AS_OF);
    return List.of(
        // a programme the day before the indication it covers is approved
        example(
            PACK,
            programmeTheDayBefore,
            AS_OF,
            OffLabelRules.SPEAKER_PROGRAM_INDICATION,
            List.of(programmeBefore),
            OffLabelCode.SPEAKER_PROGRAM_NOT_YET_APPROVED,
            callArg("msl", APPROVED.minusDays(1)),
            Arg.text(OffLabelProgrammeCoverageTest.TOPIC),
            ONCOXA_ARG,
            Arg.of(FIRST_LINE, "First-line NSCLC"),
            US,
            Arg.of(APPROVED.minusDays(1)),
            Arg.of(APPROVED)),
        // a programme in an area Oncoxa is approved in nowhere near
        example(
            PACK,
            programmeInNeurology,
            AS_OF,
            OffLabelRules.SPEAKER_PROGRAM_AREA,
            List.of(programmeToday),
            OffLabelCode.SPEAKER_PROGRAM_AREA_UNMATCHED,
            callArg("msl", AS_OF),
            Arg.text(OffLabelProgrammeCoverageTest.TOPIC),
            Arg.of(AS_OF),
            Arg.text("Neurology"),
            Arg.list(ONCOXA_ARG),
            US,
            Arg.list(Arg.text("Oncology"))),
        // an objective on Oncoxa targeting the cardiology unit
        example(
            PACK,
            cardiologyTarget,
            AS_OF,
            OffLabelRules.OBJECTIVE_UNIT_SPECIALTY,
            List.of(OffLabelObjectiveUnitsTest.EXPAND, ONCOXA, ClinicalUnitId.of("cardio")),
            OffLabelCode.OBJECTIVE_UNIT_SPECIALTY,
            OffLabelObjectiveUnitsTest.OBJECTIVE,
            ONCOXA_ARG,
            OffLabelObjectiveUnitsTest.unitArg("cardio"),
            Arg.text("Cardiology"),
            Arg.list(List.of("Oncology"), Arg::text),
            US,
            Arg.of(AS_OF)),
        // an objective targeting a unit whose cell is marked not indicated
        example(
            PACK,
            notIndicatedTarget,
            AS_OF,
            OffLabelRules.OBJECTIVE_UNIT_NOT_INDICATED,
            List.of(OffLabelObjectiveUnitsTest.EXPAND, ONCOXA, ClinicalUnitId.of("gi")),
            OffLabelCode.OBJECTIVE_UNIT_NOT_INDICATED,
            OffLabelObjectiveUnitsTest.OBJECTIVE,
            ONCOXA_ARG,
            OffLabelObjectiveUnitsTest.unitArg("gi")),
        // the day before first line's approval
        example(
            PACK,
            with(call("rep", APPROVED.minusDays(1), FIRST_LINE, false)),
            AS_OF,
            OffLabelRules.COMMERCIAL_UNAPPROVED_INDICATION,
            List.of(InteractionId.of("call-rep-2026-02-28")),
            OffLabelCode.INTERACTION_UNAPPROVED_INDICATION,
            Arg.of(InteractionId.of("call-rep-2026-02-28")),
            Arg.list(Arg.of(TeamMemberId.of("rep"), "Rep")),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(IndicationId.of("first-line"), "First-line NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-02-28"))),
        example(
            PACK,
            with(call("rep", APPROVED.minusDays(1), null, false)),
            AS_OF,
            OffLabelRules.COMMERCIAL_UNAPPROVED_PRODUCT,
            List.of(InteractionId.of("call-rep-2026-02-28")),
            OffLabelCode.INTERACTION_UNAPPROVED_PRODUCT,
            Arg.of(InteractionId.of("call-rep-2026-02-28")),
            Arg.list(Arg.of(TeamMemberId.of("rep"), "Rep")),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-02-28"))),
        example(
            PACK,
            jointReply,
            AS_OF,
            OffLabelRules.COMMERCIAL_ANSWERED_UNSOLICITED,
            List.of(InteractionId.of("call-msl-2026-11-22")),
            OffLabelCode.ANSWERED_REQUEST_INDICATION,
            Arg.of(InteractionId.of("call-msl-2026-11-22")),
            Arg.list(Arg.of(TeamMemberId.of("rep"), "Rep")),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(IndicationId.of("adjuvant"), "Adjuvant NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-11-22"))),
        example(
            PACK,
            with(call("msl", AS_OF, ADJUVANT, false)),
            AS_OF,
            OffLabelRules.MEDICAL_WITHOUT_REQUEST,
            List.of(InteractionId.of("call-msl-2026-11-22")),
            OffLabelCode.NO_REQUEST_INDICATION,
            Arg.of(InteractionId.of("call-msl-2026-11-22")),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(IndicationId.of("adjuvant"), "Adjuvant NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-11-22"))),
        example(
            PACK,
            whitespace,
            AS_OF,
            OffLabelRules.WHITESPACE,
            List.of(ProductId.of("oncoxa"), ClinicalUnitId.of("onc")),
            OffLabelCode.WHITESPACE_INDICATION,
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(ClinicalUnitId.of("onc"), "Oncology"),
            Arg.of(WhitespaceStatus.OPEN),
            Arg.of(IndicationId.of("adjuvant"), "Adjuvant NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-11-22"))),
        example(
            PACK,
            objective,
            AS_OF,
            OffLabelRules.OBJECTIVE,
            List.of(ObjectiveId.of("adjuvant-uptake")),
            OffLabelCode.OBJECTIVE_INDICATION,
            Arg.of(ObjectiveId.of("adjuvant-uptake"), "Adjuvant uptake"),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(IndicationId.of("adjuvant"), "Adjuvant NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-11-22"))),
        example(
            PACK,
            expiredAid,
            AS_OF,
            OffLabelRules.MATERIAL_UNUSABLE,
            List.of(InteractionId.of("call-rep-2026-10-01"), MaterialId.of("aid")),
            OffLabelCode.MATERIAL_EXPIRED,
            Arg.of(InteractionId.of("call-rep-2026-10-01")),
            Arg.list(Arg.of(TeamMemberId.of("rep"), "Rep")),
            nested(
                OffLabelCode.MATERIAL_REVIEWED,
                Arg.of(MaterialId.of("aid"), "Oncoxa detail aid"),
                Arg.text("ONC-US-1")),
            Arg.of(LocalDate.parse("2026-10-01")),
            Arg.of(LocalDate.parse("2026-09-30"))),
        example(
            PACK,
            adjuvantAid,
            AS_OF,
            OffLabelRules.MATERIAL_UNAPPROVED_INDICATION,
            List.of(InteractionId.of("call-rep-2026-11-22"), MaterialId.of("aid")),
            OffLabelCode.MATERIAL_UNAPPROVED_INDICATION,
            Arg.of(InteractionId.of("call-rep-2026-11-22")),
            Arg.list(Arg.of(TeamMemberId.of("rep"), "Rep")),
            nested(
                OffLabelCode.MATERIAL_REVIEWED,
                Arg.of(MaterialId.of("aid"), "Oncoxa detail aid"),
                Arg.text("ONC-US-1")),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(IndicationId.of("adjuvant"), "Adjuvant NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-11-22"))),
        example(
            PACK,
            feeTheDayBefore,
            AS_OF,
            OffLabelRules.PAYMENT_THERAPEUTIC_AREA,
            List.of(TransferOfValueId.of("fee-2026-02-28")),
            OffLabelCode.PAYMENT_AREA_NONE_APPROVED,
            Arg.of(TransferOfValueId.of("fee-2026-02-28")),
            Arg.of(LocalDate.parse("2026-02-28")),
            Arg.text("Oncology"),
            Arg.list(Arg.of(ProductId.of("oncoxa"), "Oncoxa")),
            Arg.text("US")),
        example(
            PACK,
            with(OffLabelPaymentsAndProgrammesTest.programme("msl", true)),
            AS_OF,
            OffLabelRules.SPEAKER_PROGRAM,
            List.of(InteractionId.of("call-msl-2026-11-22")),
            OffLabelCode.SPEAKER_PROGRAM_INDICATION,
            Arg.of(InteractionId.of("call-msl-2026-11-22")),
            Arg.text("Adjuvant NSCLC update"),
            Arg.of(ProductId.of("oncoxa"), "Oncoxa"),
            Arg.of(IndicationId.of("adjuvant"), "Adjuvant NSCLC"),
            Arg.text("US"),
            Arg.of(LocalDate.parse("2026-11-22"))));
  }
}
