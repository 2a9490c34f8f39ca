package dev.kamkit.rules.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.KamkitPolicies;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.rules.maturity.MaturityStage;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the account review: a quarter at an IDN, 24 August to 22 November 2026, each
 * change kind on its own, its code and arguments asserted. A good QBR "surfaces stalled committee
 * submissions, reassesses the relationship map" (Prolifiq, "Healthcare Key Account Management: A
 * Practical Guide").
 */
class AccountReviewTest {
  static final LocalDate AS_OF = AccountFixture.AS_OF;
  static final LocalDate SINCE = AS_OF.minusDays(90);
  static final Kamkit KAMKIT = Kamkit.withDefaults();
  static final ProductId ONCOXA = ProductId.of(AccountFixture.PRODUCT);
  static final DecisionBodyId PT = DecisionBodyId.of("pt");
  static final StakeholderId CHEN = StakeholderId.of("chen");
  static final StakeholderId CFO = StakeholderId.of("cfo");
  static final StakeholderId LEE = StakeholderId.of("lee");
  static final TeamMemberId KAM = TeamMemberId.of("kam");
  static final TeamMemberId MSL = TeamMemberId.of("msl");

  /** The account at the last review: Dr. Chen held by the KAM, a CFO, the P&T committee. */
  static AccountFixture base() {
    return AccountFixture.idn("memorial", "Memorial Health", 2)
        .stakeholder(
            "chen",
            StakeholderFunction.CLINICAL,
            s -> s.influence(Influence.HIGH),
            BuyingRole.CLINICAL_CHAMPION)
        .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("msl", TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .holds("kam", "chen", RelationshipStrength.WORKING, SINCE.minusDays(5))
        .product()
        .objective("obj-listing", "kam")
        .with(
            a ->
                a.addDecisionBody(
                    DecisionBody.builder()
                        .id(PT)
                        .name("Memorial P&T")
                        .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                        .scope(DecisionScope.SYSTEM)
                        .build()));
  }

  static KeyAccount before() {
    return base().build();
  }

  static AccountReview review(KeyAccount before, KeyAccount after) {
    return KAMKIT.review(before, SINCE, after, AS_OF);
  }

  static List<Arg> args(ReviewChange change) {
    return change.message().args();
  }

  static List<String> codes(List<ReviewChange> changes) {
    return changes.stream().map(ReviewChange::code).toList();
  }

  static KeyAccount withStakeholder(
      KeyAccount account, StakeholderId id, UnaryOperator<Stakeholder.Builder> change) {
    return KeyAccount.copyOf(account)
        .withStakeholders(
            account.stakeholders().stream()
                .map(
                    s ->
                        s.id().equals(id) ? change.apply(Stakeholder.builder().from(s)).build() : s)
                .toList());
  }

  @Test
  void anAccountAgainstItselfHasNoChange() {
    KeyAccount account = before();
    AccountReview r = KAMKIT.review(account, AS_OF, account, AS_OF);
    assertTrue(r.isEmpty(), r::explain);
    assertEquals(ReviewCode.ACCOUNT_UNCHANGED, r.explanation().line().code());
  }

  @Test
  void stakeholdersAddedDepartedAndRetiring() {
    KeyAccount before = before();
    KeyAccount after =
        withStakeholder(
            KeyAccount.copyOf(before)
                .withStakeholders(
                    before.stakeholders().stream().filter(s -> !s.id().equals(CFO)).toList()),
            CHEN,
            s -> s.status(StakeholderStatus.RETIRING));
    after =
        KeyAccount.copyOf(after)
            .withStakeholders(
                concat(
                    after.stakeholders(),
                    Stakeholder.builder()
                        .id(LEE)
                        .name("Dr. Lee")
                        .function(StakeholderFunction.CLINICAL)
                        .build()));
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.STAKEHOLDERS);
    assertEquals(
        List.of(
            "review.stakeholder.added",
            "review.stakeholder.departed",
            "review.stakeholder.retiring"),
        codes(changes));
    assertEquals(List.of(Arg.of(LEE, "Dr. Lee")), args(changes.get(0)));
    assertEquals(List.of(Arg.of(CFO, "cfo")), args(changes.get(1)));
    assertEquals(List.of(Arg.of(CHEN, "chen")), args(changes.get(2)));
    assertEquals(Movement.BETTER, changes.get(0).movement());
    assertEquals(Movement.WORSE, changes.get(1).movement());
    assertEquals(Movement.WORSE, changes.get(2).movement());
    assertEquals(List.of(CFO), changes.get(1).subjects());
  }

