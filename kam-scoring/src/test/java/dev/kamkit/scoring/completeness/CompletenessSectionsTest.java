package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.ref;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholders;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.assertFulfilment;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for each plan-completeness section, on the boundaries of the default policy
 * (profile full from 6 of 8 facts, a map from 5 stakeholders, updates within 90 days, reviews
 * within 120). Fulfilments are the documented ratios at six decimals.
 */
class CompletenessSectionsTest {
  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final ProductId CARDIA = ProductId.of("cardia");
  private static final ProductId RIVAL = ProductId.of("rival");
  private final CompletenessScorer scorer = CompletenessScorer.withDefaults();

  private static Arg facts(ProfileFact... missing) {
    return Arg.list(List.of(missing), Arg::of);
  }

  private ScoreComponent section(KeyAccount account, String key) {
    return scorer.score(account, AS_OF).score().component(key);
  }

  private ScoreComponent section(AccountPlan plan, String key) {
    return section(withPlan(plan), key);
  }

  private static KeyAccount withPlan(AccountPlan plan) {
    return AccountFixture.largeIdn()
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .with(a -> a.plan(plan))
        .build();
  }

  private static AccountPlan.Builder plan() {
    return AccountPlan.builder().name("Riverside 2027");
  }

  // --- profile: full from 6 of the 8 facts ---

  private static KeyAccount profiled(UnaryOperator<AccountProfile.Builder> facts) {
    AccountProfile profile = facts.apply(AccountProfile.builder()).build();
    KeyAccount base = AccountFixture.largeIdn().build();
    return base.withAccount(base.account().withProfile(profile));
  }

  private static AccountProfile.Builder fiveFacts(AccountProfile.Builder p) {
    return p.beds(3400)
        .facilityCount(12)
        .ownership(Ownership.NOT_FOR_PROFIT)
        .addGpoAffiliations(
            GpoAffiliation.builder().gpoName("Vizient").commitment(GpoCommitment.COMMITTED).build())
        .addContracts(
            Contract.builder()
                .id(ContractId.of("c1"))
                .name("Supply")
                .kind(ContractKind.GPO)
                .status(ContractStatus.ACTIVE)
                .start(LocalDate.of(2025, 1, 1))
                .end(LocalDate.of(2027, 12, 31))
                .build());
  }

  @Test
  void aProfileWithNoFactIsEmptyAndNamesAllEightMissing() {
    ScoreComponent c = section(profiled(p -> p), "profile");
    assertFulfilment("0", c);
    assertCoded(
        "completeness.profile.thin",
        Effect.GAP,
        only(c),
        Arg.of(0),
        Arg.of(8),
        Arg.of(8),
        facts(ProfileFact.values()));
  }

  @Test
  void fiveFactsAreOneShortOfAFullProfile() {
    ScoreComponent c = section(profiled(CompletenessSectionsTest::fiveFacts), "profile");
    // 5 / 6
    assertFulfilment("0.833333", c);
    assertCoded(
        "completeness.profile.thin",
        Effect.GAP,
        only(c),
        Arg.of(5),
        Arg.of(8),
        Arg.of(3),
        facts(ProfileFact.EHR_SYSTEM, ProfileFact.FISCAL_YEAR_START, ProfileFact.ANNUAL_VOLUMES));
  }

  @Test
  void sixFactsMakeAFullProfile() {
    ScoreComponent c = section(profiled(p -> fiveFacts(p).ehrSystem("Epic")), "profile");
    assertFulfilment("1", c);
    assertCoded(
        "completeness.profile.full",
        Effect.STRENGTH,
        only(c),
        Arg.of(6),
        Arg.of(8),
        Arg.of(2),
        facts(ProfileFact.FISCAL_YEAR_START, ProfileFact.ANNUAL_VOLUMES));
  }

