package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.APPROVED;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.FIRST_LINE;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA_ARG;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.PACK;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.US;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.riverside;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import dev.kamkit.scoring.whitespace.SpecialtyFit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples: a plan objective that targets Oncoxa (area Oncology; first line approved in the
 * US from 1 March 2026) in clinical units without naming an indication targets those whitespace
 * cells, and a cell the whitespace scorer would not propose is an off-label target.
 */
class OffLabelObjectiveUnitsTest {
  static final ObjectiveId EXPAND = ObjectiveId.of("expand");
  static final Arg OBJECTIVE = Arg.of(EXPAND, "Expand Oncoxa");

  private static ClinicalUnit unit(String id, String specialty) {
    ClinicalUnit.Builder u = ClinicalUnit.builder().id(ClinicalUnitId.of(id)).name(id);
    return (specialty == null ? u : u.specialty(specialty)).build();
  }

  static Arg unitArg(String id) {
    return Arg.of(ClinicalUnitId.of(id), id);
  }

  /** Riverside with five units, one objective on Oncoxa targeting {@code units}. */
  static KeyAccount.Builder targeting(Objective.Builder objective, String... units) {
    KeyAccount.Builder a =
        account()
            .account(
                riverside(
                    unit("onc", " oncology"),
                    unit("cardio", "Cardiology"),
                    unit("haem-onc", "Haematology-Oncology"),
                    unit("day", null),
                    unit("gi", "Oncology")));
    for (String u : units) {
      objective.addClinicalUnits(ClinicalUnitId.of(u));
    }
    return a.plan(AccountPlan.builder().name("Plan").addObjective(objective.build()).build());
  }

  static Objective.Builder expand() {
    return Objective.builder().id(EXPAND).title("Expand Oncoxa").product(ONCOXA);
  }

  private static List<Finding> unitFindings(OffLabelPack pack, KeyAccount a) {
    return pack.check(a, AS_OF).stream()
        .filter(f -> f.ruleId().startsWith("offlabel.objective.unit-"))
        .toList();
  }

  @Test
  void aUnitWhoseSpecialtyFitsAnApprovedAreaIsOnLabel() {
    assertEquals(List.of(), unitFindings(PACK, targeting(expand(), "onc").build()));
  }

  @Test
  void aUnitWhoseSpecialtyFitsNoApprovedAreaIsAnOffLabelTarget() {
    List<Finding> found = unitFindings(PACK, targeting(expand(), "cardio", "onc").build());
    assertEquals(1, found.size());
    Finding f = found.get(0);
    assertEquals("offlabel.objective.unit-specialty", f.ruleId());
    assertEquals(Severity.WARNING, f.severity());
    assertEquals(List.of(EXPAND, ONCOXA, ClinicalUnitId.of("cardio")), f.subjects());
    assertEquals(
        Message.of(
            OffLabelCode.OBJECTIVE_UNIT_SPECIALTY,
            OBJECTIVE,
            ONCOXA_ARG,
            unitArg("cardio"),
            Arg.text("Cardiology"),
            Arg.list(List.of("Oncology"), Arg::text),
            US,
            Arg.of(AS_OF)),
        f.message());
  }

  @Test
  void theHostsFitDecidesWhatElseASpecialtyTreats() {
    KeyAccount a = targeting(expand(), "haem-onc").build();
    assertEquals(
        List.of("offlabel.objective.unit-specialty"),
        unitFindings(PACK, a).stream().map(Finding::ruleId).toList());
    OffLabelPack host =
        OffLabelPack.of(
            OffLabelPolicy.defaults()
                .withVersion("acme-offlabel-1")
                .withSpecialtyFit(
                    SpecialtyFit.defaults()
                        .withAreasBySpecialty(Map.of("Haematology-Oncology", Set.of("Oncology")))));
    assertEquals(List.of(), unitFindings(host, a));
  }

  @Test
  void aUnitWithoutASpecialtyCannotBeJudgedAndIsNotReported() {
    // the whitespace scorer does not propose such a cell either
    // (whitespace.cell.excluded.no-specialty)
    assertEquals(List.of(), unitFindings(PACK, targeting(expand(), "day").build()));
  }

  @Test
  void aUnitWhoseCellIsMarkedNotIndicatedIsAnOffLabelTargetWhateverItsSpecialty() {
    KeyAccount a =
        targeting(expand(), "gi")
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("gi"))
                    .status(WhitespaceStatus.NOT_INDICATED)
                    .build())
            .build();
    List<Finding> found = unitFindings(PACK, a);
    assertEquals(1, found.size());
    assertEquals("offlabel.objective.unit-not-indicated", found.get(0).ruleId());
    assertEquals(Severity.ERROR, found.get(0).severity());
    assertEquals(
        Message.of(OffLabelCode.OBJECTIVE_UNIT_NOT_INDICATED, OBJECTIVE, ONCOXA_ARG, unitArg("gi")),
        found.get(0).message());
  }

  @Test
  void anObjectiveOrCellNamingAnIndicationIsJudgedByItsIndication() {
    // the objective names the approved first line: its units are not judged by specialty
    assertEquals(
        List.of(),
        unitFindings(PACK, targeting(expand().indication(FIRST_LINE), "cardio").build()));
    // the cell names the approved first line: the objective works on an on-label cell
    KeyAccount cell =
        targeting(expand(), "cardio")
            .addWhitespace(
                WhitespaceCell.builder()
                    .product(ONCOXA)
                    .clinicalUnit(ClinicalUnitId.of("cardio"))
                    .status(WhitespaceStatus.OPEN)
                    .indication(FIRST_LINE)
                    .build())
            .build();
    assertEquals(List.of(), PACK.check(cell, AS_OF));
  }

  @Test
  void beforeAnyApprovalOnlyTheProductIsReportedAndDeadObjectivesAreSkipped() {
    KeyAccount a = targeting(expand(), "cardio").build();
    assertEquals(
        List.of("offlabel.objective.unapproved"),
        PACK.check(a, APPROVED.minusDays(1)).stream().map(Finding::ruleId).toList());
    assertEquals(
        List.of(),
        unitFindings(
            PACK, targeting(expand().status(ObjectiveStatus.CANCELLED), "cardio").build()));
  }
}
