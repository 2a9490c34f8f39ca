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
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The data proxies of each factor on the default bands (beds 100/200/500/1000, open cells 1/3/6/10,
 * pain points 1/2/4/6, restricted share 1/25/50/75 %, decision points 2/4/6/8, crowded from three
 * competitors), with the words each reading gives.
 */
class FactorReaderTest {
  private static FactorAssessment read(KeyAccount account, Factor factor) {
    return new FactorReader(account, AS_OF, EngagementPolicy.defaults())
        .read(factor, EngagementInputs.none());
  }

  private static void assertData(Rating rating, String basis, FactorAssessment a) {
    assertEquals(Optional.of(rating), a.rating(), a.basis());
    assertEquals(InputSource.DATA, a.source());
    assertEquals("data: " + basis, a.basis());
  }

  private static void assertNotAssessed(String why, FactorAssessment a) {
    assertEquals(Optional.empty(), a.rating(), a.basis());
    assertEquals(InputSource.NOT_ASSESSED, a.source());
    assertEquals(why, a.basis());
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
    assertEquals("rated by the host: brand plan", sourced.basis());
    assertEquals(
        "rated by the host",
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
    assertData(
        Rating.LOW,
        "1 competitor recorded, highest threat low",
        read(one, Factor.COMPETITIVE_INTENSITY));
    KeyAccount two =
        AccountFixture.hospital("h", "H", 300)
            .plan(
                p ->
                    p.addCompetitiveLandscape(
                        rival("A", ThreatLevel.LOW), rival("B", ThreatLevel.MEDIUM)))
            .build();
    assertData(
        Rating.MEDIUM,
        "2 competitors recorded, highest threat medium",
        read(two, Factor.COMPETITIVE_INTENSITY));
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
        "3 competitors recorded, highest threat low",
        read(three, Factor.COMPETITIVE_INTENSITY));
  }

