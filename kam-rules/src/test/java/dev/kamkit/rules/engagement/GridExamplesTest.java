package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples for each quadrant of figure 3 of Veeva Business Consulting's "Unlocking True KAM
 * Transformation", written from the paper's own descriptions of when each engagement strategy fits.
 */
class GridExamplesTest {
  private final EngagementAssessor assessor = EngagementAssessor.withDefaults();

  private static List<EngagementModel> models(EngagementAssessment a) {
    return a.recommendations().stream().map(Recommendation::model).toList();
  }

  private static FactorAssessment factor(EngagementAssessment a, Factor factor) {
    AxisScore axis = factor.axis() == Axis.COMPLEXITY ? a.complexity() : a.value();
    return axis.factors().stream().filter(f -> f.factor() == factor).findFirst().orElseThrow();
  }

  /**
   * Veeva Business Consulting, "Unlocking True KAM Transformation": specialty medicine "initiated
   * in a hospital setting, managed by specialty physicians", with payers key to access, budget
   * holders at several levels and many stakeholders; a large IDN where our therapy is
   * differentiated and the unmet need high.
   */
  @Test
  void aComplexHighValueSpecialtyAccountCallsForStrategicAccountManagement() {
    KeyAccount idn = complexIdn(12).profile(p -> p.beds(3_400)).build();
    EngagementInputs inputs =
        EngagementInputs.builder()
            .unmetNeed(Rating.HIGH)
            .differentiation(Rating.HIGH)
            .patientFindingDifficulty(Rating.HIGH)
            .source("2027 oncology brand plan")
            .build();
    EngagementAssessment a = assessor.assess(idn, inputs, AS_OF);

    assertEquals(Optional.of(GridQuadrant.HIGH_COMPLEXITY_HIGH_VALUE), a.quadrant(), a.explain());
    assertEquals(
        List.of(
            EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT, EngagementModel.ACCOUNT_BASED_SELLING),
        models(a));
    assertEquals(
        Optional.of(RecommendationRole.FOUNDATION),
        a.roleOf(EngagementModel.ACCOUNT_BASED_SELLING));
    FactorAssessment competition = factor(a, Factor.COMPETITIVE_INTENSITY);
    assertEquals(Optional.of(Rating.VERY_HIGH), competition.rating());
    assertEquals(
        Message.of(EngagementCode.BASIS_COMPETITORS, Arg.of(3), Arg.of(ThreatLevel.HIGH)),
        competition.basis());
    assertEquals(
        Message.of(EngagementCode.BASIS_HOST_SOURCE, Arg.text("2027 oncology brand plan")),
        factor(a, Factor.UNMET_NEED).basis());
    assertTrue(
        a.explain()
            .contains(
                "Competitive intensity: very high (data: 3 competitors recorded, highest threat"
                    + " high)"),
        a.explain());
  }

  /**
   * Veeva Business Consulting, "Unlocking True KAM Transformation": account-based selling is "KAM
   * for the masses", cross-functional execution against account priorities where the buying is
   * complex but the account is not one of the few.
   */
  @Test
  void aComplexAccountOfModestValueCallsForAccountBasedSelling() {
    KeyAccount system = complexIdn(6).profile(p -> p.beds(150)).build();
    EngagementInputs inputs =
        EngagementInputs.builder().unmetNeed(Rating.LOW).differentiation(Rating.LOW).build();
    EngagementAssessment a = assessor.assess(system, inputs, AS_OF);

    assertEquals(Optional.of(GridQuadrant.HIGH_COMPLEXITY_LOW_VALUE), a.quadrant(), a.explain());
    assertEquals(
        List.of(EngagementModel.ACCOUNT_BASED_SELLING, EngagementModel.FIELD_ORCHESTRATED),
        models(a));
  }

  /**
   * Veeva Business Consulting, "Unlocking True KAM Transformation": field-orchestrated engagement
   * "elevate[s] the relationship by empowering reps to partner closely with key customers": a
   * valuable account where buying is simple.
   */
  @Test
  void aSimpleHighValueAccountCallsForFieldOrchestratedEngagement() {
    KeyAccount hospital =
        AccountFixture.hospital("st-mary", "St Mary's", 1_100)
            .product(WhitespaceStatus.SOLD)
            .plan(
                p ->
                    p.addCompetitiveLandscape(
                        CompetitorPosition.builder()
                            .competitor("Rivalis")
                            .threat(ThreatLevel.LOW)
                            .build()))
            .build();
    EngagementInputs inputs =
        EngagementInputs.builder()
            .unmetNeed(Rating.VERY_HIGH)
            .differentiation(Rating.HIGH)
            .patientFindingDifficulty(Rating.LOW)
            .build();
    EngagementAssessment a = assessor.assess(hospital, inputs, AS_OF);

    assertEquals(Optional.of(GridQuadrant.LOW_COMPLEXITY_HIGH_VALUE), a.quadrant(), a.explain());
    assertEquals(
        List.of(EngagementModel.FIELD_ORCHESTRATED, EngagementModel.MARKETING_CENTRIC), models(a));
  }

