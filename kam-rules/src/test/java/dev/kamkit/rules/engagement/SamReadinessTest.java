package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.criteria.Outcome;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.rules.fixtures.Riverside;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Figure 2 of Veeva Business Consulting's "Unlocking True KAM Transformation" as a readiness check
 * for accounts chosen for SAM.
 */
class SamReadinessTest {
  private static final EngagementInputs COMPLEX_AND_VALUABLE =
      EngagementInputs.builder()
          .competitiveIntensity(Rating.HIGH)
          .payerAffordabilityPressure(Rating.HIGH)
          .patientFindingDifficulty(Rating.HIGH)
          .unmetNeed(Rating.HIGH)
          .differentiation(Rating.HIGH)
          .build();

  private final SamReadinessCheck readiness = SamReadinessCheck.withDefaults();

  /** Riverside at a stage, tiered, within a portfolio of four low-potential accounts. */
  private static SamReadiness inPortfolio(AccountAt riverside) {
    KeyAccount account = riverside.account;
    EngagementAssessment assessment =
        EngagementAssessor.withDefaults().assess(account, COMPLEX_AND_VALUABLE, AS_OF);
    List<EngagementAssessment> all = new ArrayList<>(List.of(assessment));
    Map<AccountId, BigDecimal> effort = new HashMap<>(Map.of(account.id(), BigDecimal.TEN));
    for (int i = 0; i < 4; i++) {
      all.add(Candidates.assess("low-" + i, Candidates.inputs(Rating.LOW, Rating.LOW)));
      effort.put(AccountId.of("low-" + i), BigDecimal.valueOf(4));
    }
    SamAllocation sam = SamAllocator.withDefaults().allocate(all, AS_OF);
    InvestmentResult investment =
        InvestmentCheck.withDefaults().check(all, effort, "FTE days", AS_OF);
    return SamReadinessCheck.withDefaults().check(account, assessment, sam, investment, AS_OF);
  }

  private record AccountAt(KeyAccount account) {}

  private static List<String> missing(SamReadiness r) {
    return r.missing().stream().map(CriterionResult::id).toList();
  }

  @Test
  void aTrustedPartnerShowsTheSamPracticesButSolvingCustomerProblemsNeedsAnInitiativeOnANeed() {
    AccountFixture riverside = Riverside.atStage(5).account(a -> a.tier(AccountTier.TIER_1));
    SamReadiness r = inPortfolio(new AccountAt(riverside.build()));
    assertEquals(List.of("sam.solving-customer-problems"), missing(r), r.explain());
    assertEquals(
        Message.of(EngagementCode.FEW_ACCOUNTS_MET, Arg.of(1), Arg.of(1)),
        r.practice(SamPractice.FEW_ACCOUNTS).reasons().get(0).message());
    assertEquals(
        "Selected for SAM, one of 1 under a cap of 1",
        r.practice(SamPractice.FEW_ACCOUNTS).reasons().get(0).message().toString());

    KeyAccount solving =
        riverside
            .plan(
                p ->
                    p.addSharedValueInitiative(
                        SharedValueInitiative.builder()
                            .id(InitiativeId.of("i2"))
                            .name("Infusion fast track")
                            .status(InitiativeStatus.AGREED)
                            .addNeed(NeedId.of("n1"))
                            .build()))
            .build();
    assertTrue(inPortfolio(new AccountAt(solving)).isReady());
  }

  @Test
  void anAccountWithAlignedRolesOnlyStillWorksLikeAccountBasedSelling() {
    KeyAccount early = Riverside.atStage(2).build();
    EngagementAssessment assessment =
        EngagementAssessor.withDefaults().assess(early, COMPLEX_AND_VALUABLE, AS_OF);
    SamReadiness r = readiness.check(early, assessment, AS_OF);

    assertFalse(r.isReady());
    assertEquals(
        List.of(
            "sam.organisation-wide-segmentation",
            "sam.integrated-collaboration",
            "sam.solving-customer-problems",
            "sam.joint-plans",
            "sam.shared-outcomes"),
        missing(r),
        r.explain());
    assertEquals(Outcome.NOT_ASSESSED, r.practice(SamPractice.FEW_ACCOUNTS).outcome());
    assertEquals(Outcome.NOT_ASSESSED, r.practice(SamPractice.DIFFERENTIATED_INVESTMENT).outcome());
    // five missing and two not assessed leave two of the nine in place
    assertTrue(
        r.explain()
            .contains(
                "): SAM readiness 2 of 9 practices in place as of 2026-11-22 [policy"
                    + " kamkit-sam-1]\n"),
        r.explain());
    assertEquals(
        Message.of(EngagementCode.SEGMENTATION_NEITHER),
        r.practice(SamPractice.ORGANISATION_WIDE_SEGMENTATION).reasons().get(0).message());
    assertEquals(
        Message.of(EngagementCode.FEW_ACCOUNTS_NOT_ASSESSED),
        r.practice(SamPractice.FEW_ACCOUNTS).reasons().get(0).message());
    assertEquals(
        Message.of(EngagementCode.INVESTMENT_NOT_ASSESSED),
        r.practice(SamPractice.DIFFERENTIATED_INVESTMENT).reasons().get(0).message());
    assertEquals(
        Message.of(
            EngagementCode.READINESS_PRACTICE,
            Arg.of(Outcome.MISSING),
            Arg.of(SamPractice.JOINT_PLANS),
            Arg.list(Arg.of(Message.of(EngagementCode.JOINT_PLANS_NO_PLAN)))),
        r.explanation().details().get(7).line());
    assertTrue(
        r.explain()
            .contains(
                "[missing] Joint organisational-level account plans: Only an"
                    + " internal plan: no joint business plan"),
        r.explain());
  }

  @Test
  void aReadinessResultHoldsOnlySamPractices() {
    AccountFixture riverside = Riverside.atStage(5).account(a -> a.tier(AccountTier.TIER_1));
    SamReadiness r = inPortfolio(new AccountAt(riverside.build()));
    CriterionResult stranger =
        CriterionResult.copyOf(r.practices().get(0)).withId("sam.not-a-practice");
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () -> SamReadiness.copyOf(r).withPractices(List.of(r.practices().get(1), stranger)));
    assertEquals(1, e.violations().size());
    assertEquals("practices[1].id", e.violations().get(0).field());
    assertEquals(EngagementCode.READINESS_UNKNOWN_PRACTICE, e.violations().get(0).code());
  }

  @Test
  void aRatingStillInTheAttributesIsNamedByItsKeyAndNotRead() {
    Account account =
        AccountFixture.hospital("a", "A", 100)
            .account(
                x ->
                    x.putAttribute("kamkit.engagement.unmet-need", AttributeValue.text("very-high"))
                        .putAttribute("kamkit.engagement.unmetneed", AttributeValue.text("high"))
                        .addFact(Fact.of(Factor.DIFFERENTIATION.fact(), Rating.HIGH)))
            .build()
            .account();
    InvalidModelException e =
        assertThrows(InvalidModelException.class, () -> EngagementInputs.fromFacts(account));
    assertEquals(2, e.violations().size());
    assertEquals(
        FieldPath.of("attributes").entry("kamkit.engagement.unmet-need"),
        e.violations().get(0).path());
    assertEquals(ModelCode.ATTRIBUTE_MOVED, e.violations().get(0).code());
    assertEquals(ModelCode.FACT_UNKNOWN, e.violations().get(1).code());
    assertEquals(
        Optional.of(Rating.HIGH),
        EngagementInputs.fromFacts(
                Account.builder().from(account).attributes(java.util.Map.of()).build())
            .differentiation());
  }
}
