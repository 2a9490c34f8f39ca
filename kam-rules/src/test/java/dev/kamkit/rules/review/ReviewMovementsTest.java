package dev.kamkit.rules.review;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.message;
import static dev.kamkit.model.explain.Param.number;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;
import static dev.kamkit.rules.review.AccountReviewTest.AS_OF;
import static dev.kamkit.rules.review.AccountReviewTest.CFO;
import static dev.kamkit.rules.review.AccountReviewTest.CHEN;
import static dev.kamkit.rules.review.AccountReviewTest.KAMKIT;
import static dev.kamkit.rules.review.AccountReviewTest.MSL;
import static dev.kamkit.rules.review.AccountReviewTest.SINCE;
import static dev.kamkit.rules.review.AccountReviewTest.args;
import static dev.kamkit.rules.review.AccountReviewTest.base;
import static dev.kamkit.rules.review.AccountReviewTest.codes;
import static dev.kamkit.rules.review.AccountReviewTest.contract;
import static dev.kamkit.rules.review.AccountReviewTest.entry;
import static dev.kamkit.rules.review.AccountReviewTest.review;
import static dev.kamkit.rules.review.AccountReviewTest.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.evaluation.KamkitPolicies;
import dev.kamkit.rules.maturity.RelationshipStage;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which way each change points (better, worse, noted), the headlines of changes that have only one
 * side, and what makes two reasons the same across reviews: the boundaries {@link
 * AccountReviewTest} does not reach.
 */
class ReviewMovementsTest {

  /** A code of this test's own, so each kind of argument can be varied alone. */
  record Probe(String code, List<Param> params) implements MessageCode {
    static Probe of(String code, Param... params) {
      return new Probe(code, List.of(params));
    }
  }

  static final Probe NAMES =
      Probe.of(
          "probe.names", ref("who"), text("what"), choice("how"), message("why"), list("which"));
  static final Probe COUNTED = Probe.of("probe.amount", count("amount"));
  static final Probe MEASURED = Probe.of("probe.amount", number("amount"));
  static final Probe OTHER = Probe.of("probe.other", count("amount"));

  /** What a reason names: a stakeholder, host text, an effect, a nested count, a list. */
  static final List<Arg> NAMED =
      List.of(
          Arg.of(CHEN, "Dr. Chen"),
          Arg.text("dossier"),
          Arg.of(Effect.GAP),
          Arg.of(Message.of(COUNTED, Arg.of(3))),
          Arg.list(Arg.of(CFO, "CFO")));

  /** The same positions, each naming something else. */
  static final List<Arg> RENAMED =
      List.of(
          Arg.of(CFO, "Dr. Chen"),
          Arg.text("contract"),
          Arg.of(Effect.STRENGTH),
          Arg.of(Message.of(OTHER, Arg.of(3))),
          Arg.list(Arg.of(CHEN, "Dr. Chen")));

  static Reason names(List<Arg> args) {
    return Reason.of(NAMES, Effect.GAP, List.of(CHEN), args.toArray(Arg[]::new));
  }

  @Test
  void aReasonIsTheSameWhenOnlyItsCountsMoveAndAnotherWhenWhatItNamesDoes() {
    Reason was = names(NAMED);
    // the same names, another count inside the nested message: the same reason
    List<Arg> recounted = new ArrayList<>(NAMED);
    recounted.set(3, Arg.of(Message.of(COUNTED, Arg.of(40))));
    assertEquals(List.of(), Reasons.missingFrom(List.of(names(recounted)), List.of(was)));
    for (int i = 0; i < NAMED.size(); i++) {
      List<Arg> args = new ArrayList<>(NAMED);
      args.set(i, RENAMED.get(i));
      Reason other = names(args);
      assertEquals(List.of(other), Reasons.missingFrom(List.of(other), List.of(was)), "arg " + i);
    }
    // the kind of an argument that names nothing still tells two reasons apart
    Reason counted = Reason.of(COUNTED, Effect.GAP, List.of(), Arg.of(3));
    Reason measured = Reason.of(MEASURED, Effect.GAP, List.of(), Arg.of(BigDecimal.ONE));
    assertEquals(List.of(measured), Reasons.missingFrom(List.of(measured), List.of(counted)));
  }

