package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static dev.kamkit.scoring.health.Checks.DAYS;
import static dev.kamkit.scoring.health.Checks.END;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.subjects;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.pipeline.PipelineAnalysis;
import dev.kamkit.scoring.pipeline.PipelinePolicy;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Committee progression as a leading health indicator (Prolifiq, "Healthcare Key Account
 * Management: A Practical Guide": value analysis committee progression is a leading indicator) and
 * the revenue trajectory, the pipeline against the plan's revenue targets (Prolifiq, "Pharma Key
 * Account Management": the plan should connect to opportunities and revenue), at their boundaries.
 */
class HealthFeedsTest {
  static final DecisionBodyId VAC = DecisionBodyId.of("vac");
  static final ProductId CARDIOLINK = ProductId.of("cardiolink");
  private static final CommitteeSubmissionId CS = CommitteeSubmissionId.of("cs-memorial");
  static final ObjectiveId GROW = ObjectiveId.of("grow");
  static final ObjectiveId EU = ObjectiveId.of("grow-eu");
  private static final LocalDate REQUESTED = AS_OF.minusDays(60);
  private static final LocalDate DUE = LocalDate.of(2027, 6, 30);

  private final HealthScorer scorer = HealthScorer.withDefaults();

  // ---- committee progression ----

  /** Requested 60 days ago, dossier in, sponsored by Dr. Chen, targeting {@code meeting}. */
  static CommitteeSubmission.Builder submission(LocalDate meeting) {
    return CommitteeSubmission.builder()
        .id(CS)
        .name("Cardiolink, Memorial VAC")
        .decisionBody(VAC)
        .product(CARDIOLINK)
        .sponsor(dev.kamkit.model.id.StakeholderId.of("chen"))
        .targetMeeting(meeting)
        .addSteps(
            SubmissionStep.of(SubmissionStage.REQUEST, REQUESTED),
            SubmissionStep.of(SubmissionStage.DOSSIER, REQUESTED.plusDays(15)));
  }

  /** A submission requested long ago and decided on {@code day}. */
  static CommitteeSubmission decided(String id, LocalDate day, SubmissionDecision decision) {
    return CommitteeSubmission.builder()
        .id(CommitteeSubmissionId.of(id))
        .name(id)
        .decisionBody(VAC)
        .product(CARDIOLINK)
        .sponsor(dev.kamkit.model.id.StakeholderId.of("chen"))
        .addSteps(
            SubmissionStep.of(SubmissionStage.REQUEST, LocalDate.of(2025, 1, 6)),
            SubmissionStep.decided(day, decision))
        .build();
  }

  /** Riverside with Dr. Chen (a clinical champion voting on the VAC, {@code chen}) and a plan. */
  static KeyAccount riverside(
      StakeholderStatus chen, List<CommitteeSubmission> submissions, AccountPlan plan) {
    return dev.kamkit.scoring.fixtures.AccountFixture.largeIdn()
        .stakeholder(
            "chen",
            StakeholderFunction.CLINICAL,
            s -> votesOn("vac").apply(s).status(chen),
            BuyingRole.CLINICAL_CHAMPION)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .with(
            a ->
                a.addDecisionBody(
                        DecisionBody.builder()
                            .id(VAC)
                            .name("Riverside VAC")
                            .kind(DecisionBodyKind.VALUE_ANALYSIS)
                            .scope(DecisionScope.SYSTEM)
                            .addMeetingDates(AS_OF.minusDays(1), AS_OF, AS_OF.plusDays(90))
                            .build())
                    .addProducts(
                        Product.builder()
                            .id(CARDIOLINK)
                            .name("Cardiolink")
                            .kind(ProductKind.DEVICE)
                            .therapeuticArea("Cardiology")
                            .build())
                    .committeeSubmissions(submissions)
                    .plan(plan))
        .build();
  }

  static KeyAccount riverside(CommitteeSubmission... submissions) {
    return riverside(
        StakeholderStatus.ACTIVE, List.of(submissions), AccountPlan.builder().name("Plan").build());
  }

  private ScoreComponent progression(KeyAccount account) {
    return scorer.score(account, AS_OF).component(HealthIndicator.COMMITTEE_PROGRESSION);
  }

  @Test
  void aSubmissionWhoseMeetingIsTodayIsMovingAndTheDayAfterItHasStalled() {
    ScoreComponent today = progression(riverside(submission(AS_OF).build()));
    assertTrue(today.applicable());
    assertNumber("1", today.fulfilment());
    assertEquals(List.of("health.progression.moving"), codes(today.reasons()));
    assertEquals(Effect.STRENGTH, today.reasons().get(0).effect());
    assertEquals(List.of("cs-memorial"), subjects(today.reasons().get(0)));
    assertEquals(Arg.of(1), today.reasons().get(0).message().args().get(0));

    // the meeting was yesterday and no decision came: the indicator flips
    ScoreComponent yesterday = progression(riverside(submission(AS_OF.minusDays(1)).build()));
    assertTrue(yesterday.applicable());
    assertNumber("0", yesterday.fulfilment());
    assertEquals(List.of("committee.stalled.meeting-passed"), codes(yesterday.reasons()));
    assertEquals(Effect.RISK, yesterday.reasons().get(0).effect());
    assertEquals(List.of("cs-memorial"), subjects(yesterday.reasons().get(0)));
  }

  @Test
  void aSponsorWhoHasLeftStallsTheSubmissionAndNamesTheSponsor() {
    KeyAccount account =
        riverside(
            StakeholderStatus.DEPARTED,
            List.of(submission(AS_OF.plusDays(90)).build()),
            AccountPlan.builder().name("Plan").build());
    ScoreComponent c = progression(account);
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("committee.stalled.sponsor-departed"), codes(c.reasons()));
    assertEquals(List.of("cs-memorial", "chen"), subjects(c.reasons().get(0)));
  }

  @Test
  void oneMovingOfTwoIsHalfMet() {
    CommitteeSubmission stalled =
        submission(AS_OF.minusDays(1)).id(CommitteeSubmissionId.of("cs-b")).name("b").build();
    ScoreComponent c = progression(riverside(submission(AS_OF.plusDays(90)).build(), stalled));
    assertNumber("0.5", c.fulfilment());
    assertEquals(
        List.of("committee.stalled.meeting-passed", "health.progression.moving"),
        codes(c.reasons()));
  }

  @Test
  void anApprovalOnTheWindowsFirstDayCountsAndIsMomentum() {
    LocalDate first = AS_OF.minusDays(180);
    HealthResult approved =
        scorer.score(riverside(decided("cs-a", first, SubmissionDecision.APPROVED)), AS_OF);
    ScoreComponent c = approved.component(HealthIndicator.COMMITTEE_PROGRESSION);
    assertTrue(c.applicable());
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.progression.approved"), codes(c.reasons()));
    assertEquals(List.of("cs-a"), subjects(c.reasons().get(0)));
    assertEquals(List.of(DAYS, END), c.reasons().get(0).message().args().subList(0, 2));
    // an approval is leading momentum: the no-momentum rule does not hold the account
    assertFalse(codes(approved.colourRules()).contains("health.colour.no-momentum"));

    // a day earlier it lies outside the window: nothing to judge, and no momentum
    HealthResult before =
        scorer.score(
            riverside(decided("cs-a", first.minusDays(1), SubmissionDecision.APPROVED)), AS_OF);
    ScoreComponent none = before.component(HealthIndicator.COMMITTEE_PROGRESSION);
    assertFalse(none.applicable());
    assertEquals(List.of("health.progression.none"), codes(none.reasons()));
    assertMessage(none.reasons().get(0).message(), HealthCode.PROGRESSION_NONE, DAYS, END);
    assertTrue(codes(before.colourRules()).contains("health.colour.no-momentum"));
  }

  @Test
  void aRejectionInTheWindowIsAGapAndAnApprovalWithRestrictionsAnApproval() {
    ScoreComponent rejected =
        progression(
            riverside(
                decided("cs-r", AS_OF.minusDays(10), SubmissionDecision.REJECTED),
                decided("cs-w", AS_OF, SubmissionDecision.APPROVED_WITH_RESTRICTIONS)));
    assertNumber("0.5", rejected.fulfilment());
    assertEquals(
        List.of("health.progression.approved", "health.progression.rejected"),
        codes(rejected.reasons()));
    assertEquals(Effect.GAP, rejected.reasons().get(1).effect());
    assertEquals(List.of("cs-r"), subjects(rejected.reasons().get(1)));
  }

  @Test
  void withoutSubmissionsCommitteeProgressionDoesNotApply() {
    ScoreComponent c = progression(riverside());
    assertFalse(c.applicable());
    assertEquals(List.of("health.progression.none"), codes(c.reasons()));
  }

  // ---- revenue trajectory ----

  static Objective.Builder grow(String currency) {
    return Objective.builder()
        .id(GROW)
        .title("Grow Cardiolink")
        .product(CARDIOLINK)
        .startDate(LocalDate.of(2026, 7, 1))
        .dueDate(DUE)
        .revenueTarget(Money.of("1000000", currency));
  }

  /**
   * An opportunity for Cardiolink in {@code stage}, worth {@code amount}, serving {@code serves}.
   */
  private static Opportunity.Builder opportunity(
      String id, OpportunityStage stage, String amount, String currency, ObjectiveId serves) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .name(id)
        .product(CARDIOLINK)
        .stage(stage)
        .amount(Money.of(amount, currency))
        .addObjectives(serves);
  }

  static Opportunity won(String id, String amount, String currency, ObjectiveId serves) {
    return opportunity(id, OpportunityStage.WON, amount, currency, serves)
        .closedOn(LocalDate.of(2026, 10, 1))
        .build();
  }

  static Opportunity open(
      String id, String amount, int probability, String currency, ObjectiveId serves) {
    return opportunity(id, OpportunityStage.PROPOSAL, amount, currency, serves)
        .probability(probability)
        .expectedClose(LocalDate.of(2027, 3, 31))
        .build();
  }

  static KeyAccount planned(List<Objective> objectives, Opportunity... opportunities) {
    KeyAccount account =
        riverside(
            StakeholderStatus.ACTIVE,
            List.of(),
            AccountPlan.builder().name("Plan").objectives(objectives).build());
    return account.withOpportunities(opportunities);
  }

  private ScoreComponent trajectory(KeyAccount account) {
    return scorer.score(account, AS_OF).component(HealthIndicator.REVENUE_TRAJECTORY);
  }

  @Test
  void aTargetMetExactlyIsFullyMetAndNamesTheOpportunitiesCounted() {
    // 400,000 won and 60% of 1,000,000 open: exactly the 1,000,000 target
    ScoreComponent met =
        trajectory(
            planned(
                List.of(grow("USD").build()),
                won("won", "400000", "USD", GROW),
                open("open", "1000000", 60, "USD", GROW)));
    assertTrue(met.applicable());
    assertNumber("1", met.fulfilment());
    assertEquals(List.of("pipeline.target.covered"), codes(met.reasons()));
    assertEquals(Effect.STRENGTH, met.reasons().get(0).effect());
    assertEquals(List.of("grow", "open", "won"), subjects(met.reasons().get(0)));

    // a point less probable: 990,000 of 1,000,000
    ScoreComponent short1 =
        trajectory(
            planned(
                List.of(grow("USD").build()),
                won("won", "400000", "USD", GROW),
                open("open", "1000000", 59, "USD", GROW)));
    assertNumber("0.99", short1.fulfilment());
    assertEquals(List.of("pipeline.target.gap"), codes(short1.reasons()));
    assertEquals(Effect.GAP, short1.reasons().get(0).effect());
  }

  @Test
  void targetsInTwoCurrenciesAreJudgedEachInItsOwn() {
    Objective eu = grow("EUR").id(EU).title("Grow Cardiolink in Europe").build();
    ScoreComponent c =
        trajectory(
            planned(
                List.of(grow("USD").build(), eu),
                won("won", "1000000", "USD", GROW),
                won("won-eu", "250000", "EUR", EU),
                // a USD opportunity serving the EUR target counts for neither
                won("won-usd-for-eu", "900000", "USD", EU)));
    assertNumber("0.625", c.fulfilment()); // (1 + 0.25) / 2
    assertEquals(List.of("pipeline.target.covered", "pipeline.target.gap"), codes(c.reasons()));
    assertEquals(List.of("grow-eu", "won-eu"), subjects(c.reasons().get(1)));
  }

  @Test
  void pipelinePastTheDueDateIsNamedAndDoesNotCount() {
    Opportunity late =
        Opportunity.copyOf(open("late", "1000000", 90, "USD", GROW))
            .withExpectedClose(DUE.plusDays(1));
    ScoreComponent c = trajectory(planned(List.of(grow("USD").build()), late));
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("pipeline.target.late", "pipeline.target.gap"), codes(c.reasons()));
    assertEquals(List.of("grow", "late"), subjects(c.reasons().get(0)));
  }

  @Test
  void withoutATargetStillWorkedRevenueTrajectoryDoesNotApply() {
    ScoreComponent noTarget =
        trajectory(planned(List.of(grow("USD").revenueTarget(java.util.Optional.empty()).build())));
    assertFalse(noTarget.applicable());
    assertEquals(List.of("health.trajectory.no-targets"), codes(noTarget.reasons()));
    assertMessage(noTarget.reasons().get(0).message(), HealthCode.TRAJECTORY_NO_TARGETS, END);

    // achieved, or due yesterday: no longer being worked
    assertFalse(
        trajectory(planned(List.of(grow("USD").status(ObjectiveStatus.ACHIEVED).build())))
            .applicable());
    assertFalse(
        trajectory(
                planned(
                    List.of(
                        grow("USD")
                            .startDate(java.util.Optional.empty())
                            .dueDate(AS_OF.minusDays(1))
                            .build())))
            .applicable());
    // due today: still worked; the pipeline's other findings (unbacked) are not the indicator's
    ScoreComponent dueToday =
        trajectory(
            planned(
                List.of(grow("USD").startDate(java.util.Optional.empty()).dueDate(AS_OF).build())));
    assertTrue(dueToday.applicable());
    assertEquals(List.of("pipeline.target.gap"), codes(dueToday.reasons()));
    assertFalse(trajectory(riverside()).applicable());
  }

  @Test
  void revenueTrajectoryIsLaggingAndCommitteeProgressionLeading() {
    assertFalse(HealthIndicator.REVENUE_TRAJECTORY.isLeading());
    assertTrue(HealthIndicator.COMMITTEE_PROGRESSION.isLeading());
    assertEquals("revenue-trajectory", HealthIndicator.REVENUE_TRAJECTORY.key());
    assertEquals("committee-progression", HealthIndicator.COMMITTEE_PROGRESSION.key());
  }

  // ---- results handed over ----

  private static KeyAccount both() {
    return planned(List.of(grow("USD").build()), won("won", "500000", "USD", GROW))
        .withCommitteeSubmissions(submission(AS_OF.minusDays(1)).build());
  }

  private static CommitteeProgressionResult committee(KeyAccount a, LocalDate asOf) {
    return CommitteeProgression.withDefaults().evaluate(a, asOf);
  }

  private static PipelineResult pipeline(KeyAccount a, LocalDate asOf, PipelinePolicy policy) {
    return PipelineAnalysis.of(policy).evaluate(a, WhitespaceScorer.withDefaults().score(a, asOf));
  }

  private static ShareOfVoiceResult voice(KeyAccount a, LocalDate asOf) {
    return ShareOfVoice.withDefaults().evaluate(a, asOf);
  }

  @Test
  void resultsHandedOverScoreAsIfComputedHere() {
    KeyAccount a = both();
    HealthResult here = scorer.score(a, AS_OF);
    assertEquals(
        here,
        scorer.score(
            a,
            AS_OF,
            committee(a, AS_OF),
            pipeline(a, AS_OF, PipelinePolicy.defaults()),
            voice(a, AS_OF)));
    assertNumber("0.5", here.component(HealthIndicator.REVENUE_TRAJECTORY).fulfilment());
    assertNumber("0", here.component(HealthIndicator.COMMITTEE_PROGRESSION).fulfilment());
    LocalDate decidedOn = AS_OF.minusDays(3);
    KeyAccount decided = riverside(decided("cs-a", decidedOn, SubmissionDecision.REJECTED));
    assertEquals(
        java.util.Optional.of(decidedOn),
        committee(decided, AS_OF).submissions().get(0).decidedOn());
    assertEquals(java.util.Optional.empty(), committee(a, AS_OF).submissions().get(0).decidedOn());
  }

  @Test
  void resultsAboutAnotherAccountDayOrPolicyAreRefused() {
    KeyAccount a = both();
    KeyAccount other =
        riverside().withAccount(a.account().withId(dev.kamkit.model.id.AccountId.of("other")));
    PipelineResult pipeline = pipeline(a, AS_OF, PipelinePolicy.defaults());
    CommitteeProgressionResult committee = committee(a, AS_OF);
    ShareOfVoiceResult voice = voice(a, AS_OF);
    LocalDate dayBefore = AS_OF.minusDays(1);
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(a, AS_OF, committee(other, AS_OF), pipeline, voice));
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(a, AS_OF, committee(a, dayBefore), pipeline, voice));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            scorer.score(
                a, AS_OF, committee, pipeline(other, AS_OF, PipelinePolicy.defaults()), voice));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            scorer.score(
                a, AS_OF, committee, pipeline(a, dayBefore, PipelinePolicy.defaults()), voice));
    CommitteeProgressionResult strict =
        CommitteeProgression.of(CommitteeProgressionPolicy.defaults().withExpectedCycleDays(30))
            .evaluate(a, AS_OF);
    assertThrows(
        IllegalArgumentException.class, () -> scorer.score(a, AS_OF, strict, pipeline, voice));
    PipelinePolicy mine =
        PipelinePolicy.builder()
            .version("acme-pipeline-1")
            .stageProbabilities(Map.of(OpportunityStage.PROPOSAL, 50))
            .build();
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(a, AS_OF, committee, pipeline(a, AS_OF, mine), voice));
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(a, AS_OF, committee, pipeline, voice(other, AS_OF)));
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(a, AS_OF, committee, pipeline, voice(a, dayBefore)));
    ShareOfVoicePolicy quarter = ShareOfVoicePolicy.defaults().withWindowDays(91);
    ShareOfVoiceResult quarterly = ShareOfVoice.of(quarter).evaluate(a, AS_OF);
    assertThrows(
        IllegalArgumentException.class,
        () -> scorer.score(a, AS_OF, committee, pipeline, quarterly));
    assertEquals(
        HealthScorer.of(HealthPolicy.defaults().withShareOfVoice(quarter)).score(a, AS_OF),
        HealthScorer.of(HealthPolicy.defaults().withShareOfVoice(quarter))
            .score(a, AS_OF, committee, pipeline, quarterly));
    // the health policy names the pipeline policy it expects: then the result is taken
    HealthScorer matching = HealthScorer.of(HealthPolicy.defaults().withPipeline(mine));
    assertEquals(
        matching.score(a, AS_OF),
        matching.score(a, AS_OF, committee, pipeline(a, AS_OF, mine), voice));
  }
}
