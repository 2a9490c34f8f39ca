package dev.kamkit.scoring.completeness;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.assertFulfilment;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.assertReason;
import static dev.kamkit.scoring.fixtures.ScoreAssertions.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
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
    assertReason(
        "completeness.profile.thin",
        Effect.GAP,
        "0 of 8 profile facts recorded; missing: beds, facility count, ownership, GPO"
            + " affiliations, contracts, EHR system, fiscal-year start, annual volumes",
        only(c));
  }

  @Test
  void fiveFactsAreOneShortOfAFullProfile() {
    ScoreComponent c = section(profiled(CompletenessSectionsTest::fiveFacts), "profile");
    // 5 / 6
    assertFulfilment("0.833333", c);
    assertReason(
        "completeness.profile.thin",
        Effect.GAP,
        "5 of 8 profile facts recorded; missing: EHR system, fiscal-year start, annual volumes",
        only(c));
  }

  @Test
  void sixFactsMakeAFullProfile() {
    ScoreComponent c = section(profiled(p -> fiveFacts(p).ehrSystem("Epic")), "profile");
    assertFulfilment("1", c);
    assertReason(
        "completeness.profile.full",
        Effect.STRENGTH,
        "6 of 8 profile facts recorded; missing: fiscal-year start, annual volumes",
        only(c));
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
    assertReason(
        "completeness.profile.full", Effect.STRENGTH, "8 of 8 profile facts recorded", only(c));
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
    assertReason(
        "completeness.map.too-small",
        Effect.GAP,
        "4 stakeholders mapped; a map needs at least 5",
        only(c));
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
    assertReason(
        "completeness.map.size-met",
        Effect.STRENGTH,
        "5 stakeholders mapped; a map needs at least 5",
        c.reasons().get(0));
    Reason thin = c.reasons().get(1);
    assertReason(
        "completeness.map.thin-entries",
        Effect.GAP,
        "2 mapped stakeholders lack a buying role or a sentiment: no-role, no-sentiment",
        thin);
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
    assertEquals(
        "1 mapped stakeholder lacks a buying role or a sentiment: no-role",
        c.reasons().get(1).message().toString());
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
    assertReason(
        "completeness.whitespace.no-grid",
        Effect.GAP,
        "No product of ours is recorded, so there is no whitespace grid",
        only(c));
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
    assertReason(
        "completeness.whitespace.partial",
        Effect.GAP,
        "11 of 12 product x clinical-unit cells assessed",
        only(c));
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
    assertReason(
        "completeness.whitespace.full",
        Effect.STRENGTH,
        "12 of 12 product x clinical-unit cells assessed",
        only(c));
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
    assertReason(
        "completeness.formulary.unknown",
        Effect.GAP,
        "Formulary status unknown for 1 of 2 products: cardia",
        r);
    assertEquals(List.of(CARDIA), r.subjects());
  }

  @Test
  void formularyStatusKnownForEveryProductOfOursIsAStrength() {
    KeyAccount account = withProducts(a -> a.addFormulary(listed(ONCOXA, AS_OF.minusYears(1))));
    ScoreComponent c = section(account, "formulary");
    assertFulfilment("1", c);
    assertReason(
        "completeness.formulary.known",
        Effect.STRENGTH,
        "Formulary status known for all 1 products",
        only(c));
  }

  @Test
  void withoutProductsOfOursFormularyStatusIsAGap() {
    ScoreComponent c = section(AccountFixture.largeIdn().build(), "formulary");
    assertFulfilment("0", c);
    assertReason(
        "completeness.formulary.no-products",
        Effect.GAP,
        "No product of ours is recorded",
        only(c));
  }

  // --- competitive landscape and value proposition ---

  @Test
  void noCompetitorIsAnEmptyLandscape() {
    ScoreComponent c = section(plan().build(), "competitive-landscape");
    assertFulfilment("0", c);
    assertReason(
        "completeness.competition.missing", Effect.GAP, "No competitor is recorded", only(c));
  }

  @Test
  void competitorsAreCountedInTheMessage() {
    CompetitorPosition bare =
        CompetitorPosition.builder().competitor("Rival").threat(ThreatLevel.HIGH).build();
    CompetitorPosition other =
        CompetitorPosition.builder().competitor("Other").threat(ThreatLevel.LOW).build();
    ScoreComponent one =
        section(plan().addCompetitiveLandscape(bare).build(), "competitive-landscape");
    assertReason(
        "completeness.competition.missing",
        Effect.GAP,
        "1 competitor position recorded, none with strengths or weaknesses",
        only(one));
    ScoreComponent two =
        section(
            plan().addCompetitiveLandscape(bare, other.withWeaknesses("Supply")).build(),
            "competitive-landscape");
    assertFulfilment("1", two);
    assertReason(
        "completeness.competition.assessed",
        Effect.STRENGTH,
        "2 competitor positions recorded",
        only(two));
  }

  @Test
  void aValuePropositionNeedsBothRationales() {
    ScoreComponent none = section(plan().build(), "value-proposition");
    assertFulfilment("0", none);
    assertReason(
        "completeness.value-proposition.missing",
        Effect.GAP,
        "No value proposition is recorded",
        only(none));

    ValueProposition clinicalOnly =
        ValueProposition.builder().statement("Fewer readmissions").clinicalRationale("RWE").build();
    assertEquals(
        "Value proposition without a documented business rationale",
        only(section(plan().valueProposition(clinicalOnly).build(), "value-proposition"))
            .message()
            .toString());

    ScoreComponent both =
        section(
            plan().valueProposition(clinicalOnly.withBusinessRationale("Cost")).build(),
            "value-proposition");
    assertFulfilment("1", both);
    assertReason(
        "completeness.value-proposition.documented",
        Effect.STRENGTH,
        "Value proposition with documented business and clinical rationale",
        only(both));
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
    assertReason("completeness.objectives.none", Effect.GAP, "No objective is recorded", only(c));
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
    assertReason(
        "completeness.objectives.measurable",
        Effect.STRENGTH,
        "2 of 2 objectives are measurable and dated",
        only(c));
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
    assertReason(
        "completeness.objectives.vague",
        Effect.GAP,
        "1 of 3 objectives are measurable and dated; without a measure or due date: Objective o2;"
            + " Objective o3",
        only(c));
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
    assertReason("completeness.actions.none", Effect.GAP, "No action is recorded", only(none));

    ScoreComponent partial =
        section(plan().addObjective(o).addActions(cancelled, good, undated).build(), "actions");
    assertFulfilment("0.5", partial);
    assertReason(
        "completeness.actions.loose",
        Effect.GAP,
        "1 of 2 actions have an owner, a due date and an objective",
        only(partial));
    assertEquals(List.of(ActionId.of("a2")), only(partial).subjects());

    ScoreComponent all =
        section(plan().addObjective(o).addActions(cancelled, good).build(), "actions");
    assertFulfilment("1", all);
    assertReason(
        "completeness.actions.owned",
        Effect.STRENGTH,
        "1 of 1 actions have an owner, a due date and an objective",
        only(all));
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
    assertReason("completeness.kpis.missing", Effect.GAP, "No KPI is recorded", only(none));

    ScoreComponent lagging =
        section(
            plan().addKpis(kpi("k1", KpiKind.LAGGING), kpi("k2", KpiKind.LAGGING)).build(), "kpis");
    assertFulfilment("0.5", lagging);
    assertReason(
        "completeness.kpis.missing",
        Effect.GAP,
        "Only lagging KPIs are tracked; leading indicators predict lagging ones",
        only(lagging));

    ScoreComponent both =
        section(
            plan().addKpis(kpi("k1", KpiKind.LAGGING), kpi("k2", KpiKind.LEADING)).build(), "kpis");
    assertReason(
        "completeness.kpis.both",
        Effect.STRENGTH,
        "Both leading and lagging KPIs are tracked",
        only(both));
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
    assertReason(
        "completeness.currency.updated",
        Effect.STRENGTH,
        "Last updated 2026-08-24 (90 days ago; limit 90)",
        reasons.get(0));
    assertReason(
        "completeness.currency.reviewed",
        Effect.STRENGTH,
        "Last reviewed 2026-07-25 (120 days ago; limit 120)",
        reasons.get(1));
  }

  @Test
  void oneDayMoreOnEachIsStaleAndUnreviewed() {
    LocalDate updated = AS_OF.minusDays(91);
    LocalDate reviewed = AS_OF.minusDays(121);
    ScoreComponent c = section(plan().addUpdates(updated).addReviews(reviewed).build(), "currency");
    assertFulfilment("0", c);
    List<Reason> reasons = currency(c);
    assertReason(
        "completeness.currency.stale",
        Effect.GAP,
        "Last updated 2026-08-23 (91 days ago; limit 90)",
        reasons.get(0));
    assertReason(
        "completeness.currency.unreviewed",
        Effect.GAP,
        "Last reviewed 2026-07-24 (121 days ago; limit 120)",
        reasons.get(1));
  }

  @Test
  void datesAfterAsOfAreNotYetUpdatesOrReviews() {
    ScoreComponent c =
        section(
            plan().addUpdates(AS_OF.plusDays(1)).addReviews(AS_OF.plusDays(1)).build(), "currency");
    assertFulfilment("0", c);
    assertEquals(
        List.of("Never updated", "Never reviewed"),
        currency(c).stream().map(r -> r.message().toString()).toList());
  }

  @Test
  void anUpdateOnAsOfWithoutAReviewEarnsHalf() {
    ScoreComponent c = section(plan().addUpdates(AS_OF).build(), "currency");
    assertFulfilment("0.5", c);
    assertEquals(
        "Last updated 2026-11-22 (0 days ago; limit 90)", currency(c).get(0).message().toString());
  }

  @Test
  void withoutAPlanCurrencyIsZeroForTheMissingPlan() {
    ScoreComponent c = section(AccountFixture.largeIdn().build(), "currency");
    assertFulfilment("0", c);
    assertReason("completeness.plan.missing", Effect.GAP, "There is no account plan", only(c));
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
    assertReason(
        "completeness.profile.full",
        Effect.STRENGTH,
        "2 of 8 profile facts recorded; missing: ownership, GPO affiliations, contracts, EHR"
            + " system, fiscal-year start, annual volumes",
        only(result.score().component("profile")));
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
