package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The data proxies of each factor on the default bands (beds 100/200/500/1000, open cells 1/3/6/10,
 * pain points 1/2/4/6, restricted share 1/25/50/75 %, decision points 2/4/6/8, crowded from three
 * competitors), with the code and arguments each reading gives and, for some, its English words.
 */
class FactorReaderTest {
  private static FactorAssessment read(KeyAccount account, Factor factor) {
    return new FactorReader(account, AS_OF, EngagementPolicy.defaults())
        .read(factor, EngagementInputs.none());
  }

  private static void assertData(
      Rating rating, EngagementCode basis, FactorAssessment a, Arg... args) {
    assertEquals(Optional.of(rating), a.rating(), a.basis().toString());
    assertEquals(InputSource.DATA, a.source());
    assertEquals(Message.of(basis, args), a.basis());
  }

  private static void assertNotAssessed(EngagementCode why, FactorAssessment a, Arg... args) {
    assertEquals(Optional.empty(), a.rating(), a.basis().toString());
    assertEquals(InputSource.NOT_ASSESSED, a.source());
    assertEquals(Message.of(why, args), a.basis());
  }

  @Test
  void aHostRatingWinsAndNamesItsSourceWhenGiven() {
    KeyAccount account = AccountFixture.hospital("h", "H", 3_000).build();
    FactorReader reader = new FactorReader(account, AS_OF, EngagementPolicy.defaults());
    FactorAssessment sourced =
        reader.read(
            Factor.PATIENT_POPULATION,
            EngagementInputs.builder().patientPopulation(Rating.LOW).source("brand plan").build());
    assertEquals(Optional.of(Rating.LOW), sourced.rating());
    assertEquals(InputSource.HOST, sourced.source());
    assertEquals(
        Message.of(EngagementCode.BASIS_HOST_SOURCE, Arg.text("brand plan")), sourced.basis());
    assertEquals("rated by the host: brand plan", sourced.basis().toString());
    assertEquals(
        Message.of(EngagementCode.BASIS_HOST),
        reader
            .read(
                Factor.PATIENT_POPULATION,
                EngagementInputs.builder().patientPopulation(Rating.LOW).build())
            .basis());
  }

  // --- competitive intensity: the highest threat, one step up from three competitors ---

  private static CompetitorPosition rival(String name, ThreatLevel threat) {
    return CompetitorPosition.builder().competitor(name).threat(threat).build();
  }

  @Test
  void oneOrTwoCompetitorsAreRatedByTheHighestThreat() {
    KeyAccount one =
        AccountFixture.hospital("h", "H", 300)
            .plan(p -> p.addCompetitiveLandscape(rival("A", ThreatLevel.LOW)))
            .build();
    FactorAssessment oneRival = read(one, Factor.COMPETITIVE_INTENSITY);
    assertData(
        Rating.LOW, EngagementCode.BASIS_COMPETITORS, oneRival, Arg.of(1), Arg.of(ThreatLevel.LOW));
    assertEquals("data: 1 competitor recorded, highest threat low", oneRival.basis().toString());
    KeyAccount two =
        AccountFixture.hospital("h", "H", 300)
            .plan(
                p ->
                    p.addCompetitiveLandscape(
                        rival("A", ThreatLevel.LOW), rival("B", ThreatLevel.MEDIUM)))
            .build();
    assertData(
        Rating.MEDIUM,
        EngagementCode.BASIS_COMPETITORS,
        read(two, Factor.COMPETITIVE_INTENSITY),
        Arg.of(2),
        Arg.of(ThreatLevel.MEDIUM));
  }

  @Test
  void threeCompetitorsMakeTheFieldCrowded() {
    KeyAccount three =
        AccountFixture.hospital("h", "H", 300)
            .plan(
                p ->
                    p.addCompetitiveLandscape(
                        rival("A", ThreatLevel.LOW),
                        rival("B", ThreatLevel.LOW),
                        rival("C", ThreatLevel.LOW)))
            .build();
    assertData(
        Rating.MEDIUM,
        EngagementCode.BASIS_COMPETITORS,
        read(three, Factor.COMPETITIVE_INTENSITY),
        Arg.of(3),
        Arg.of(ThreatLevel.LOW));
  }