  /**
   * Veeva Business Consulting, "Unlocking True KAM Transformation": "most companies will have a
   * foundation of marketing-centric engagement focused on driving awareness", with service-oriented
   * self-service alongside: a small clinic.
   */
  @Test
  void aSimpleAccountOfModestValueIsServedByMarketingAndSelfService() {
    KeyAccount clinic =
        AccountFixture.hospital("lakeside", "Lakeside Clinic", 40)
            .account(x -> x.kind(AccountKind.CLINIC))
            .product(WhitespaceStatus.SOLD)
            .build();
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.LOW)
            .patientFindingDifficulty(Rating.VERY_LOW)
            .unmetNeed(Rating.LOW)
            .differentiation(Rating.MEDIUM)
            .build();
    EngagementAssessment a = assessor.assess(clinic, inputs, AS_OF);

    assertEquals(Optional.of(GridQuadrant.LOW_COMPLEXITY_LOW_VALUE), a.quadrant(), a.explain());
    assertEquals(
        List.of(EngagementModel.MARKETING_CENTRIC, EngagementModel.SERVICE_ORIENTED), models(a));
    assertEquals(
        Optional.of(RecommendationRole.COMPLEMENT), a.roleOf(EngagementModel.SERVICE_ORIENTED));
  }

  /**
   * Veeva Business Consulting, "Unlocking True KAM Transformation": "your conclusion could be that
   * more than one model might be appropriate".
   */
  @Test
  void anAccountOnTheValueBorderIsRecommendedBothNeighbouringModels() {
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.HIGH)
            .payerAffordabilityPressure(Rating.HIGH)
            .patientPopulation(Rating.MEDIUM)
            .unmetNeed(Rating.MEDIUM)
            .differentiation(Rating.MEDIUM)
            .build();
    KeyAccount account = AccountFixture.hospital("h", "Border Hospital", 600).build();
    EngagementAssessment a = assessor.assess(account, inputs, AS_OF);

    assertEquals(new BigDecimal("50.0000"), a.value().value().orElseThrow());
    assertTrue(a.value().isBorderline());
    assertEquals(
        List.of(
            EngagementModel.STRATEGIC_ACCOUNT_MANAGEMENT, EngagementModel.ACCOUNT_BASED_SELLING),
        models(a));
    assertEquals(
        Optional.of(RecommendationRole.ALTERNATIVE),
        a.roleOf(EngagementModel.ACCOUNT_BASED_SELLING));
    assertEquals(
        Message.of(
            EngagementCode.WHY_ALTERNATIVE,
            Arg.of(GridQuadrant.HIGH_COMPLEXITY_LOW_VALUE),
            Arg.list(
                Arg.of(
                    Message.of(
                        EngagementCode.WHY_BORDER,
                        Arg.of(Axis.VALUE),
                        Arg.of(new BigDecimal("50.0000")),
                        Arg.of(BigDecimal.valueOf(50)))))),
        a.recommendations().get(1).why(),
        a.explain());
  }

  @Test
  void factorsNeitherRatedNorInTheDataAreReportedNotAssessedAndLeftOut() {
    KeyAccount bare = AccountFixture.hospital("h", "Bare Hospital", 600).build();
    EngagementAssessment a = assessor.assess(bare, AS_OF);

    assertTrue(a.quadrant().isEmpty());
    assertTrue(a.recommendations().isEmpty());
    assertEquals(
        List.of("engagement.axis.not-placed", "engagement.axis.not-placed"),
        a.reasons().stream().map(Reason::code).toList());
    assertEquals(
        Reason.of(
            EngagementCode.AXIS_NOT_PLACED,
            Effect.GAP,
            List.of(),
            Arg.of(Axis.COMPLEXITY),
            Arg.of(0),
            Arg.of(4),
            Arg.of(2),
            Arg.list(
                Arg.of(Factor.COMPETITIVE_INTENSITY),
                Arg.of(Factor.PAYER_AFFORDABILITY_PRESSURE),
                Arg.of(Factor.DECISION_MAKING_COMPLEXITY),
                Arg.of(Factor.PATIENT_FINDING_DIFFICULTY))),
        a.reasons().get(0));
    // 600 beds rate the population: one value factor of four assessed
    assertEquals(
        Reason.of(
            EngagementCode.AXIS_NOT_PLACED,
            Effect.GAP,
            List.of(),
            Arg.of(Axis.VALUE),
            Arg.of(1),
            Arg.of(4),
            Arg.of(2),
            Arg.list(
                Arg.of(Factor.UNMET_NEED),
                Arg.of(Factor.DIFFERENTIATION),
                Arg.of(Factor.GROWTH_OPPORTUNITY))),
        a.reasons().get(1));
    FactorAssessment unmet = factor(a, Factor.UNMET_NEED);
    assertEquals(InputSource.NOT_ASSESSED, unmet.source());
    assertEquals(Message.of(EngagementCode.BASIS_NO_PATHWAYS), unmet.basis());
  }

  @Test
  void anUnassessedFactorsWeightIsSharedOutNotScoredAsZero() {
    EngagementInputs inputs =
        EngagementInputs.builder()
            .competitiveIntensity(Rating.VERY_HIGH)
            .payerAffordabilityPressure(Rating.VERY_HIGH)
            .build();
    KeyAccount account = AccountFixture.hospital("h", "H", 600).build();
    EngagementAssessment a = assessor.assess(account, inputs, AS_OF);
    // two of four complexity factors assessed, both very high: the axis is 100, not 50
    assertEquals(new BigDecimal("100.0000"), a.complexity().value().orElseThrow());
    assertFalse(
        a.complexity().score().orElseThrow().component("patient-finding-difficulty").applicable());
  }

  @Test
  void aPayerIsNotRatedByBedsAndHostRatingsCanComeFromFacts() {
    KeyAccount payer =
        AccountFixture.hospital("plan", "Regional Plan", 0)
            .account(
                x ->
                    x.kind(AccountKind.PAYER)
                        .addFact(Fact.of(Factor.PATIENT_POPULATION.fact(), Rating.VERY_HIGH))
                        .addFact(Fact.of(Factor.UNMET_NEED.fact(), Rating.HIGH)))
            .build();
    EngagementAssessment fromData = assessor.assess(payer, AS_OF);
    assertEquals(InputSource.NOT_ASSESSED, fromData.value().factors().get(0).source());
    assertEquals(
        Message.of(EngagementCode.BASIS_BEDS_KIND, Arg.of(AccountKind.PAYER)),
        fromData.value().factors().get(0).basis());

    EngagementInputs inputs = EngagementInputs.fromFacts(payer.account());
    assertEquals(Optional.of(Rating.VERY_HIGH), inputs.patientPopulation());
    assertEquals(Optional.of(Rating.HIGH), inputs.unmetNeed());
  }

  /** An IDN with system and site committees, deciders in four functions, three competitors. */
  private static AccountFixture complexIdn(int sites) {
    ProductId oncoxa = ProductId.of(AccountFixture.PRODUCT);
    return AccountFixture.idn("idn-" + sites, "Health System " + sites, sites)
        .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
        .stakeholder("pharm", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
        .stakeholder("chief", StakeholderFunction.CLINICAL, BuyingRole.CLINICAL_CHAMPION)
        .stakeholder("payer", StakeholderFunction.PAYER, BuyingRole.INFLUENCER)
        .product(WhitespaceStatus.SOLD, WhitespaceStatus.OPEN)
        .with(
            k ->
                k.addDecisionBody(
                        DecisionBody.builder()
                            .id(DecisionBodyId.of("pt"))
                            .name("System P&T")
                            .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                            .scope(DecisionScope.SYSTEM)
                            .build())
                    .addDecisionBody(
                        DecisionBody.builder()
                            .id(DecisionBodyId.of("vac"))
                            .name("Site VAC")
                            .kind(DecisionBodyKind.VALUE_ANALYSIS)
                            .scope(DecisionScope.SITE)
                            .site(SiteId.of("site-1"))
                            .build())
                    .addFormulary(
                        FormularyEntry.builder()
                            .product(oncoxa)
                            .status(FormularyStatus.RESTRICTED)
                            .addRestriction(FormularyRestriction.PRIOR_AUTHORIZATION)
                            .effectiveFrom(LocalDate.of(2025, 6, 1))
                            .build()))
        .plan(
            p ->
                p.addCompetitiveLandscape(
                        CompetitorPosition.builder()
                            .competitor("Rivalis")
                            .threat(ThreatLevel.HIGH)
                            .build())
                    .addCompetitiveLandscape(
                        CompetitorPosition.builder()
                            .competitor("Altera")
                            .threat(ThreatLevel.MEDIUM)
                            .build())
                    .addCompetitiveLandscape(
                        CompetitorPosition.builder()
                            .competitor("Novum")
                            .threat(ThreatLevel.LOW)
                            .build()));
  }
}