  @Test
  void allEightFactsStillEarnNoMoreThanFull() {
    ScoreComponent c =
        section(
            profiled(
                p ->
                    fiveFacts(p)
                        .ehrSystem("Epic")
                        .fiscalYearStart(MonthDay.of(7, 1))
                        .addAnnualVolumes(
                            AnnualVolume.builder().fiscalYear(2025).units(BigDecimal.TEN).build())),
            "profile");
    assertFulfilment("1", c);
    assertCoded(
        "completeness.profile.full",
        Effect.STRENGTH,
        only(c),
        Arg.of(8),
        Arg.of(8),
        Arg.of(0),
        facts());
    assertEquals("8 of 8 profile facts recorded", only(c).message().toString());
  }

  // --- relationship map: at least 5 engageable stakeholders, each with a role and a sentiment ---

  private static AccountFixture mapped(int complete) {
    AccountFixture f = AccountFixture.largeIdn();
    for (int i = 1; i <= complete; i++) {
      f.stakeholder(
          "s" + i,
          StakeholderFunction.CLINICAL,
          s -> s.sentiment(Sentiment.SUPPORTER),
          BuyingRole.USER);
    }
    return f;
  }

  @Test
  void fourCompleteStakeholdersAreTooFewForAMap() {
    ScoreComponent c = section(mapped(4).build(), "relationship-map");
    // size 4/5, substance 4/4: (0.8 + 1) / 2
    assertFulfilment("0.9", c);
    assertCoded("completeness.map.too-small", Effect.GAP, only(c), Arg.of(4), Arg.of(5));
  }

  @Test
  void aDepartedStakeholderDoesNotCountTowardsTheMap() {
    KeyAccount account =
        mapped(4)
            .stakeholder(
                "gone",
                StakeholderFunction.CLINICAL,
                s -> s.status(StakeholderStatus.DEPARTED).sentiment(Sentiment.ADVOCATE),
                BuyingRole.USER)
            .build();
    assertEquals("completeness.map.too-small", only(section(account, "relationship-map")).code());
  }