  @Test
  void withoutALandscapeCompetitorHeldCellsOfOursShowCompetition() {
    KeyAccount one =
        AccountFixture.idn("i", "I", 3)
            .product(WhitespaceStatus.COMPETITOR_HELD, WhitespaceStatus.OPEN)
            .build();
    FactorAssessment oneCell = read(one, Factor.COMPETITIVE_INTENSITY);
    assertData(Rating.MEDIUM, EngagementCode.BASIS_COMPETITOR_CELLS, oneCell, Arg.of(1));
    assertEquals(
        "data: 1 whitespace cell held by competitors; no competitive landscape recorded",
        oneCell.basis().toString());
    KeyAccount two =
        AccountFixture.idn("i", "I", 3)
            .product(WhitespaceStatus.COMPETITOR_HELD, WhitespaceStatus.COMPETITOR_HELD)
            .build();
    assertData(
        Rating.MEDIUM,
        EngagementCode.BASIS_COMPETITOR_CELLS,
        read(two, Factor.COMPETITIVE_INTENSITY),
        Arg.of(2));
  }

  @Test
  void aCompetitorsOwnHeldCellIsNoEvidence() {
    KeyAccount account =
        AccountFixture.idn("i", "I", 2)
            .with(
                a ->
                    a.addProduct(product("rival", true))
                        .addWhitespace(
                            WhitespaceCell.builder()
                                .product(ProductId.of("rival"))
                                .clinicalUnit(ClinicalUnitId.of("onc-1"))
                                .status(WhitespaceStatus.COMPETITOR_HELD)
                                .build()))
            .build();
    assertNotAssessed(
        EngagementCode.BASIS_NO_COMPETITION, read(account, Factor.COMPETITIVE_INTENSITY));
  }

  // --- payer pressure: the share of our products restricted or unlisted ---

  private static Product product(String id, boolean competitor) {
    return Product.builder()
        .id(ProductId.of(id))
        .name(id)
        .kind(ProductKind.DRUG)
        .therapeuticArea("Oncology")
        .competitor(competitor)
        .build();
  }

  private static FormularyEntry entry(String product, FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder()
        .product(ProductId.of(product))
        .status(status)
        .effectiveFrom(from)
        .build();
  }

  @Test
  void payerPressureIsTheShareOfOurKnownProductsRestricted() {
    LocalDate before = AS_OF.minusYears(1);
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .with(
                a ->
                    a.addProducts(
                            product("a", false),
                            product("b", false),
                            product("c", false),
                            product("d", false),
                            product("later", false),
                            product("rival", true))
                        .addFormulary(
                            entry("a", FormularyStatus.RESTRICTED, before),
                            entry("b", FormularyStatus.ON_FORMULARY, before),
                            entry("c", FormularyStatus.PREFERRED, before),
                            entry("d", FormularyStatus.UNDER_REVIEW, before),
                            entry("later", FormularyStatus.NOT_LISTED, AS_OF.plusDays(1)),
                            entry("rival", FormularyStatus.NON_FORMULARY, before)))
            .build();
    // 1 of 4: 25 %, the third band
    FactorAssessment pressure = read(account, Factor.PAYER_AFFORDABILITY_PRESSURE);
    assertData(
        Rating.MEDIUM,
        EngagementCode.BASIS_FORMULARY,
        pressure,
        Arg.of(1),
        Arg.of(4),
        Arg.of(BigDecimal.valueOf(25)));
    assertEquals(
        "data: 1 of 4 products restricted or unlisted on the formulary, 25%",
        pressure.basis().toString());
  }

