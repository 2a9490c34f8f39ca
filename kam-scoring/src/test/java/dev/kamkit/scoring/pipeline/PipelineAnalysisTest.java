package dev.kamkit.scoring.pipeline;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.fixtures.AccountFixture;
import dev.kamkit.scoring.whitespace.CellRef;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the plan against the pipeline, after the Prolifiq pharma KAM guide: "The plan
 * should connect to opportunities and revenue."
 */
class PipelineAnalysisTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final ObjectiveId GROW = ObjectiveId.of("grow-oncoxa");
  private static final ObjectiveId MAP = ObjectiveId.of("map-pt");
  private static final LocalDate DUE = LocalDate.of(2027, 6, 30);
  private final PipelineAnalysis analysis = PipelineAnalysis.withDefaults();

  private static Product oncoxa() {
    return Product.builder()
        .id(ONCOXA)
        .name("Oncoxa")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .addIndication(
            Indication.builder()
                .id(IndicationId.of("oncoxa-1"))
                .name("First line")
                .addApproval(
                    IndicationApproval.builder()
                        .jurisdiction("US")
                        .approvedOn(LocalDate.of(2020, 1, 1))
                        .build())
                .build())
        .build();
  }

  /** Grow Oncoxa to $1M by mid-2027; a relationship objective that needs no pipeline. */
  private static AccountPlan plan(Objective.Builder grow) {
    return AccountPlan.builder()
        .name("Riverside 2027")
        .addObjectives(grow.build())
        .addObjectives(Objective.builder().id(MAP).title("Map the P&T committee").build())
        .build();
  }

  private static Objective.Builder grow() {
    return Objective.builder()
        .id(GROW)
        .title("Grow Oncoxa")
        .product(ONCOXA)
        .startDate(LocalDate.of(2026, 7, 1))
        .dueDate(DUE)
        .revenueTarget(Money.of("1000000", "USD"));
  }

  private static Opportunity.Builder opportunity(String id, OpportunityStage stage, String amount) {
    Opportunity.Builder o =
        Opportunity.builder()
            .id(OpportunityId.of(id))
            .name(id)
            .product(ONCOXA)
            .stage(stage)
            .amount(Money.of(amount, "USD"));
    return stage.isClosed()
        ? o.closedOn(LocalDate.of(2026, 10, 1))
        : o.expectedClose(LocalDate.of(2027, 3, 31));
  }

  private static KeyAccount account(
      Objective.Builder grow, List<WhitespaceCell> cells, Opportunity.Builder... opportunities) {
    return AccountFixture.largeIdn()
        .with(
            a -> {
              a.addProducts(oncoxa()).plan(plan(grow)).addAllWhitespace(cells);
              for (Opportunity.Builder o : opportunities) {
                a.addOpportunities(o.build());
              }
              return a;
            })
        .build();
  }

  private static KeyAccount account(Opportunity.Builder... opportunities) {
    return account(grow(), List.of(), opportunities);
  }

  private PipelineResult analyse(KeyAccount account) {
    return analysis.evaluate(account, WhitespaceScorer.withDefaults().score(account, AS_OF));
  }

  private static List<Reason> coded(PipelineResult r, PipelineCode code) {
    return r.reasons().stream().filter(x -> x.code().equals(code.code())).toList();
  }

  private static Arg grow0() {
    return ref(GROW, "Grow Oncoxa");
  }

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void aRevenueTargetIsWeighedAgainstWonAndWeightedOpenPipeline() {
    PipelineResult r =
        analyse(
            account(
                opportunity("won", OpportunityStage.WON, "200000").addObjectives(GROW),
                opportunity("listing", OpportunityStage.PROPOSAL, "1000000")
                    .probability(50)
                    .addObjectives(GROW)));
    TargetCoverage t = r.targets().get(0);
    assertEquals(usd("200000"), t.won());
    assertEquals(usd("500000"), t.weighted());
    assertEquals(usd("300000"), t.gap());
    assertCoded(
        "pipeline.target.gap",
        Effect.GAP,
        coded(r, PipelineCode.TARGET_GAP).get(0),
        grow0(),
        Arg.of(usd("1000000")),
        Arg.of(usd("200000")),
        Arg.of(usd("500000")),
        Arg.of(usd("300000")));
    assertEquals(Optional.of(usd("1000000")), r.openPipeline());
    assertEquals(Optional.of(usd("500000")), r.weightedPipeline());
  }

  @Test
  void aTargetReachedExactlyIsCoveredAndAStrength() {
    PipelineResult r =
        analyse(
            account(
                opportunity("won", OpportunityStage.WON, "400000").addObjectives(GROW),
                opportunity("listing", OpportunityStage.NEGOTIATION, "750000")
                    .probability(80)
                    .addObjectives(GROW)));
    assertTrue(r.targets().get(0).isCovered());
    assertEquals(usd("0"), r.targets().get(0).gap());
    assertCoded(
        "pipeline.target.covered",
        Effect.STRENGTH,
        coded(r, PipelineCode.TARGET_COVERED).get(0),
        grow0(),
        Arg.of(usd("1000000")),
        Arg.of(usd("400000")),
        Arg.of(usd("600000")));
  }

  @Test
  void anOpportunityClosingAfterTheObjectiveIsDueDoesNotCountTowardIt() {
    PipelineResult r =
        analyse(
            account(
                opportunity("late", OpportunityStage.PROPOSAL, "1000000")
                    .probability(90)
                    .expectedClose(DUE.plusDays(1))
                    .addObjectives(GROW)));
    assertEquals(usd("0"), r.targets().get(0).weighted());
    assertCoded(
        "pipeline.target.late",
        Effect.GAP,
        coded(r, PipelineCode.TARGET_LATE).get(0),
        grow0(),
        ref(OpportunityId.of("late"), "late"),
        Arg.of(DUE.plusDays(1)),
        Arg.of(DUE));
    // On the due date itself it still counts.
    PipelineResult onTime =
        analyse(
            account(
                opportunity("late", OpportunityStage.PROPOSAL, "1000000")
                    .probability(90)
                    .expectedClose(DUE)
                    .addObjectives(GROW)));
    assertEquals(usd("900000"), onTime.targets().get(0).weighted());
  }

  @Test
  void wonBeforeTheObjectiveStartedOrAfterTheDayDoesNotCount() {
    PipelineResult r =
        analyse(
            account(
                opportunity("before", OpportunityStage.WON, "300000")
                    .closedOn(LocalDate.of(2026, 6, 30))
                    .addObjectives(GROW),
                opportunity("on-start", OpportunityStage.WON, "100000")
                    .closedOn(LocalDate.of(2026, 7, 1))
                    .addObjectives(GROW),
                opportunity("future", OpportunityStage.WON, "500000")
                    .closedOn(AS_OF.plusDays(1))
                    .addObjectives(GROW)));
    assertEquals(usd("100000"), r.targets().get(0).won());
  }

  @Test
  void withoutARecordedProbabilityThePolicysStageProbabilityApplies() {
    Opportunity.Builder unweighted =
        opportunity("listing", OpportunityStage.QUALIFIED, "400000").addObjectives(GROW);
    PipelineResult byDefault = analyse(account(unweighted));
    assertEquals(Optional.of(usd("0")), byDefault.weightedPipeline());
    assertCoded(
        "pipeline.probability.unknown",
        Effect.GAP,
        coded(byDefault, PipelineCode.PROBABILITY_UNKNOWN).get(0),
        ref(OpportunityId.of("listing"), "listing"),
        Arg.of(OpportunityStage.QUALIFIED));

    PipelineAnalysis calibrated =
        PipelineAnalysis.of(
            PipelinePolicy.builder()
                .version("acme-pipeline-1")
                .putStageProbability(OpportunityStage.QUALIFIED, 25)
                .build());
    KeyAccount account = account(unweighted);
    PipelineResult r =
        calibrated.evaluate(account, WhitespaceScorer.withDefaults().score(account, AS_OF));
    assertEquals(Optional.of(usd("100000")), r.weightedPipeline());
    assertEquals(usd("100000"), r.targets().get(0).weighted());
    assertEquals("acme-pipeline-1", r.policyVersion());
    assertEquals("acme-pipeline-1", calibrated.policy().version());
    assertTrue(coded(r, PipelineCode.PROBABILITY_UNKNOWN).isEmpty());
  }

  @Test
  void aCommercialObjectiveNotYetDueNeedsAnOpenOrWonOpportunity() {
    PipelineResult none = analyse(account());
    assertEquals(List.of(GROW), List.copyOf(none.unbackedObjectives()));
    assertCoded(
        "pipeline.objective.unbacked",
        Effect.GAP,
        coded(none, PipelineCode.OBJECTIVE_UNBACKED).get(0),
        grow0());

    // A lost opportunity backs nothing; the relationship objective never needs a pipeline.
    PipelineResult lost =
        analyse(account(opportunity("lost", OpportunityStage.LOST, "1").addObjectives(GROW)));
    assertEquals(List.of(GROW), List.copyOf(lost.unbackedObjectives()));

    // An objective already past due is not asked for pipeline.
    PipelineResult overdue =
        analyse(
            account(
                grow().startDate(LocalDate.of(2025, 1, 1)).dueDate(AS_OF.minusDays(1)), List.of()));
    assertTrue(overdue.unbackedObjectives().isEmpty());
    PipelineResult dueToday =
        analyse(account(grow().startDate(LocalDate.of(2025, 1, 1)).dueDate(AS_OF), List.of()));
    assertEquals(List.of(GROW), List.copyOf(dueToday.unbackedObjectives()));

    // A medical objective about the product is not sold to: the firewall keeps pipeline off it.
    PipelineResult medical =
        analyse(
            account(grow().revenueTarget(Optional.empty()).division(Division.MEDICAL), List.of()));
    assertTrue(medical.unbackedObjectives().isEmpty());
  }

  @Test
  void anOpenOpportunityServingNoObjectiveIsUnalignedAndAnOverdueOneARisk() {
    PipelineResult r =
        analyse(
            account(
                opportunity("stray", OpportunityStage.IDENTIFIED, "50000")
                    .probability(10)
                    .expectedClose(AS_OF.minusDays(30)),
                opportunity("closed", OpportunityStage.LOST, "50000")));
    assertEquals(List.of(OpportunityId.of("stray")), List.copyOf(r.unalignedOpportunities()));
    assertCoded(
        "pipeline.opportunity.overdue",
        Effect.RISK,
        coded(r, PipelineCode.OPPORTUNITY_OVERDUE).get(0),
        ref(OpportunityId.of("stray"), "stray"),
        Arg.of(AS_OF.minusDays(30)),
        Arg.of(30));
    assertEquals(1, r.openCount());
    PipelineResult onTheDay =
        analyse(
            account(
                opportunity("due", OpportunityStage.IDENTIFIED, "50000")
                    .probability(10)
                    .expectedClose(AS_OF)
                    .addObjectives(GROW)));
    assertTrue(coded(onTheDay, PipelineCode.OPPORTUNITY_OVERDUE).isEmpty());
  }

  @Test
  void amountsInAnotherCurrencyAreLeftOutOfTheTotalsNotConverted() {
    PipelineResult r =
        analyse(
            account(
                opportunity("a", OpportunityStage.PROPOSAL, "100").probability(50),
                opportunity("b", OpportunityStage.PROPOSAL, "200").probability(50),
                opportunity("eur", OpportunityStage.PROPOSAL, "0")
                    .amount(Money.of("900", "EUR"))
                    .probability(50)
                    .addObjectives(GROW)));
    assertEquals(Optional.of(usd("300")), r.openPipeline());
    assertEquals(Optional.of(usd("150")), r.weightedPipeline());
    assertEquals(usd("0"), r.targets().get(0).weighted());
    assertCoded(
        "pipeline.currency.other",
        Effect.GAP,
        coded(r, PipelineCode.OTHER_CURRENCY).get(0),
        ref(OpportunityId.of("eur"), "eur"),
        Arg.text("EUR"),
        Arg.text("USD"));
  }

  @Test
  void openWhitespaceIsInThePipelineWhenAnOpportunityNamesItsProductAndUnit() {
    List<WhitespaceCell> cells =
        List.of(
            cell(1, WhitespaceStatus.SOLD),
            cell(2, WhitespaceStatus.OPEN),
            cell(3, WhitespaceStatus.IN_EVALUATION),
            cell(4, WhitespaceStatus.OPEN));
    PipelineResult r =
        analyse(
            account(
                grow(),
                cells,
                opportunity("onc-2", OpportunityStage.QUALIFIED, "1")
                    .clinicalUnit(ClinicalUnitId.of("onc-2"))
                    .addObjectives(GROW),
                opportunity("onc-4", OpportunityStage.LOST, "1")
                    .clinicalUnit(ClinicalUnitId.of("onc-4"))));
    assertEquals(List.of(cellRef(2)), List.copyOf(r.whitespaceInPipeline()));
    assertEquals(List.of(cellRef(3), cellRef(4)), List.copyOf(r.whitespaceUnworked()));
    assertEquals(Optional.of(new java.math.BigDecimal("33.3")), r.whitespaceConversion());
    assertCoded(
        "pipeline.whitespace.converted",
        Effect.STRENGTH,
        coded(r, PipelineCode.WHITESPACE_CONVERTED).get(0),
        Arg.of(1),
        Arg.of(3));
    assertCoded(
        "pipeline.whitespace.unworked",
        Effect.GAP,
        coded(r, PipelineCode.WHITESPACE_UNWORKED).get(0),
        ref(ONCOXA, "Oncoxa"),
        ref(ClinicalUnitId.of("onc-3"), "Oncology"),
        ref(SiteId.of("site-3"), "Hospital 3"));
  }

  @Test
  void withNoOpenOpportunityTheHeadlineSaysSo() {
    PipelineResult r = analyse(account());
    assertEquals(Optional.empty(), r.openPipeline());
    assertEquals("pipeline.empty", r.explanation().line().code().code());
    PipelineResult some =
        analyse(account(opportunity("a", OpportunityStage.PROPOSAL, "100").probability(50)));
    assertCoded(
        "pipeline.summary",
        some.explanation().line(),
        Arg.of(1),
        Arg.of(usd("100")),
        Arg.of(usd("50")));
  }

  @Test
  void theWhitespaceResultMustBeTheAccountsOwn() {
    KeyAccount account = account();
    WhitespaceResult other =
        WhitespaceScorer.withDefaults().score(account, AS_OF).withAccount(AccountId.of("other"));
    assertThrows(IllegalArgumentException.class, () -> analysis.evaluate(account, other));
  }

  @Test
  void aPolicyRejectsAClosedStageAndAProbabilityOutside0To100() {
    InvalidModelException closed =
        assertThrows(
            InvalidModelException.class,
            () -> PipelinePolicy.builder().putStageProbability(OpportunityStage.WON, 100).build());
    assertEquals(PipelineCode.CLOSED_STAGE, closed.violations().get(0).code());
    assertEquals("stageProbabilities[\"WON\"]", closed.violations().get(0).field());
    InvalidModelException above =
        assertThrows(
            InvalidModelException.class,
            () ->
                PipelinePolicy.builder()
                    .putStageProbability(OpportunityStage.PROPOSAL, 101)
                    .build());
    assertEquals(ModelCode.OUT_OF_RANGE, above.violations().get(0).code());
    assertEquals(
        Map.of(OpportunityStage.PROPOSAL, 0),
        PipelinePolicy.builder()
            .putStageProbability(OpportunityStage.PROPOSAL, 0)
            .build()
            .stageProbabilities());
  }

  private static WhitespaceCell cell(int unit, WhitespaceStatus status) {
    return WhitespaceCell.builder()
        .product(ONCOXA)
        .clinicalUnit(ClinicalUnitId.of("onc-" + unit))
        .status(status)
        .build();
  }

  private static CellRef cellRef(int unit) {
    return CellRef.of(ONCOXA, ClinicalUnitId.of("onc-" + unit));
  }
}