  @Test
  void aScoreWithOneSideIsNewOrGone() {
    Message title = Message.of(Probe.of("probe.title"));
    ScoreChange gone =
        ScoreChange.builder()
            .score(ReviewedScore.HEALTH)
            .title(title)
            .previous(new BigDecimal("61.50"))
            .build();
    assertEquals(Movement.WORSE, gone.movement());
    assertEquals(ReviewCode.SCORE_GONE, gone.headline().code());
    assertEquals(List.of(Arg.of(title), Arg.of(new BigDecimal("61.50"))), gone.headline().args());
    ScoreChange fresh = gone.withPrevious(Optional.empty()).withCurrent(new BigDecimal("40.00"));
    assertEquals(Movement.NOTED, fresh.movement());
    assertEquals(ReviewCode.SCORE_NEW, fresh.headline().code());
    assertEquals(List.of(Arg.of(title), Arg.of(new BigDecimal("40.00"))), fresh.headline().args());
    // a move of nothing (a policy that reports every move) counts as holding up
    ScoreChange held = fresh.withPrevious(new BigDecimal("40.00"));
    assertEquals(Movement.BETTER, held.movement());
    assertEquals(Movement.WORSE, held.withCurrent(new BigDecimal("39.99")).movement());
  }

  @Test
  void aClassificationWithOneSideIsSetOrCleared() {
    ClassificationChange cleared =
        ClassificationChange.builder()
            .classification(ReviewedClassification.TIER)
            .previous(AccountTier.TIER_1)
            .movement(Movement.NOTED)
            .build();
    assertEquals(ReviewCode.CLASSIFICATION_CLEARED, cleared.headline().code());
    assertEquals(
        List.of(Arg.of(ReviewedClassification.TIER), Arg.of(AccountTier.TIER_1)),
        cleared.headline().args());
    ClassificationChange set =
        cleared.withPrevious(Optional.empty()).withCurrent(AccountTier.TIER_2);
    assertEquals(ReviewCode.CLASSIFICATION_SET, set.headline().code());
    assertEquals(
        List.of(Arg.of(ReviewedClassification.TIER), Arg.of(AccountTier.TIER_2)),
        set.headline().args());
  }

  @Test
  void rankedMovesAreBetterUpWorseDownAndNotedLevel() {
    assertEquals(Movement.BETTER, Changes.byRank(1, 2));
    assertEquals(Movement.NOTED, Changes.byRank(2, 2));
    assertEquals(Movement.WORSE, Changes.byRank(2, 1));
  }