  @Test
  void withoutAnyFormularyStatusPayerPressureIsNotAssessed() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .with(a -> a.addProducts(product("a", false)))
            .build();
    assertNotAssessed(
        EngagementCode.BASIS_NO_FORMULARY, read(account, Factor.PAYER_AFFORDABILITY_PRESSURE));
  }

  // --- decision-making complexity: bodies, levels, sites and deciding functions ---

  private static DecisionBody body(String id, DecisionScope scope) {
    DecisionBody.Builder b =
        DecisionBody.builder()
            .id(DecisionBodyId.of(id))
            .name(id)
            .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .scope(scope);
    return (scope == DecisionScope.SITE ? b.site(SiteId.of("site-1")) : b).build();
  }

  @Test
  void aSingleSiteWithNothingRecordedIsNotAssessed() {
    assertNotAssessed(
        EngagementCode.BASIS_NO_DECISION,
        read(AccountFixture.hospital("h", "H", 300).build(), Factor.DECISION_MAKING_COMPLEXITY));
  }

  @Test
  void oneDecidingFunctionAtOneSiteIsNoComplexity() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("adviser", StakeholderFunction.CLINICAL)
            .build();
    FactorAssessment decision = read(account, Factor.DECISION_MAKING_COMPLEXITY);
    assertData(Rating.VERY_LOW, EngagementCode.BASIS_DECISION, decision, points(0, 1, 1, 0));
    assertEquals(
        "data: 0 decision bodies, 1 site, 1 deciding function: 0 of 10 points",
        decision.basis().toString());
  }

  @Test
  void pointsAddUpFromBodiesSitesAndFunctions() {
    // 1 body + 2..4 sites (1) + 2..3 deciding functions (1) = 3: low
    KeyAccount small =
        AccountFixture.hospital("h", "H", 300)
            .profile(p -> p.facilityCount(4))
            .with(a -> a.addDecisionBody(body("pt", DecisionScope.SYSTEM)))
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("pharm", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .stakeholder("chief", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .stakeholder(
                "gone",
                StakeholderFunction.NURSING,
                s -> s.status(StakeholderStatus.DEPARTED),
                BuyingRole.USER)
            .build();
    assertData(
        Rating.LOW,
        EngagementCode.BASIS_DECISION,
        read(small, Factor.DECISION_MAKING_COMPLEXITY),
        points(1, 4, 3, 3));

    // 4 bodies (capped) + both levels (2) + 5 sites (2) + 4 functions (2) = 10: very high
    KeyAccount large =
        AccountFixture.idn("i", "I", 5)
            .with(
                a ->
                    a.addDecisionBodies(
                        body("b1", DecisionScope.SYSTEM),
                        body("b2", DecisionScope.SITE),
                        body("b3", DecisionScope.SYSTEM),
                        body("b4", DecisionScope.SYSTEM),
                        body("b5", DecisionScope.SYSTEM)))
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("pharm", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .stakeholder("chief", StakeholderFunction.CLINICAL, BuyingRole.USER)
            .stakeholder("nurse", StakeholderFunction.NURSING, BuyingRole.USER)
            .build();
    FactorAssessment levels = read(large, Factor.DECISION_MAKING_COMPLEXITY);
    assertData(Rating.VERY_HIGH, EngagementCode.BASIS_DECISION_LEVELS, levels, points(5, 5, 4, 10));
    assertEquals(
        "data: 5 decision bodies at system and site level, 5 sites, 4 deciding functions: 10 of 10"
            + " points",
        levels.basis().toString());
  }

  @Test
  void systemBodiesAloneAreOneLevel() {
    // 2 bodies + one level (0) + 2 sites (1) + 0 functions = 3
    KeyAccount account =
        AccountFixture.idn("i", "I", 2)
            .with(
                a ->
                    a.addDecisionBodies(
                        body("b1", DecisionScope.SYSTEM), body("b2", DecisionScope.SYSTEM)))
            .build();
    assertData(
        Rating.LOW,
        EngagementCode.BASIS_DECISION,
        read(account, Factor.DECISION_MAKING_COMPLEXITY),
        points(2, 2, 0, 3));
  }

  @Test
  void oneSiteBodyTwoSitesOrTwoDecidingFunctionsAloneAreOnePoint() {
    // a site body is one level only; two sites and two functions are the first step of theirs
    AccountFixture h = AccountFixture.hospital("h", "H", 300);
    assertOnePoint(
        points(1, 1, 0, 1),
        h.with(a -> a.addDecisionBody(body("vac", DecisionScope.SITE))).build());
    assertOnePoint(
        points(0, 2, 0, 1),
        AccountFixture.hospital("h", "H", 300).profile(p -> p.facilityCount(2)).build());
    assertOnePoint(
        points(0, 1, 2, 1),
        AccountFixture.hospital("h", "H", 300)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("pharm", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .build());
  }

  private static void assertOnePoint(Arg[] counted, KeyAccount account) {
    assertData(
        Rating.VERY_LOW,
        EngagementCode.BASIS_DECISION,
        read(account, Factor.DECISION_MAKING_COMPLEXITY),
        counted);
  }

  /** Bodies, sites and deciding functions counted, and the points they make. */
  private static Arg[] points(int bodies, int sites, int functions, int points) {
    return new Arg[] {
      Arg.of(bodies), Arg.of(sites), Arg.of(functions), Arg.of(BigDecimal.valueOf(points))
    };
  }

  // --- patient population: beds, where beds measure patients ---

  @Test
  void bedsRateThePopulationOnTheirBands() {
    assertData(
        Rating.HIGH,
        EngagementCode.BASIS_BEDS,
        read(AccountFixture.hospital("h", "H", 500).build(), Factor.PATIENT_POPULATION),
        Arg.of(500));
    assertData(
        Rating.MEDIUM,
        EngagementCode.BASIS_BEDS,
        read(AccountFixture.hospital("h", "H", 499).build(), Factor.PATIENT_POPULATION),
        Arg.of(499));
  }

  @Test
  void withoutAnAccountBedCountTheSitesBedsAreAdded() {
    KeyAccount account =
        AccountFixture.idn("i", "I", 0)
            .account(
                a ->
                    a.addSites(
                        Site.builder()
                            .id(SiteId.of("s1"))
                            .name("S1")
                            .kind(SiteKind.HOSPITAL)
                            .beds(600)
                            .build(),
                        Site.builder()
                            .id(SiteId.of("s2"))
                            .name("S2")
                            .kind(SiteKind.HOSPITAL)
                            .beds(400)
                            .build(),
                        Site.builder()
                            .id(SiteId.of("s3"))
                            .name("S3")
                            .kind(SiteKind.CLINIC)
                            .build()))
            .build();
    FactorAssessment beds = read(account, Factor.PATIENT_POPULATION);
    assertData(Rating.VERY_HIGH, EngagementCode.BASIS_BEDS, beds, Arg.of(1000));
    assertEquals("data: 1,000 staffed beds", beds.basis().toString());
    assertNotAssessed(
        EngagementCode.BASIS_NO_BEDS,
        read(AccountFixture.idn("i", "I", 2).build(), Factor.PATIENT_POPULATION));
  }

  @Test
  void bedsDoNotMeasureAPayersPatients() {
    KeyAccount authority =
        AccountFixture.hospital("h", "H", 3_000)
            .account(a -> a.kind(AccountKind.HEALTH_AUTHORITY))
            .build();
    FactorAssessment population = read(authority, Factor.PATIENT_POPULATION);
    assertNotAssessed(
        EngagementCode.BASIS_BEDS_KIND, population, Arg.of(AccountKind.HEALTH_AUTHORITY));
  }

  // --- unmet need: pain points along the patient pathways ---

  private static PathwayStage stage(String name, String... pains) {
    return PathwayStage.builder().name(name).addPainPoints(pains).build();
  }

  @Test
  void painPointsAlongThePathwaysRateTheUnmetNeed() {
    KeyAccount one =
        AccountFixture.hospital("h", "H", 300)
            .plan(
                p ->
                    p.addPatientPathway(
                        PatientPathway.builder()
                            .condition("NSCLC")
                            .addStages(stage("Diagnosis", "Late referral"), stage("Treatment"))
                            .build()))
            .build();
    FactorAssessment onePain = read(one, Factor.UNMET_NEED);
    assertData(Rating.LOW, EngagementCode.BASIS_PAIN_POINTS, onePain, Arg.of(1), Arg.of(1));
    assertEquals("data: 1 pain point on 1 patient pathway", onePain.basis().toString());
    KeyAccount four =
        AccountFixture.hospital("h", "H", 300)
            .plan(
                p ->
                    p.addPatientPathways(
                        PatientPathway.builder()
                            .condition("NSCLC")
                            .addStages(stage("Diagnosis", "Late referral", "No biomarker test"))
                            .build(),
                        PatientPathway.builder()
                            .condition("SCLC")
                            .addStages(stage("Follow-up", "Lost to follow-up", "No navigator"))
                            .build()))
            .build();
    FactorAssessment fourPains = read(four, Factor.UNMET_NEED);
    assertData(Rating.HIGH, EngagementCode.BASIS_PAIN_POINTS, fourPains, Arg.of(4), Arg.of(2));
    assertEquals("data: 4 pain points on 2 patient pathways", fourPains.basis().toString());
    assertNotAssessed(
        EngagementCode.BASIS_NO_PATHWAYS,
        read(AccountFixture.hospital("h", "H", 300).build(), Factor.UNMET_NEED));
  }

  // --- growth: addressable whitespace not yet sold ---

  @Test
  void openAddressableCellsRateTheGrowthOpportunity() {
    KeyAccount account =
        AccountFixture.idn("i", "I", 5)
            .product(
                WhitespaceStatus.SOLD,
                WhitespaceStatus.OPEN,
                WhitespaceStatus.IN_EVALUATION,
                WhitespaceStatus.COMPETITOR_HELD,
                WhitespaceStatus.NOT_INDICATED)
            .build();
    assertData(
        Rating.MEDIUM,
        EngagementCode.BASIS_WHITESPACE,
        read(account, Factor.GROWTH_OPPORTUNITY),
        Arg.of(3),
        Arg.of(4));
    assertNotAssessed(
        EngagementCode.BASIS_NO_WHITESPACE,
        read(AccountFixture.idn("i", "I", 1).build(), Factor.GROWTH_OPPORTUNITY));
  }

  @Test
  void factorsOutsideTheAccountsDataAreLeftToTheHost() {
    assertNotAssessed(
        EngagementCode.BASIS_HOST_ONLY,
        read(AccountFixture.hospital("h", "H", 300).build(), Factor.DIFFERENTIATION));
  }
}