  @Test
  void fiveStakeholdersMakeAMapAndThinEntriesAreNamed() {
    KeyAccount account =
        mapped(3)
            .stakeholder(
                "no-role", StakeholderFunction.FINANCE, s -> s.sentiment(Sentiment.NEUTRAL))
            .stakeholder("no-sentiment", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .build();
    ScoreComponent c = section(account, "relationship-map");
    // size 5/5, substance 3/5: (1 + 0.6) / 2
    assertFulfilment("0.8", c);
    assertEquals(2, c.reasons().size());
    assertCoded(
        "completeness.map.size-met", Effect.STRENGTH, c.reasons().get(0), Arg.of(5), Arg.of(5));
    Reason thin = c.reasons().get(1);
    assertCoded(
        "completeness.map.thin-entries",
        Effect.GAP,
        thin,
        Arg.of(2),
        stakeholders("no-role", "no-sentiment"));
    assertEquals(
        List.of(StakeholderId.of("no-role"), StakeholderId.of("no-sentiment")), thin.subjects());
  }

  @Test
  void oneThinEntryIsNamedInTheSingular() {
    KeyAccount account =
        mapped(5)
            .stakeholder(
                "no-role", StakeholderFunction.FINANCE, s -> s.sentiment(Sentiment.NEUTRAL))
            .build();
    ScoreComponent c = section(account, "relationship-map");
    // size 6 capped at 5/5, substance 5/6 = 0.833333: 1.833333 / 2, half-even to six places
    assertFulfilment("0.916666", c);
    assertCoded(
        "completeness.map.thin-entries",
        Effect.GAP,
        c.reasons().get(1),
        Arg.of(1),
        stakeholders("no-role"));
  }

  // --- whitespace: every product of ours x every clinical unit ---

  private static Product product(ProductId id, boolean competitor) {
    return Product.builder()
        .id(id)
        .name(id.value())
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .competitor(competitor)
        .build();
  }

  private static WhitespaceCell cell(ProductId p, int unit) {
    return WhitespaceCell.builder()
        .product(p)
        .clinicalUnit(ClinicalUnitId.of("onc-" + unit))
        .status(WhitespaceStatus.OPEN)
        .build();
  }

  private static KeyAccount withProducts(UnaryOperator<KeyAccount.Builder> more) {
    return AccountFixture.largeIdn()
        .with(a -> more.apply(a.addProducts(product(ONCOXA, false), product(RIVAL, true))))
        .build();
  }

  @Test
  void withoutProductsOfOursThereIsNoWhitespaceGrid() {
    KeyAccount account =
        AccountFixture.largeIdn().with(a -> a.addProducts(product(RIVAL, true))).build();
    ScoreComponent c = section(account, "whitespace");
    assertFulfilment("0", c);
    assertCoded("completeness.whitespace.no-products", Effect.GAP, only(c));
  }

  @Test
  void withoutClinicalUnitsThereIsNoWhitespaceGrid() {
    KeyAccount base = withProducts(a -> a);
    KeyAccount account =
        base.withAccount(
            base.account().withSites(base.account().sites().get(0).withClinicalUnits(List.of())));
    ScoreComponent c = section(account, "whitespace");
    assertFulfilment("0", c);
    assertCoded("completeness.whitespace.no-units", Effect.GAP, only(c));
  }

  @Test
  void competitorCellsDoNotFillOurGrid() {
    // one product of ours x 12 oncology units; 11 of ours assessed, the rival's cell ignored
    KeyAccount account =
        withProducts(
            a -> {
              for (int u = 1; u <= 11; u++) {
                a.addWhitespace(cell(ONCOXA, u));
              }
              return a.addWhitespace(cell(RIVAL, 12));
            });
    ScoreComponent c = section(account, "whitespace");
    assertFulfilment("0.916667", c);
    assertCoded("completeness.whitespace.partial", Effect.GAP, only(c), Arg.of(11), Arg.of(12));
  }

  @Test
  void aFullyAssessedGridIsAStrength() {
    KeyAccount account =
        withProducts(
            a -> {
              for (int u = 1; u <= 12; u++) {
                a.addWhitespace(cell(ONCOXA, u));
              }
              return a;
            });
    ScoreComponent c = section(account, "whitespace");
    assertFulfilment("1", c);
    assertCoded("completeness.whitespace.full", Effect.STRENGTH, only(c), Arg.of(12), Arg.of(12));
  }

  // --- formulary status of each product of ours ---

  private static FormularyEntry listed(ProductId p, LocalDate from) {
    return FormularyEntry.builder()
        .product(p)
        .status(FormularyStatus.ON_FORMULARY)
        .effectiveFrom(from)
        .build();
  }

  @Test
  void formularyStatusCountsOnlyEntriesInForceOnAsOf() {
    KeyAccount account =
        withProducts(
            a ->
                a.addProducts(product(CARDIA, false))
                    .addFormulary(listed(ONCOXA, AS_OF), listed(CARDIA, AS_OF.plusDays(1))));
    ScoreComponent c = section(account, "formulary");
    assertFulfilment("0.5", c);
    Reason r = only(c);
    assertCoded(
        "completeness.formulary.unknown",
        Effect.GAP,
        r,
        Arg.of(1),
        Arg.of(2),
        Arg.list(ref(CARDIA, "cardia")));
    assertEquals(List.of(CARDIA), r.subjects());
  }

  @Test
  void formularyStatusKnownForEveryProductOfOursIsAStrength() {
    KeyAccount account = withProducts(a -> a.addFormulary(listed(ONCOXA, AS_OF.minusYears(1))));
    ScoreComponent c = section(account, "formulary");
    assertFulfilment("1", c);
    assertCoded("completeness.formulary.known", Effect.STRENGTH, only(c), Arg.of(1));
  }

  @Test
  void withoutProductsOfOursFormularyStatusIsAGap() {
    ScoreComponent c = section(AccountFixture.largeIdn().build(), "formulary");
    assertFulfilment("0", c);
    assertCoded("completeness.formulary.no-products", Effect.GAP, only(c));
  }

  // --- competitive landscape and value proposition ---

  @Test
  void noCompetitorIsAnEmptyLandscape() {
    ScoreComponent c = section(plan().build(), "competitive-landscape");
    assertFulfilment("0", c);
    assertCoded("completeness.competition.missing", Effect.GAP, only(c));
  }

  @Test
  void competitorsAreCountedInTheMessage() {
    CompetitorPosition bare =
        CompetitorPosition.builder().competitor("Rival").threat(ThreatLevel.HIGH).build();
    CompetitorPosition other =
        CompetitorPosition.builder().competitor("Other").threat(ThreatLevel.LOW).build();
    ScoreComponent one =
        section(plan().addCompetitiveLandscape(bare).build(), "competitive-landscape");
    assertFulfilment("0.5", one);
    assertCoded("completeness.competition.shallow", Effect.GAP, only(one), Arg.of(1));
    ScoreComponent two =
        section(
            plan().addCompetitiveLandscape(bare, other.withWeaknesses("Supply")).build(),
            "competitive-landscape");
    assertFulfilment("1", two);
    assertCoded("completeness.competition.assessed", Effect.STRENGTH, only(two), Arg.of(2));
  }

  @Test
  void aValuePropositionNeedsBothRationales() {
    ScoreComponent none = section(plan().build(), "value-proposition");
    assertFulfilment("0", none);
    assertCoded("completeness.value-proposition.missing", Effect.GAP, only(none));

    ValueProposition clinicalOnly =
        ValueProposition.builder().statement("Fewer readmissions").clinicalRationale("RWE").build();
    ScoreComponent half =
        section(plan().valueProposition(clinicalOnly).build(), "value-proposition");
    assertFulfilment("0.5", half);
    assertCoded("completeness.value-proposition.no-business-rationale", Effect.GAP, only(half));
    ValueProposition businessOnly =
        ValueProposition.builder()
            .statement("Fewer readmissions")
            .businessRationale("Cost")
            .build();
    assertCoded(
        "completeness.value-proposition.no-clinical-rationale",
        Effect.GAP,
        only(section(plan().valueProposition(businessOnly).build(), "value-proposition")));
    ValueProposition bare = ValueProposition.builder().statement("Fewer readmissions").build();
    assertCoded(
        "completeness.value-proposition.no-business-rationale",
        Effect.GAP,
        only(section(plan().valueProposition(bare).build(), "value-proposition")));

    ScoreComponent both =
        section(
            plan().valueProposition(clinicalOnly.withBusinessRationale("Cost")).build(),
            "value-proposition");
    assertFulfilment("1", both);
    assertCoded("completeness.value-proposition.documented", Effect.STRENGTH, only(both));
  }

  // --- objectives, actions, KPIs ---

  private static Objective objective(String id, boolean measurable) {
    Objective.Builder o = Objective.builder().id(ObjectiveId.of(id)).title("Objective " + id);
    return (measurable ? o.measure("Listed").dueDate(AS_OF.plusMonths(3)) : o).build();
  }

  @Test
  void withoutObjectivesTheSectionIsEmpty() {
    ScoreComponent c = section(plan().build(), "objectives");
    assertFulfilment("0", c);
    assertCoded("completeness.objectives.none", Effect.GAP, only(c));
  }

  @Test
  void cancelledObjectivesDoNotCountEitherWay() {
    Objective cancelled =
        Objective.builder()
            .id(ObjectiveId.of("o0"))
            .title("Dropped")
            .status(ObjectiveStatus.CANCELLED)
            .build();
    ScoreComponent c =
        section(
            plan().addObjectives(cancelled, objective("o1", true), objective("o2", true)).build(),
            "objectives");
    assertFulfilment("1", c);
    assertCoded(
        "completeness.objectives.measurable", Effect.STRENGTH, only(c), Arg.of(2), Arg.of(2));
    assertEquals(List.of(), only(c).subjects());
  }

  @Test
  void vagueObjectivesAreListedByTitle() {
    ScoreComponent c =
        section(
            plan()
                .addObjectives(
                    objective("o1", true), objective("o2", false), objective("o3", false))
                .build(),
            "objectives");
    assertFulfilment("0.333333", c);
    assertCoded(
        "completeness.objectives.vague",
        Effect.GAP,
        only(c),
        Arg.of(1),
        Arg.of(3),
        Arg.list(
            ref(ObjectiveId.of("o2"), "Objective o2"), ref(ObjectiveId.of("o3"), "Objective o3")));
    assertEquals(List.of(ObjectiveId.of("o2"), ObjectiveId.of("o3")), only(c).subjects());
  }

  // --- pipeline: revenue objectives backed by an open or won opportunity ---

  private static Objective.Builder revenueObjective(String id) {
    return Objective.builder()
        .id(ObjectiveId.of(id))
        .title("Grow " + id)
        .product(ONCOXA)
        .dueDate(AS_OF.plusMonths(6));
  }

  private static Opportunity opportunity(String id, OpportunityStage stage, String... serves) {
    Opportunity.Builder o =
        Opportunity.builder()
            .id(OpportunityId.of(id))
            .name(id)
            .product(ONCOXA)
            .stage(stage)
            .amount(Money.of("100000", "USD"));
    for (String objective : serves) {
      o.addObjectives(ObjectiveId.of(objective));
    }
    return (stage.isClosed()
            ? o.closedOn(AS_OF.minusDays(10))
            : o.expectedClose(AS_OF.plusMonths(3)))
        .build();
  }

  private ScoreComponent pipeline(List<Objective.Builder> objectives, Opportunity... pipeline) {
    AccountPlan.Builder p = plan();
    objectives.forEach(o -> p.addObjectives(o.build()));
    return section(withProducts(a -> a.plan(p.build()).addOpportunities(pipeline)), "pipeline");
  }

  @Test
  void withoutOpportunitiesThePlanIsNotWeighedAgainstAPipeline() {
    ScoreComponent c = pipeline(List.of(revenueObjective("o1")));
    assertFalse(c.applicable());
    assertCoded("completeness.pipeline.not-recorded", Effect.GAP, only(c));
  }

  @Test
  void withoutARevenueObjectiveTheSectionDoesNotApply() {
    // a medical objective about the product, one achieved and one past due seek no pipeline now
    ScoreComponent c =
        pipeline(
            List.of(
                revenueObjective("medical").division(Division.MEDICAL),
                revenueObjective("done").status(ObjectiveStatus.ACHIEVED),
                revenueObjective("late").dueDate(AS_OF.minusDays(1))),
            opportunity("opp", OpportunityStage.PROPOSAL));
    assertFalse(c.applicable());
    assertCoded("completeness.pipeline.no-revenue-objective", Effect.GAP, only(c));
  }

  @Test
  void aLostOpportunityBacksNothingAndTheUnlinkedObjectiveIsNamed() {
    ScoreComponent c =
        pipeline(
            List.of(revenueObjective("o1"), revenueObjective("o2")),
            opportunity("open", OpportunityStage.PROPOSAL, "o1"),
            opportunity("lost", OpportunityStage.LOST, "o2"));
    assertFulfilment("0.5", c);
    assertCoded(
        "completeness.pipeline.unlinked",
        Effect.GAP,
        only(c),
        Arg.of(1),
        Arg.of(2),
        Arg.list(List.of(Arg.of(ObjectiveId.of("o2"), "Grow o2"))));
    assertEquals(List.of(ObjectiveId.of("o2")), only(c).subjects());
  }

  @Test
  void anOpenOrWonOpportunityBehindEveryRevenueObjectiveIsAStrength() {
    ScoreComponent c =
        pipeline(
            List.of(
                revenueObjective("o1"), revenueObjective("o2").revenueTarget(Money.of("5", "USD"))),
            opportunity("open", OpportunityStage.NEGOTIATION, "o1"),
            opportunity("won", OpportunityStage.WON, "o2"));
    assertFulfilment("1", c);
    assertCoded("completeness.pipeline.linked", Effect.STRENGTH, only(c), Arg.of(2), Arg.of(2));
  }

  @Test
  void actionsCountWhenOwnedDatedAndLinkedAndCancelledOnesAreIgnored() {
    Objective o = objective("o1", true);
    Action good =
        Action.builder()
            .id(ActionId.of("a1"))
            .title("Dossier")
            .owner(TeamMemberId.of("kam"))
            .dueDate(AS_OF)
            .addObjectives(o.id())
            .build();
    Action undated = good.withId(ActionId.of("a2")).withDueDate(java.util.Optional.empty());
    Action cancelled =
        Action.builder()
            .id(ActionId.of("a0"))
            .title("Dropped")
            .status(ActionStatus.CANCELLED)
            .build();
    ScoreComponent none = section(plan().addObjective(o).build(), "actions");
    assertCoded("completeness.actions.none", Effect.GAP, only(none));

    ScoreComponent partial =
        section(plan().addObjective(o).addActions(cancelled, good, undated).build(), "actions");
    assertFulfilment("0.5", partial);
    assertCoded("completeness.actions.loose", Effect.GAP, only(partial), Arg.of(1), Arg.of(2));
    assertEquals(List.of(ActionId.of("a2")), only(partial).subjects());

    ScoreComponent all =
        section(plan().addObjective(o).addActions(cancelled, good).build(), "actions");
    assertFulfilment("1", all);
    assertCoded("completeness.actions.owned", Effect.STRENGTH, only(all), Arg.of(1), Arg.of(1));
  }

  private static Kpi kpi(String id, KpiKind kind) {
    return Kpi.builder()
        .id(KpiId.of(id))
        .name(id)
        .kind(kind)
        .perspective(KpiPerspective.COMPANY)
        .build();
  }

  @Test
  void kpisNameWhatIsTrackedAndWhatIsMissing() {
    ScoreComponent none = section(plan().build(), "kpis");
    assertFulfilment("0", none);
    assertCoded("completeness.kpis.none", Effect.GAP, only(none));

    ScoreComponent lagging =
        section(
            plan().addKpis(kpi("k1", KpiKind.LAGGING), kpi("k2", KpiKind.LAGGING)).build(), "kpis");
    assertFulfilment("0.5", lagging);
    assertCoded("completeness.kpis.lagging-only", Effect.GAP, only(lagging));

    ScoreComponent leading = section(plan().addKpis(kpi("k1", KpiKind.LEADING)).build(), "kpis");
    assertFulfilment("0.5", leading);
    assertCoded("completeness.kpis.leading-only", Effect.GAP, only(leading));

    ScoreComponent both =
        section(
            plan().addKpis(kpi("k1", KpiKind.LAGGING), kpi("k2", KpiKind.LEADING)).build(), "kpis");
    assertFulfilment("1", both);
    assertCoded("completeness.kpis.both", Effect.STRENGTH, only(both));
  }

  // --- currency: updated within 90 days, reviewed within 120, and not rotten ---

  private static List<Reason> currency(ScoreComponent c) {
    return c.reasons();
  }

  @Test
  void anUpdate90DaysAgoIsFreshAndAReview120DaysAgoIsRecent() {
    LocalDate updated = AS_OF.minusDays(90);
    LocalDate reviewed = AS_OF.minusDays(120);
    ScoreComponent c = section(plan().addUpdates(updated).addReviews(reviewed).build(), "currency");
    assertFulfilment("1", c);
    List<Reason> reasons = currency(c);
    assertEquals(2, reasons.size(), reasons.toString());
    assertCoded(
        "completeness.currency.updated",
        Effect.STRENGTH,
        reasons.get(0),
        Arg.of(LocalDate.of(2026, 8, 24)),
        Arg.of(90),
        Arg.of(90));
    assertCoded(
        "completeness.currency.reviewed",
        Effect.STRENGTH,
        reasons.get(1),
        Arg.of(LocalDate.of(2026, 7, 25)),
        Arg.of(120),
        Arg.of(120));
  }

  @Test
  void oneDayMoreOnEachIsStaleAndUnreviewed() {
    LocalDate updated = AS_OF.minusDays(91);
    LocalDate reviewed = AS_OF.minusDays(121);
    ScoreComponent c = section(plan().addUpdates(updated).addReviews(reviewed).build(), "currency");
    assertFulfilment("0", c);
    List<Reason> reasons = currency(c);
    assertEquals(3, reasons.size(), reasons.toString());
    // the overdue review is plan rot, listed first as rot always is
    assertEquals("completeness.rot.review-overdue", reasons.get(0).code());
    assertCoded(
        "completeness.currency.stale",
        Effect.GAP,
        reasons.get(1),
        Arg.of(LocalDate.of(2026, 8, 23)),
        Arg.of(91),
        Arg.of(90));
    assertCoded(
        "completeness.currency.unreviewed",
        Effect.GAP,
        reasons.get(2),
        Arg.of(LocalDate.of(2026, 7, 24)),
        Arg.of(121),
        Arg.of(120));
  }

  @Test
  void aFreshPlanWhoseReviewIsOverdueIsRottenAndEarnsNothing() {
    LocalDate reviewed = AS_OF.minusDays(121);
    // updated after the review, so the review reached the plan; only the cadence is missed
    ScoreComponent c = section(plan().addUpdates(AS_OF).addReviews(reviewed).build(), "currency");
    assertFulfilment("0", c);
    assertCoded(
        "completeness.rot.review-overdue",
        Effect.RISK,
        currency(c).get(0),
        Arg.of(reviewed),
        Arg.of(1),
        Arg.of(91),
        Arg.of(120));
    assertEquals(
        List.of(
            "completeness.rot.review-overdue",
            "completeness.currency.updated",
            "completeness.currency.unreviewed"),
        currency(c).stream().map(Reason::code).toList());
  }

  @Test
  void datesAfterAsOfAreNotYetUpdatesOrReviews() {
    ScoreComponent c =
        section(
            plan().addUpdates(AS_OF.plusDays(1)).addReviews(AS_OF.plusDays(1)).build(), "currency");
    assertFulfilment("0", c);
    assertEquals(2, currency(c).size());
    assertCoded("completeness.currency.never-updated", Effect.GAP, currency(c).get(0));
    assertCoded("completeness.currency.never-reviewed", Effect.GAP, currency(c).get(1));
  }

  @Test
  void anUpdateOnAsOfWithoutAReviewEarnsHalf() {
    ScoreComponent c = section(plan().addUpdates(AS_OF).build(), "currency");
    assertFulfilment("0.5", c);
    assertCoded(
        "completeness.currency.updated",
        Effect.STRENGTH,
        currency(c).get(0),
        Arg.of(AS_OF),
        Arg.of(0),
        Arg.of(90));
    assertCoded("completeness.currency.never-reviewed", Effect.GAP, currency(c).get(1));
  }

  @Test
  void withoutAPlanCurrencyIsZeroForTheMissingPlan() {
    ScoreComponent c = section(AccountFixture.largeIdn().build(), "currency");
    assertFulfilment("0", c);
    assertCoded("completeness.plan.missing", Effect.GAP, only(c));
  }

  @Test
  void aScorerOfACustomPolicyJudgesByIt() {
    CompletenessPolicy lenient =
        CompletenessPolicy.builder().profileFactsForFull(2).minStakeholdersMapped(1).build();
    CompletenessScorer custom = CompletenessScorer.of(lenient);
    assertEquals(lenient, custom.policy());
    // the fixture records beds and facility count: two facts are a full profile here
    CompletenessResult result = custom.score(AccountFixture.largeIdn().build(), AS_OF);
    assertEquals(lenient, result.policy());
    assertCoded(
        "completeness.profile.full",
        Effect.STRENGTH,
        only(result.score().component("profile")),
        Arg.of(2),
        Arg.of(8),
        Arg.of(6),
        facts(
            ProfileFact.OWNERSHIP,
            ProfileFact.GPO_AFFILIATIONS,
            ProfileFact.CONTRACTS,
            ProfileFact.EHR_SYSTEM,
            ProfileFact.FISCAL_YEAR_START,
            ProfileFact.ANNUAL_VOLUMES));
  }

  @Test
  void aPlanHasItsProgressRolledUpAndAnAccountWithoutOneHasNone() {
    Objective o = objective("o1", true);
    CompletenessResult result = scorer.score(withPlan(plan().addObjective(o).build()), AS_OF);
    assertEquals(1, result.progress().orElseThrow().objectives().size());
    assertEquals(
        java.util.Optional.empty(),
        scorer.score(AccountFixture.largeIdn().build(), AS_OF).progress());
  }
}