  @Test
  void withoutALandscapeCompetitorHeldCellsOfOursShowCompetition() {
    KeyAccount one =
        AccountFixture.idn("i", "I", 3)
            .product(WhitespaceStatus.COMPETITOR_HELD, WhitespaceStatus.OPEN)
            .build();
    assertData(
        Rating.MEDIUM,
        "1 whitespace cell held by competitors; no competitive landscape recorded",
        read(one, Factor.COMPETITIVE_INTENSITY));
    KeyAccount two =
        AccountFixture.idn("i", "I", 3)
            .product(WhitespaceStatus.COMPETITOR_HELD, WhitespaceStatus.COMPETITOR_HELD)
            .build();
    assertData(
        Rating.MEDIUM,
        "2 whitespace cells held by competitors; no competitive landscape recorded",
        read(two, Factor.COMPETITIVE_INTENSITY));
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
        "no competitive landscape or competitor-held cell recorded; the host may rate it",
        read(account, Factor.COMPETITIVE_INTENSITY));
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
    assertData(
        Rating.MEDIUM,
        "1 of 4 products restricted or unlisted on the formulary, 25%",
        read(account, Factor.PAYER_AFFORDABILITY_PRESSURE));
  }

  @Test
  void withoutAnyFormularyStatusPayerPressureIsNotAssessed() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .with(a -> a.addProducts(product("a", false)))
            .build();
    assertNotAssessed(
        "no formulary status recorded for our products; the host may rate it",
        read(account, Factor.PAYER_AFFORDABILITY_PRESSURE));
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
        "no decision body, no stakeholder with a buying role and one site; the host may rate it",
        read(AccountFixture.hospital("h", "H", 300).build(), Factor.DECISION_MAKING_COMPLEXITY));
  }

  @Test
  void oneDecidingFunctionAtOneSiteIsNoComplexity() {
    KeyAccount account =
        AccountFixture.hospital("h", "H", 300)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("adviser", StakeholderFunction.CLINICAL)
            .build();
    assertData(
        Rating.VERY_LOW,
        "0 decision bodies, 1 site, 1 deciding function: 0 of 10 points",
        read(account, Factor.DECISION_MAKING_COMPLEXITY));
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
        "1 decision body, 4 sites, 3 deciding functions: 3 of 10 points",
        read(small, Factor.DECISION_MAKING_COMPLEXITY));

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
    assertData(
        Rating.VERY_HIGH,
        "5 decision bodies at system and site level, 5 sites, 4 deciding functions: 10 of 10"
            + " points",
        read(large, Factor.DECISION_MAKING_COMPLEXITY));
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
        "2 decision bodies, 2 sites, 0 deciding functions: 3 of 10 points",
        read(account, Factor.DECISION_MAKING_COMPLEXITY));
  }

  @Test
  void oneSiteBodyTwoSitesOrTwoDecidingFunctionsAloneAreOnePoint() {
    // a site body is one level only; two sites and two functions are the first step of theirs
    AccountFixture h = AccountFixture.hospital("h", "H", 300);
    assertOnePoint(
        "1 decision body, 1 site, 0 deciding functions",
        h.with(a -> a.addDecisionBody(body("vac", DecisionScope.SITE))).build());
    assertOnePoint(
        "0 decision bodies, 2 sites, 0 deciding functions",
        AccountFixture.hospital("h", "H", 300).profile(p -> p.facilityCount(2)).build());
    assertOnePoint(
        "0 decision bodies, 1 site, 2 deciding functions",
        AccountFixture.hospital("h", "H", 300)
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("pharm", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
            .build());
  }

  private static void assertOnePoint(String counted, KeyAccount account) {
    assertData(
        Rating.VERY_LOW,
        counted + ": 1 of 10 points",
        read(account, Factor.DECISION_MAKING_COMPLEXITY));
  }

  // --- patient population: beds, where beds measure patients ---

  @Test
  void bedsRateThePopulationOnTheirBands() {
    assertData(
        Rating.HIGH,
        "500 staffed beds",
        read(AccountFixture.hospital("h", "H", 500).build(), Factor.PATIENT_POPULATION));
    assertData(
        Rating.MEDIUM,
        "499 staffed beds",
        read(AccountFixture.hospital("h", "H", 499).build(), Factor.PATIENT_POPULATION));
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
    assertData(Rating.VERY_HIGH, "1000 staffed beds", read(account, Factor.PATIENT_POPULATION));
    assertNotAssessed(
        "no bed count recorded; the host may rate it",
        read(AccountFixture.idn("i", "I", 2).build(), Factor.PATIENT_POPULATION));
  }

  @Test
  void bedsDoNotMeasureAPayersPatients() {
    KeyAccount authority =
        AccountFixture.hospital("h", "H", 3_000)
            .account(a -> a.kind(AccountKind.HEALTH_AUTHORITY))
            .build();
    assertNotAssessed(
        "beds do not measure the patients a health authority covers; the host may rate it",
        read(authority, Factor.PATIENT_POPULATION));
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
    assertData(Rating.LOW, "1 pain point on 1 patient pathway", read(one, Factor.UNMET_NEED));
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
    assertData(Rating.HIGH, "4 pain points on 2 patient pathways", read(four, Factor.UNMET_NEED));
    assertNotAssessed(
        "no patient pathway recorded; the host may rate it",
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
        "3 of 4 addressable whitespace cells not yet sold",
        read(account, Factor.GROWTH_OPPORTUNITY));
    assertNotAssessed(
        "no addressable whitespace cell recorded; the host may rate it",
        read(AccountFixture.idn("i", "I", 1).build(), Factor.GROWTH_OPPORTUNITY));
  }

  @Test
  void factorsOutsideTheAccountsDataAreLeftToTheHost() {
    assertNotAssessed(
        "not in the account's data; the host may rate it",
        read(AccountFixture.hospital("h", "H", 300).build(), Factor.DIFFERENTIATION));
  }
}