  @Test
  void aContractInForceIsBetterAndAClosedOneWorse() {
    KeyAccount before =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c-gpo", ContractStatus.IN_APPROVAL, "100000", AS_OF.plusYears(2)),
                        contract("c-idn", ContractStatus.SIGNED, "90000", AS_OF.plusYears(2)),
                        contract("c-pilot", ContractStatus.ACTIVE, "9000", AS_OF.plusYears(1)),
                        contract("c-draft", ContractStatus.DRAFT, "5000", AS_OF.plusYears(1))))
            .build();
    KeyAccount after =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c-gpo", ContractStatus.SIGNED, "100000", AS_OF.plusYears(2)),
                        contract("c-idn", ContractStatus.ACTIVE, "90000", AS_OF.plusYears(2)),
                        contract("c-pilot", ContractStatus.ENDED, "9000", AS_OF.plusYears(1)),
                        contract("c-draft", ContractStatus.IN_APPROVAL, "5000", AS_OF.plusYears(1)),
                        contract("c-new", ContractStatus.SIGNED, "7000", AS_OF.plusYears(1)),
                        contract("c-refused", ContractStatus.REJECTED, "7000", AS_OF.plusYears(1))))
            .build();
    AccountReview r = review(before, after);
    assertEquals(
        List.of(
            Movement.NOTED, // c-draft: drafted, now in approval
            Movement.BETTER, // c-gpo: signed
            Movement.BETTER, // c-idn: active
            Movement.WORSE), // c-pilot: ended
        movements(r.changes(ReviewCode.CONTRACT_STATUS), "c-draft", "c-gpo", "c-idn", "c-pilot"));
    assertEquals(
        List.of(Movement.BETTER, Movement.NOTED),
        movements(r.changes(ReviewCode.CONTRACT_ADDED), "c-new", "c-refused"));
  }

  @Test
  void aContractThatEndedOrWasNeverInForceDoesNotExpire() {
    LocalDate lapsed = AS_OF.minusDays(20);
    KeyAccount before =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c-ended", ContractStatus.ACTIVE, "1000", lapsed),
                        contract("c-refused", ContractStatus.IN_APPROVAL, "1000", lapsed),
                        contract("c-open", ContractStatus.ACTIVE, "1000", lapsed),
                        contract("c-old", ContractStatus.ACTIVE, "1000", SINCE.minusDays(1))))
            .build();
    KeyAccount after =
        base()
            .profile(
                p ->
                    p.addContracts(
                        contract("c-ended", ContractStatus.ENDED, "1000", lapsed),
                        contract("c-refused", ContractStatus.REJECTED, "1000", lapsed),
                        contract("c-open", ContractStatus.ACTIVE, "1000", lapsed),
                        contract("c-old", ContractStatus.ACTIVE, "1000", SINCE.minusDays(1))))
            .build();
    // only the one still open ran out in the quarter; c-old ran out before the last review
    assertEquals(
        List.of(List.of(ContractId.of("c-open"))),
        review(before, after).changes(ReviewCode.CONTRACT_EXPIRED).stream()
            .map(ReviewChange::subjects)
            .toList());
  }

  @Test
  void aProductListedRestrictedIsBetterAndUnderReviewOnlyNoted() {
    KeyAccount restricted =
        base()
            .with(a -> a.addFormulary(entry(FormularyStatus.RESTRICTED, SINCE.plusDays(1))))
            .build();
    KeyAccount underReview =
        base()
            .with(a -> a.addFormulary(entry(FormularyStatus.UNDER_REVIEW, SINCE.plusDays(1))))
            .build();
    assertEquals(
        Movement.BETTER,
        review(base().build(), restricted).changes(ReviewCode.FORMULARY_LISTED).get(0).movement());
    assertEquals(
        Movement.NOTED,
        review(base().build(), underReview).changes(ReviewCode.FORMULARY_LISTED).get(0).movement());
    // listed the same on both days: nothing to say
    KeyAccount steady =
        base()
            .with(a -> a.addFormulary(entry(FormularyStatus.RESTRICTED, SINCE.minusDays(9))))
            .build();
    assertEquals(List.of(), review(steady, steady).changes(ReviewTopic.FORMULARY));
  }

  @Test
  void aDecisionIsReportedOnceAndItsWayFollowsTheDecision() {
    LocalDate requested = SINCE.minusDays(60);
    CommitteeSubmission decidedBefore =
        submission("cs-old", requested)
            .addSteps(SubmissionStep.decided(SINCE.minusDays(10), SubmissionDecision.APPROVED))
            .build();
    CommitteeSubmission rejected =
        submission("cs-rejected", requested)
            .addSteps(SubmissionStep.decided(SINCE.plusDays(10), SubmissionDecision.REJECTED))
            .build();
    KeyAccount before = base().with(a -> a.addCommitteeSubmissions(decidedBefore)).build();
    // a submission the last review did not know, already approved; one rejected in the quarter
    CommitteeSubmission approvedUnseen =
        submission("cs-unseen", requested)
            .addSteps(SubmissionStep.decided(SINCE.plusDays(5), SubmissionDecision.APPROVED))
            .build();
    KeyAccount after =
        base()
            .with(a -> a.addCommitteeSubmissions(decidedBefore, rejected, approvedUnseen))
            .build();
    List<ReviewChange> decided =
        KAMKIT.review(before, SINCE, after, AS_OF).changes(ReviewCode.SUBMISSION_DECIDED);
    assertEquals(
        List.of(
            List.of(CommitteeSubmissionId.of("cs-rejected")),
            List.of(CommitteeSubmissionId.of("cs-unseen"))),
        decided.stream().map(ReviewChange::subjects).toList());
    assertEquals(
        List.of(Movement.WORSE, Movement.BETTER),
        decided.stream().map(ReviewChange::movement).toList());
  }

  @Test
  void anActionClosedBeforeTheLastReviewIsNotReportedAgain() {
    LocalDate dueEarly = SINCE.minusDays(10);
    KeyAccount before =
        base()
            .action("act-done", "kam", ActionStatus.COMPLETED, "obj-listing")
            .action("act-dropped", "kam", ActionStatus.CANCELLED, null)
            .plan(p -> p.addAction(late("act-late", dueEarly)))
            .build();
    KeyAccount after =
        base()
            .action("act-done", "kam", ActionStatus.COMPLETED, "obj-listing")
            .action("act-dropped", "kam", ActionStatus.CANCELLED, null)
            .action("act-quick", "kam", ActionStatus.COMPLETED, null)
            .action("act-never", "kam", ActionStatus.CANCELLED, null)
            .plan(p -> p.addAction(late("act-late", dueEarly)))
            .build();
    List<ReviewChange> changes = review(before, after).changes(ReviewTopic.ACTIONS);
    // added and closed within the quarter: both said; closed or overdue before: nothing
    assertEquals(
        List.of(
            "review.action.added",
            "review.action.added",
            "review.action.cancelled",
            "review.action.completed"),
        codes(changes));
    assertEquals(
        List.of(
            List.of(ActionId.of("act-never")),
            List.of(ActionId.of("act-quick")),
            List.of(ActionId.of("act-never")),
            List.of(ActionId.of("act-quick"))),
        changes.stream().map(ReviewChange::subjects).toList());
  }

  static Action late(String id, LocalDate due) {
    return AccountReviewTest.action(id, due);
  }

  @Test
  void aRelationshipLostWithBothSidesGoneIsNamedFromTheLastReview() {
    KeyAccount before =
        base().holds("msl", "cfo", RelationshipStrength.WORKING, SINCE.minusDays(3)).build();
    KeyAccount after = base().build();
    after =
        KeyAccount.copyOf(after)
            .withTeam(after.team().stream().filter(m -> !m.id().equals(MSL)).toList())
            .withStakeholders(
                after.stakeholders().stream().filter(s -> !s.id().equals(CFO)).toList());
    ReviewChange lost = review(before, after).changes(ReviewCode.RELATIONSHIP_LOST).get(0);
    assertEquals(
        List.of(
            Arg.of(MSL, before.teamMember(MSL).orElseThrow().name()),
            Arg.of(CFO, before.stakeholder(CFO).orElseThrow().name())),
        args(lost));
  }

  @Test
  void aFallingRelationshipIsAWorseClassificationWithTheSignalsThatAppeared() {
    KeyAccount before = base().build();
    // the product lost its listing and the supply contract lapsed: the relationship is falling
    KeyAccount after =
        base()
            .with(
                a ->
                    a.addFormulary(
                        entry(FormularyStatus.PREFERRED, AS_OF.minusYears(3)),
                        entry(FormularyStatus.NON_FORMULARY, AS_OF.minusMonths(2))))
            .profile(
                p ->
                    p.addContract(
                        Contract.builder()
                            .id(ContractId.of("c-supply"))
                            .name("Supply")
                            .kind(ContractKind.DIRECT_PURCHASE)
                            .status(ContractStatus.ENDED)
                            .start(AS_OF.minusYears(3))
                            .end(AS_OF.minusMonths(1))
                            .build()))
            .build();
    AccountReview r = KAMKIT.review(before, AS_OF, after, AS_OF);
    ClassificationChange relationship = classification(r, ReviewedClassification.RELATIONSHIP);
    assertEquals(Optional.of(RelationshipStage.EXPLORATORY), relationship.previous(), r::explain);
    assertEquals(Optional.of(RelationshipStage.DISINTEGRATING), relationship.current());
    assertEquals(Movement.WORSE, relationship.movement());
    assertEquals(
        List.of(
            "relationship.signal.listing-lost",
            "relationship.signal.contract-lapsed",
            "relationship.next.address-signals"),
        relationship.appeared().stream().map(x -> x.message().code().code()).toList(),
        relationship::explain);
  }

  @Test
  void aTierThatMovedIsNotedWithItsReasons() {
    KeyAccount account = base().build();
    AccountSnapshot today = KAMKIT.snapshot(account, AS_OF);
    AccountSnapshot then = today.withTier(today.tier().withTier(AccountTier.TIER_2));
    AccountSnapshot now = today.withTier(today.tier().withTier(AccountTier.TIER_1));
    AccountReview r = AccountReviewer.withDefaults().review(then, now);
    ClassificationChange tier = classification(r, ReviewedClassification.TIER);
    assertEquals(Optional.of(AccountTier.TIER_2), tier.previous());
    assertEquals(Optional.of(AccountTier.TIER_1), tier.current());
    assertEquals(Movement.NOTED, tier.movement());
    assertEquals(List.of(ReviewedClassification.TIER), classificationsOf(r));
  }

  static List<ReviewedClassification> classificationsOf(AccountReview r) {
    return r.classifications().stream().map(ClassificationChange::classification).toList();
  }

  @Test
  void aScoreMoveOfExactlyTheMinimumIsReported() {
    KeyAccount before = base().build();
    KeyAccount after =
        base().holds("msl", "cfo", RelationshipStrength.WORKING, AS_OF.minusDays(3)).build();
    BigDecimal move =
        coverage(KAMKIT.review(before, AS_OF, after, AS_OF)).change().orElseThrow().abs();
    assertTrue(move.signum() > 0);
    Kamkit exact = withMinimumMove(move);
    assertEquals(move, coverage(exact.review(before, AS_OF, after, AS_OF)).change().orElseThrow());
    Kamkit above = withMinimumMove(move.add(new BigDecimal("0.01")));
    assertTrue(
        above.review(before, AS_OF, after, AS_OF).scores().stream()
            .noneMatch(s -> s.score() == ReviewedScore.COVERAGE));
  }

  @Test
  void snapshotsMustBeOfTheirSidesDay() {
    KeyAccount account = base().build();
    AccountSnapshot early = KAMKIT.snapshot(account, SINCE);
    AccountSnapshot late = KAMKIT.snapshot(account, AS_OF);
    AccountReviewer reviewer = AccountReviewer.withDefaults();
    assertEquals(1, reviewer.review(List.of(early), SINCE, List.of(late), AS_OF).accounts().size());
    assertThrows(
        IllegalArgumentException.class,
        () -> reviewer.review(List.of(late), SINCE, List.of(late), AS_OF));
    assertThrows(
        IllegalArgumentException.class,
        () -> reviewer.review(List.of(early), SINCE, List.of(early), AS_OF));
    assertThrows(
        IllegalArgumentException.class,
        () -> reviewer.review(List.of(late), AS_OF, List.of(early), SINCE));
    // a snapshot whose results are of another day than its own
    IllegalArgumentException mixed =
        assertThrows(IllegalArgumentException.class, () -> late.withTier(early.tier()));
    assertTrue(mixed.getMessage().contains(SINCE.toString()), mixed.getMessage());
  }

  static Kamkit withMinimumMove(BigDecimal move) {
    return Kamkit.of(
        KamkitPolicies.builder()
            .review(ReviewPolicy.builder().minimumScoreMove(move).build())
            .build());
  }

  static ScoreChange coverage(AccountReview r) {
    return r.scores().stream()
        .filter(s -> s.score() == ReviewedScore.COVERAGE)
        .findFirst()
        .orElseThrow(() -> new AssertionError(r.explain()));
  }

  static ClassificationChange classification(AccountReview r, ReviewedClassification which) {
    return r.classifications().stream()
        .filter(c -> c.classification() == which)
        .findFirst()
        .orElseThrow(() -> new AssertionError(which + ": " + r.explain()));
  }

  /** The movements of {@code changes} about each contract, in the order of {@code ids}. */
  static List<Movement> movements(List<ReviewChange> changes, String... ids) {
    return List.of(ids).stream()
        .map(
            id ->
                changes.stream()
                    .filter(c -> c.subjects().equals(List.of(ContractId.of(id))))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(id + " in " + changes))
                    .movement())
        .toList();
  }
}