  @Test
  void sentimentAndInfluenceMoves() {
    KeyAccount before = before();
    KeyAccount after =
        withStakeholder(
            withStakeholder(
                before, CHEN, s -> s.sentiment(Sentiment.ADVOCATE).influence(Influence.DECISIVE)),
            CFO,
            s -> s.sentiment(Sentiment.SCEPTIC));
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.STAKEHOLDERS);
    assertEquals(
        List.of(
            "review.stakeholder.influence",
            "review.stakeholder.sentiment",
            "review.stakeholder.sentiment"),
        codes(changes));
    assertEquals(
        List.of(Arg.of(CHEN, "chen"), Arg.of(Influence.HIGH), Arg.of(Influence.DECISIVE)),
        args(changes.get(0)));
    assertEquals(
        List.of(Arg.of(CFO, "cfo"), Arg.of(Sentiment.NEUTRAL), Arg.of(Sentiment.SCEPTIC)),
        args(changes.get(1)));
    assertEquals(Movement.WORSE, changes.get(1).movement());
    assertEquals(
        List.of(Arg.of(CHEN, "chen"), Arg.of(Sentiment.NEUTRAL), Arg.of(Sentiment.ADVOCATE)),
        args(changes.get(2)));
    assertEquals(Movement.BETTER, changes.get(2).movement());
  }

  @Test
  void relationshipsGainedLostStrongerAndGoneQuiet() {
    KeyAccount before =
        base().holds("msl", "cfo", RelationshipStrength.ACQUAINTED, SINCE.minusDays(1)).build();
    KeyAccount after =
        base().holds("msl", "chen", RelationshipStrength.WORKING, AS_OF.minusDays(2)).build();
    // the KAM's relationship with Dr. Chen: stronger, and last touched before the last review
    after =
        KeyAccount.copyOf(after)
            .withRelationships(
                after.relationships().stream()
                    .map(
                        r ->
                            r.teamMember().equals(KAM)
                                ? Relationship.copyOf(r).withStrength(RelationshipStrength.STRONG)
                                : r)
                    .toList());
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.RELATIONSHIPS);
    assertEquals(
        List.of(
            "review.relationship.gained",
            "review.relationship.lost",
            "review.relationship.quiet",
            "review.relationship.strength"),
        codes(changes));
    assertEquals(
        List.of(Arg.of(MSL, "msl"), Arg.of(CHEN, "chen"), Arg.of(RelationshipStrength.WORKING)),
        args(changes.get(0)));
    assertEquals(List.of(Arg.of(MSL, "msl"), Arg.of(CFO, "cfo")), args(changes.get(1)));
    assertEquals(
        List.of(Arg.of(KAM, "kam"), Arg.of(CHEN, "chen"), Arg.of(90)), args(changes.get(2)));
    assertEquals(Movement.WORSE, changes.get(2).movement());
    assertEquals(
        List.of(
            Arg.of(KAM, "kam"),
            Arg.of(CHEN, "chen"),
            Arg.of(RelationshipStrength.WORKING),
            Arg.of(RelationshipStrength.STRONG)),
        args(changes.get(3)));
    assertEquals(List.of(KAM, CHEN), changes.get(3).subjects());
  }

  @Test
  void actionsAddedCompletedOverdueAndCancelled() {
    LocalDate dueInQuarter = SINCE.plusDays(30);
    KeyAccount before =
        base()
            .action("act-dossier", "kam", ActionStatus.IN_PROGRESS, "obj-listing")
            .action("act-dinner", "kam", ActionStatus.PLANNED, null)
            .plan(p -> p.addAction(action("act-cfo", dueInQuarter)))
            .build();
    KeyAccount after =
        base()
            .action("act-dossier", "kam", ActionStatus.COMPLETED, "obj-listing")
            .action("act-dinner", "kam", ActionStatus.CANCELLED, null)
            .action("act-successor", "msl", ActionStatus.PLANNED, "obj-listing")
            .plan(p -> p.addAction(action("act-cfo", dueInQuarter)))
            .build();
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.ACTIONS);
    assertEquals(
        List.of(
            "review.action.added",
            "review.action.cancelled",
            "review.action.completed",
            "review.action.overdue"),
        codes(changes));
    assertEquals(
        List.of(Arg.of(ActionId.of("act-successor"), "Action act-successor")),
        args(changes.get(0)));
    assertEquals(
        List.of(Arg.of(ActionId.of("act-dossier"), "Action act-dossier")), args(changes.get(2)));
    assertEquals(
        List.of(Arg.of(ActionId.of("act-cfo"), "Introduce the CFO"), Arg.of(dueInQuarter)),
        args(changes.get(3)));
    assertEquals(Movement.BETTER, changes.get(2).movement());
    assertEquals(Movement.WORSE, changes.get(3).movement());
  }

  static Action action(String id, LocalDate due) {
    return Action.builder()
        .id(ActionId.of(id))
        .title("Introduce the CFO")
        .owner(KAM)
        .dueDate(due)
        .status(ActionStatus.PLANNED)
        .build();
  }

  @Test
  void objectiveProgressAndKpis() {
    KeyAccount before = base().plan(p -> p.addKpi(kpi("kpi-share", "12"))).build();
    KeyAccount after =
        base()
            .objective("obj-successor", "msl")
            .plan(p -> p.addKpi(kpi("kpi-share", "18")))
            .build();
    after =
        KeyAccount.copyOf(after)
            .withPlan(
                after
                    .plan()
                    .orElseThrow()
                    .withObjectives(
                        after.plan().orElseThrow().objectives().stream()
                            .map(
                                o ->
                                    o.id().equals(ObjectiveId.of("obj-listing"))
                                        ? o.withStatus(ObjectiveStatus.IN_PROGRESS)
                                        : o)
                            .toList()));
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.OBJECTIVES);
    assertEquals(
        List.of("review.kpi.moved", "review.objective.added", "review.objective.status"),
        codes(changes));
    assertEquals(
        List.of(
            Arg.of(KpiId.of("kpi-share"), "Oncoxa share"),
            Arg.of(new BigDecimal("12")),
            Arg.of(new BigDecimal("18"))),
        args(changes.get(0)));
    assertEquals(Movement.BETTER, changes.get(0).movement()); // nearer its target of 25
    assertEquals(
        List.of(KpiId.of("kpi-share"), ObjectiveId.of("obj-listing")), changes.get(0).subjects());
    assertEquals(
        List.of(
            Arg.of(ObjectiveId.of("obj-listing"), "Objective obj-listing"),
            Arg.of(ObjectiveStatus.NOT_STARTED),
            Arg.of(ObjectiveStatus.IN_PROGRESS)),
        args(changes.get(2)));
  }

  static Kpi kpi(String id, String current) {
    return Kpi.builder()
        .id(KpiId.of(id))
        .name("Oncoxa share")
        .kind(KpiKind.LAGGING)
        .perspective(KpiPerspective.COMPANY)
        .target(new BigDecimal("25"))
        .current(new BigDecimal(current))
        .measuredOn(AS_OF.minusDays(7))
        .objective(ObjectiveId.of("obj-listing"))
        .build();
  }

  @Test
  void formularyMovesAreMeasuredOnEachDay() {
    // one record of the account: under review since spring, preferred from October
    KeyAccount account =
        base()
            .with(
                a ->
                    a.addFormulary(
                        entry(FormularyStatus.UNDER_REVIEW, LocalDate.of(2026, 4, 1)),
                        entry(FormularyStatus.PREFERRED, LocalDate.of(2026, 10, 1))))
            .build();
    List<ReviewChange> changes = review(account, account).changes(ReviewTopic.FORMULARY);
    assertEquals(List.of("review.formulary.moved"), codes(changes));
    assertEquals(
        List.of(
            Arg.of(ONCOXA, "Oncoxa"),
            Arg.of(FormularyStatus.UNDER_REVIEW),
            Arg.of(FormularyStatus.PREFERRED)),
        args(changes.get(0)));
    assertEquals(Movement.BETTER, changes.get(0).movement());

    KeyAccount listed =
        base()
            .with(a -> a.addFormulary(entry(FormularyStatus.RESTRICTED, LocalDate.of(2026, 9, 1))))
            .build();
    ReviewChange first = review(before(), listed).changes(ReviewTopic.FORMULARY).get(0);
    assertEquals(ReviewCode.FORMULARY_LISTED, first.message().code());
    assertEquals(
        List.of(Arg.of(ONCOXA, "Oncoxa"), Arg.of(FormularyStatus.RESTRICTED)), args(first));
  }

  static FormularyEntry entry(FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder().product(ONCOXA).status(status).effectiveFrom(from).build();
  }

  @Test
  void contractsAddedMovedRevaluedAndExpired() {
    KeyAccount before =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c-gpo", ContractStatus.IN_APPROVAL, "100000", AS_OF.plusYears(2)),
                        contract("c-direct", ContractStatus.ACTIVE, "50000", AS_OF.minusDays(20))))
            .build();
    KeyAccount after =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c-gpo", ContractStatus.ACTIVE, "120000", AS_OF.plusYears(2)),
                        contract("c-direct", ContractStatus.ACTIVE, "50000", AS_OF.minusDays(20)),
                        contract("c-service", ContractStatus.DRAFT, "8000", AS_OF.plusYears(1))))
            .build();
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.CONTRACTS);
    assertEquals(
        List.of(
            "review.contract.added",
            "review.contract.expired",
            "review.contract.status",
            "review.contract.value"),
        codes(changes));
    assertEquals(
        List.of(
            Arg.of(ContractId.of("c-service"), "Contract c-service"),
            Arg.of(ContractKind.GPO),
            Arg.of(ContractStatus.DRAFT)),
        args(changes.get(0)));
    assertEquals(
        List.of(
            Arg.of(ContractId.of("c-direct"), "Contract c-direct"), Arg.of(AS_OF.minusDays(20))),
        args(changes.get(1)));
    assertEquals(
        List.of(
            Arg.of(ContractId.of("c-gpo"), "Contract c-gpo"),
            Arg.of(ContractStatus.IN_APPROVAL),
            Arg.of(ContractStatus.ACTIVE)),
        args(changes.get(2)));
    assertEquals(
        List.of(
            Arg.of(ContractId.of("c-gpo"), "Contract c-gpo"),
            Arg.of(Money.of("100000", "USD")),
            Arg.of(Money.of("120000", "USD"))),
        args(changes.get(3)));
    assertEquals(Movement.BETTER, changes.get(3).movement());
  }

  static Contract contract(String id, ContractStatus status, String value, LocalDate end) {
    return Contract.builder()
        .id(ContractId.of(id))
        .name("Contract " + id)
        .kind(ContractKind.GPO)
        .status(status)
        .start(LocalDate.of(2025, 1, 1))
        .end(end)
        .addProducts(ONCOXA)
        .value(Money.of(value, "USD"))
        .build();
  }

  @Test
  void submissionsAddedAdvancedDecidedStalledAndMoving() {
    LocalDate requested = SINCE.minusDays(30);
    // requested before the last review, now at committee review with its target meeting passed
    CommitteeSubmission stalls =
        submission("cs-stalls", requested)
            .sponsor(CHEN)
            .targetMeeting(SINCE.plusDays(40))
            .addSteps(SubmissionStep.of(SubmissionStage.COMMITTEE_REVIEW, SINCE.plusDays(10)))
            .build();
    // approved in the quarter
    CommitteeSubmission decided =
        submission("cs-decided", requested)
            .sponsor(CHEN)
            .addSteps(SubmissionStep.decided(SINCE.plusDays(20), SubmissionDecision.APPROVED))
            .build();
    CommitteeSubmission fresh = submission("cs-new", AS_OF.minusDays(5)).sponsor(CHEN).build();
    KeyAccount account =
        base().with(a -> a.addCommitteeSubmissions(stalls, decided, fresh)).build();
    List<ReviewChange> changes = review(account, account).changes(ReviewTopic.SUBMISSIONS);
    assertEquals(
        List.of(
            "review.submission.added",
            "review.submission.advanced",
            "review.submission.decided",
            "review.submission.stalled"),
        codes(changes));
    assertEquals(
        List.of(
            Arg.of(CommitteeSubmissionId.of("cs-new"), "Oncoxa cs-new"),
            Arg.of(PT, "Memorial P&T"),
            Arg.of(SubmissionStage.REQUEST)),
        args(changes.get(0)));
    assertEquals(
        List.of(
            Arg.of(CommitteeSubmissionId.of("cs-stalls"), "Oncoxa cs-stalls"),
            Arg.of(SubmissionStage.REQUEST),
            Arg.of(SubmissionStage.COMMITTEE_REVIEW)),
        args(changes.get(1)));
    assertEquals(
        List.of(
            Arg.of(CommitteeSubmissionId.of("cs-decided"), "Oncoxa cs-decided"),
            Arg.of(PT, "Memorial P&T"),
            Arg.of(SubmissionDecision.APPROVED)),
        args(changes.get(2)));
    ReviewChange stalled = changes.get(3);
    assertEquals(Movement.WORSE, stalled.movement());
    Arg.Many why = (Arg.Many) stalled.message().arg("why");
    assertEquals(
        List.of("committee.stalled.meeting-passed"),
        why.values().stream().map(a -> ((Arg.Nested) a).value().code().code()).toList());

    // a sponsor who retires stalls it; a new sponsor gets it moving again
    KeyAccount retiring = withStakeholder(account, CHEN, s -> s.status(StakeholderStatus.RETIRING));
    KeyAccount sponsored =
        KeyAccount.copyOf(retiring)
            .withCommitteeSubmissions(
                retiring.committeeSubmissions().stream()
                    .map(s -> s.id().equals(fresh.id()) ? s.withSponsor(CFO) : s)
                    .toList());
    ReviewChange stalls2 =
        KAMKIT
            .review(account, AS_OF, retiring, AS_OF)
            .changes(ReviewCode.SUBMISSION_STALLED)
            .get(0);
    assertEquals(List.of(CommitteeSubmissionId.of("cs-new")), stalls2.subjects());
    List<ReviewChange> moving =
        KAMKIT.review(retiring, AS_OF, sponsored, AS_OF).changes(ReviewCode.SUBMISSION_MOVING);
    assertEquals(
        List.of(List.of(Arg.of(CommitteeSubmissionId.of("cs-new"), "Oncoxa cs-new"))),
        moving.stream().map(AccountReviewTest::args).toList());
  }

  static CommitteeSubmission.Builder submission(String id, LocalDate requested) {
    return CommitteeSubmission.builder()
        .id(CommitteeSubmissionId.of(id))
        .name("Oncoxa " + id)
        .decisionBody(PT)
        .product(ONCOXA)
        .addSteps(SubmissionStep.of(SubmissionStage.REQUEST, requested));
  }

  @Test
  void pipelineMoves() {
    KeyAccount before =
        base()
            .with(
                a ->
                    a.addOpportunities(
                        open("opp-advances", OpportunityStage.QUALIFIED, "200000"),
                        open("opp-wins", OpportunityStage.NEGOTIATION, "90000"),
                        open("opp-loses", OpportunityStage.PROPOSAL, "40000"),
                        open("opp-grows", OpportunityStage.QUALIFIED, "10000")))
            .build();
    KeyAccount after =
        base()
            .with(
                a ->
                    a.addOpportunities(
                        open("opp-advances", OpportunityStage.PROPOSAL, "200000"),
                        closed("opp-wins", OpportunityStage.WON, "90000"),
                        closed("opp-loses", OpportunityStage.LOST, "40000"),
                        open("opp-grows", OpportunityStage.QUALIFIED, "15000"),
                        open("opp-new", OpportunityStage.IDENTIFIED, "60000")))
            .build();
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.PIPELINE);
    assertEquals(
        List.of(
            "review.opportunity.added",
            "review.opportunity.amount",
            "review.opportunity.lost",
            "review.opportunity.stage",
            "review.opportunity.won"),
        codes(changes));
    assertEquals(
        List.of(
            Arg.of(OpportunityId.of("opp-new"), "Oncoxa opp-new"),
            Arg.of(OpportunityStage.IDENTIFIED),
            Arg.of(Money.of("60000", "USD"))),
        args(changes.get(0)));
    assertEquals(
        List.of(
            Arg.of(OpportunityId.of("opp-grows"), "Oncoxa opp-grows"),
            Arg.of(Money.of("10000", "USD")),
            Arg.of(Money.of("15000", "USD"))),
        args(changes.get(1)));
    assertEquals(Movement.WORSE, changes.get(2).movement());
    assertEquals(
        List.of(
            Arg.of(OpportunityId.of("opp-advances"), "Oncoxa opp-advances"),
            Arg.of(OpportunityStage.QUALIFIED),
            Arg.of(OpportunityStage.PROPOSAL)),
        args(changes.get(3)));
    assertEquals(
        List.of(
            Arg.of(OpportunityId.of("opp-wins"), "Oncoxa opp-wins"),
            Arg.of(Money.of("90000", "USD"))),
        args(changes.get(4)));
    assertEquals(Movement.BETTER, changes.get(4).movement());
  }

  static Opportunity open(String id, OpportunityStage stage, String amount) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .name("Oncoxa " + id)
        .product(ONCOXA)
        .stage(stage)
        .amount(Money.of(amount, "USD"))
        .expectedClose(AS_OF.plusMonths(3))
        .build();
  }

  static Opportunity closed(String id, OpportunityStage stage, String amount) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .name("Oncoxa " + id)
        .product(ONCOXA)
        .stage(stage)
        .amount(Money.of(amount, "USD"))
        .closedOn(AS_OF.minusDays(10))
        .build();
  }

  /**
   * What was recorded and is no longer, or the other way round: a rating recorded or cleared, a
   * leave, a first KPI measurement, a formulary entry, a contract and an opportunity gone.
   */
  @Test
  void recordsThatAppearOrGo() {
    KeyAccount before =
        base()
            .with(
                a ->
                    a.addFormulary(entry(FormularyStatus.ON_FORMULARY, LocalDate.of(2026, 1, 1)))
                        .addOpportunities(open("opp-dropped", OpportunityStage.QUALIFIED, "5000")))
            .profile(
                p ->
                    p.addContracts(
                        contract("c-old", ContractStatus.ACTIVE, "1000", AS_OF.plusYears(1))))
            .plan(
                p ->
                    p.addKpi(
                        kpi("kpi-share", "12")
                            .withMeasuredOn(Optional.empty())
                            .withCurrent(Optional.empty())))
            .build();
    before = withStakeholder(before, CFO, s -> s.influence(Influence.MEDIUM));
    KeyAccount after = base().plan(p -> p.addKpi(kpi("kpi-share", "12"))).build();
    after =
        withStakeholder(
            withStakeholder(after, CFO, s -> s.sentiment(Optional.empty())),
            CHEN,
            s -> s.status(StakeholderStatus.ON_LEAVE).influence(Optional.empty()));
    AccountReview r = review(before, after);
    assertEquals(
        List.of(
            "review.stakeholder.influence.cleared",
            "review.stakeholder.influence.cleared",
            "review.stakeholder.sentiment.cleared",
            "review.stakeholder.status"),
        codes(r.changes(ReviewTopic.STAKEHOLDERS)));
    assertEquals(
        List.of(
            Arg.of(CHEN, "chen"),
            Arg.of(StakeholderStatus.ACTIVE),
            Arg.of(StakeholderStatus.ON_LEAVE)),
        args(r.changes(ReviewCode.STAKEHOLDER_STATUS).get(0)));
    assertEquals(Movement.WORSE, r.changes(ReviewCode.STAKEHOLDER_STATUS).get(0).movement());
    assertEquals(
        List.of(Arg.of(KpiId.of("kpi-share"), "Oncoxa share"), Arg.of(new BigDecimal("12"))),
        args(r.changes(ReviewCode.KPI_MEASURED).get(0)));
    assertEquals(
        List.of(Arg.of(ONCOXA, "Oncoxa"), Arg.of(FormularyStatus.ON_FORMULARY)),
        args(r.changes(ReviewCode.FORMULARY_UNLISTED).get(0)));
    assertEquals(
        List.of(Arg.of(ContractId.of("c-old"), "Contract c-old")),
        args(r.changes(ReviewCode.CONTRACT_REMOVED).get(0)));
    assertEquals(
        List.of(Arg.of(OpportunityId.of("opp-dropped"), "Oncoxa opp-dropped")),
        args(r.changes(ReviewCode.OPPORTUNITY_REMOVED).get(0)));

    // and the other way round: recorded where nothing was
    AccountReview back =
        review(after, withStakeholder(after, CHEN, s -> s.influence(Influence.LOW)));
    assertEquals(
        List.of(Arg.of(CHEN, "chen"), Arg.of(Influence.LOW)),
        args(back.changes(ReviewCode.INFLUENCE_RECORDED).get(0)));
    AccountReview felt =
        review(after, withStakeholder(after, CFO, s -> s.sentiment(Sentiment.SUPPORTER)));
    assertEquals(
        List.of(Arg.of(CFO, "cfo"), Arg.of(Sentiment.SUPPORTER)),
        args(felt.changes(ReviewCode.SENTIMENT_RECORDED).get(0)));
  }

  @Test
  void aScoreMoveComesWithTheComponentsAndReasonsThatMovedIt() {
    KeyAccount before = base().build();
    // the MSL now holds the CFO too: coverage reaches the economic buyer
    KeyAccount after =
        base().holds("msl", "cfo", RelationshipStrength.WORKING, AS_OF.minusDays(3)).build();
    AccountReview r = KAMKIT.review(before, AS_OF, after, AS_OF);
    ScoreChange coverage =
        r.scores().stream()
            .filter(s -> s.score() == ReviewedScore.COVERAGE)
            .findFirst()
            .orElseThrow();
    assertEquals(Movement.BETTER, coverage.movement());
    BigDecimal from = coverage.previous().orElseThrow();
    BigDecimal to = coverage.current().orElseThrow();
    assertTrue(to.compareTo(from) > 0, coverage::explain);
    assertEquals(to.subtract(from), coverage.change().orElseThrow());
    assertEquals(ReviewCode.SCORE_MOVED, coverage.headline().code());
    BigDecimal moved =
        coverage.components().stream()
            .map(ComponentChange::change)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(0, moved.compareTo(to.subtract(from)), "the components add up to the move");
    assertTrue(
        coverage.disappeared().stream().anyMatch(x -> x.subjects().contains(CFO)),
        coverage::explain);
    // a policy that reports only moves of 100 points hides it
    Kamkit coarse =
        Kamkit.of(
            KamkitPolicies.builder()
                .review(ReviewPolicy.builder().minimumScoreMove(BigDecimal.valueOf(100)).build())
                .build());
    assertTrue(coarse.review(before, AS_OF, after, AS_OF).scores().isEmpty());
  }

  @Test
  void aClassificationChangeComesWithItsReasons() {
    KeyAccount before =
        base().account(a -> a.tier(dev.kamkit.model.account.AccountTier.TIER_3)).build();
    KeyAccount after =
        base()
            .account(a -> a.tier(dev.kamkit.model.account.AccountTier.TIER_3))
            .stakeholder("cno", StakeholderFunction.NURSING, BuyingRole.USER)
            .stakeholder("cmo", StakeholderFunction.EXECUTIVE, BuyingRole.ECONOMIC_BUYER)
            .member("ceo-sponsor", TeamFunction.EXECUTIVE_SPONSOR)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .holds("msl", "cfo", RelationshipStrength.STRONG, AS_OF.minusDays(3))
            .holds("ceo-sponsor", "cmo", RelationshipStrength.STRONG, AS_OF.minusDays(3))
            .holds("ma", "cno", RelationshipStrength.WORKING, AS_OF.minusDays(3))
            .holds("kam", "cfo", RelationshipStrength.WORKING, AS_OF.minusDays(3))
            .build();
    AccountReview r = KAMKIT.review(before, AS_OF, after, AS_OF);
    // the KAM now holds someone and the team spans four functions: stage 1, dedicated resources
    ClassificationChange maturity =
        r.classifications().stream()
            .filter(c -> c.classification() == ReviewedClassification.MATURITY)
            .findFirst()
            .orElseThrow(() -> new AssertionError(r.explain()));
    assertEquals(Movement.BETTER, maturity.movement(), r::explain);
    assertEquals(Optional.of(MaturityStage.NONE), maturity.previous());
    assertEquals(Optional.of(MaturityStage.DEDICATED_RESOURCES), maturity.current());
    assertEquals(
        List.of(Effect.STRENGTH, Effect.STRENGTH),
        maturity.appeared().stream().map(Reason::effect).toList());
    assertEquals(
        List.of(Effect.GAP, Effect.GAP),
        maturity.disappeared().stream().map(Reason::effect).toList());
    assertEquals(
        List.of(
            Arg.of(ReviewedClassification.MATURITY),
            Arg.of(MaturityStage.NONE),
            Arg.of(MaturityStage.DEDICATED_RESOURCES)),
        maturity.headline().args());
  }

  @Test
  void aPortfolioReviewMatchesAccountsById() {
    KeyAccount memorial = before();
    KeyAccount other = AccountFixture.hospital("st-anne", "St. Anne", 300).build();
    KeyAccount joining = AccountFixture.hospital("lakeside", "Lakeside", 200).build();
    KeyAccount changed = withStakeholder(memorial, CFO, s -> s.status(StakeholderStatus.DEPARTED));
    PortfolioReview r =
        KAMKIT.review(
            Portfolio.builder().addAccounts(memorial, other).build(),
            SINCE,
            Portfolio.builder().addAccounts(joining, changed).build(),
            AS_OF);
    assertEquals(List.of("review.account.added", "review.account.removed"), codes(r.membership()));
    assertEquals(List.of(Arg.of(joining.id(), "Lakeside")), args(r.membership().get(0)));
    assertEquals(List.of(Arg.of(other.id(), "St. Anne")), args(r.membership().get(1)));
    assertEquals(
        List.of(memorial.id()), r.accounts().stream().map(AccountReview::account).toList());
    assertEquals(
        List.of("review.stakeholder.departed"),
        codes(r.account(memorial.id()).orElseThrow().changes(ReviewTopic.STAKEHOLDERS)));
    assertEquals(ReviewCode.PORTFOLIO, r.explanation().line().code());
  }

  @Test
  void badInputIsRefusedWithWhatIsWrong() {
    KeyAccount memorial = before();
    KeyAccount other = AccountFixture.hospital("st-anne", "St. Anne", 300).build();
    IllegalArgumentException late =
        assertThrows(
            IllegalArgumentException.class, () -> KAMKIT.review(memorial, AS_OF, memorial, SINCE));
    assertTrue(late.getMessage().contains(AS_OF.toString()), late.getMessage());
    IllegalArgumentException another =
        assertThrows(
            IllegalArgumentException.class, () -> KAMKIT.review(memorial, SINCE, other, AS_OF));
    assertTrue(another.getMessage().contains("st-anne"), another.getMessage());
    InvalidModelException policy =
        assertThrows(
            InvalidModelException.class, () -> ReviewPolicy.builder().quietAfterDays(0).build());
    assertTrue(policy.getMessage().contains("quietAfterDays"), policy.getMessage());
  }

  @Test
  void theReviewIsWordedInEveryLanguage() {
    KeyAccount before = before();
    KeyAccount after = withStakeholder(before, CHEN, s -> s.status(StakeholderStatus.RETIRING));
    AccountReview r = review(before, after);
    String english = r.explain();
    assertTrue(english.contains("[worse] chen is now retiring or leaving"), english);
    assertTrue(r.explain(Locale.GERMAN).contains("[schlechter] chen geht jetzt in den Ruhestand"));
    assertTrue(r.explain(Locale.FRENCH).contains("[moins bien] chen part désormais à la retraite"));
  }

  static <T> List<T> concat(List<T> list, T more) {
    java.util.ArrayList<T> all = new java.util.ArrayList<>(list);
    all.add(more);
    return all;
  }
}
