package dev.kamkit.scoring.coverage;

import static dev.kamkit.scoring.fixtures.AccountFixture.AS_OF;
import static dev.kamkit.scoring.fixtures.AccountFixture.votesOn;
import static dev.kamkit.scoring.fixtures.CodedReasons.assertCoded;
import static dev.kamkit.scoring.fixtures.CodedReasons.member;
import static dev.kamkit.scoring.fixtures.CodedReasons.stakeholder;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The status a departure leaves behind: judged as the scorer judges today's status, with the same
 * policy and thresholds, and worded in each language.
 */
class TurnoverStatusTest {
  private static final CoverageScorer SCORER = CoverageScorer.withDefaults();
  private static final TeamMemberId REP = TeamMemberId.of("rep");

  /**
   * Issue 19's case: a large IDN whose one sales rep holds all seven mapped stakeholders, every key
   * buying role among them, three of them voting on the P&amp;T committee; the KAM holds nobody.
   */
  static KeyAccount oneRepHoldsAllSeven() {
    return AccountFixture.largeIdn()
        .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
        .stakeholder(
            "cfo",
            StakeholderFunction.FINANCE,
            s -> votesOn("pt").apply(s).sentiment(Sentiment.NEUTRAL),
            BuyingRole.ECONOMIC_BUYER)
        .stakeholder(
            "pharm-dir",
            StakeholderFunction.PHARMACY,
            s -> votesOn("pt").apply(s).sentiment(Sentiment.SUPPORTER),
            BuyingRole.TECHNICAL_BUYER)
        .stakeholder(
            "dr-hale",
            StakeholderFunction.CLINICAL,
            s -> s.sentiment(Sentiment.ADVOCATE),
            BuyingRole.CLINICAL_CHAMPION)
        .stakeholder(
            "dr-mori",
            StakeholderFunction.CLINICAL,
            s -> s.sentiment(Sentiment.SUPPORTER),
            BuyingRole.USER)
        .stakeholder(
            "nurse",
            StakeholderFunction.NURSING,
            s -> s.sentiment(Sentiment.SUPPORTER),
            BuyingRole.USER)
        .stakeholder(
            "cmo",
            StakeholderFunction.EXECUTIVE,
            s -> votesOn("pt").apply(s).sentiment(Sentiment.SCEPTIC))
        .stakeholder("buyer", StakeholderFunction.PROCUREMENT, s -> s.sentiment(Sentiment.NEUTRAL))
        .member("rep", TeamFunction.SALES)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .holds("rep", "cfo", AS_OF.minusDays(10))
        .holds("rep", "pharm-dir", AS_OF.minusDays(20))
        .holds("rep", "dr-hale", AS_OF.minusDays(3))
        .holds("rep", "dr-mori", AS_OF.minusDays(30))
        .holds("rep", "nurse", AS_OF.minusDays(30))
        .holds("rep", "cmo", AS_OF.minusDays(60))
        .holds("rep", "buyer", AS_OF.minusDays(89))
        .build();
  }

  @Test
  void whenTheRepWhoHoldsAllSevenLeavesNobodyIsHeldAndTheStatusSaysSo() {
    KeyAccount account = oneRepHoldsAllSeven();
    CoverageResult today = SCORER.score(account, AS_OF);
    assertEquals(new BigDecimal("87.77"), today.score().value());
    assertEquals(RagStatus.RED, today.status(), "single-threaded through the rep already");

    TurnoverImpact impact = SCORER.ifTeamMemberLeaves(account, REP, AS_OF);

    assertEquals(7, impact.orphaned().size());
    assertEquals(RagStatus.RED, impact.statusAfter());
    assertEquals(Message.of(CoverageCode.STATUS_NOBODY_ENGAGED), impact.statusReasonAfter());
    // what survives is the map: half credit for each key role still mapped, breadth, sentiment
    Score after = impact.after();
    assertEquals(new BigDecimal("23.60"), after.value());
    assertEquals(new BigDecimal("64.17"), impact.loss());
    assertEquals(new BigDecimal("12.50"), after.component("buying-roles").contribution());
    assertEquals(
        List.of(
            "coverage.role.unheld",
            "coverage.role.unheld",
            "coverage.role.unheld",
            "coverage.role.unheld"),
        after.component("buying-roles").reasons().stream().map(Reason::code).toList(),
        "no role is credited as held once nobody holds it");
    for (String gone : List.of("committees", "depth", "multithreading")) {
      assertEquals(BigDecimal.ZERO, after.component(gone).contribution().stripTrailingZeros());
    }
    for (String kept : List.of("breadth", "sentiment")) {
      assertEquals(
          today.score().component(kept).contribution(), after.component(kept).contribution());
    }
    assertEquals(Arg.of(RagStatus.RED), impact.line().arg("status"));
  }

  @Test
  void theLineAndTheExplanationEndWithTheStatusAfterInEachLanguage() {
    TurnoverImpact impact = SCORER.ifTeamMemberLeaves(oneRepHoldsAllSeven(), REP, AS_OF);
    assertEquals(
        "if rep leaves: -64.17 points, 23.60 left, status RED; buyer, cfo, cmo, dr-hale, dr-mori,"
            + " nurse, pharm-dir would be held by nobody of ours",
        Messages.in(Locale.ENGLISH).format(impact.line()));
    assertEquals(
        "Wenn rep geht: -64,17 Punkte, 23,60 bleiben, Ampelstatus ROT; buyer, cfo, cmo, dr-hale,"
            + " dr-mori, nurse, pharm-dir wären von niemandem bei uns betreut",
        Messages.in(Locale.GERMAN).format(impact.line()));
    assertEquals(
        "si rep part : -64,17 points, il en reste 23,60, statut ROUGE ; buyer, cfo, cmo, dr-hale,"
            + " dr-mori, nurse, pharm-dir ne seraient plus suivis par personne chez nous",
        Messages.in(Locale.FRENCH).format(impact.line()));
    String english = impact.explain();
    assertEquals(
        "  Status RED: nobody of ours holds any stakeholder actively",
        english.substring(english.lastIndexOf('\n') + 1));
  }

  @Test
  void theStatusAfterIsTheStatusOfTheAccountScoredWithTheMemberGone() {
    for (KeyAccount account : List.of(oneRepHoldsAllSeven(), SeedAccounts.riversideHealth())) {
      for (TurnoverImpact impact : SCORER.turnoverExposure(account, AS_OF)) {
        assertSameAsScoredWithout(SCORER, account, impact);
      }
    }
  }

  /**
   * A departure that leaves one of ours holding everyone: red, naming who is left, whatever the
   * score; a policy that does not make single-threading red judges the same score by its thresholds
   * alone.
   */
  @Test
  void aDepartureThatLeavesOneOfOursHoldingEveryoneIsRedForSingleThreading() {
    KeyAccount account = without(threeOfOurs().build(), "ma");

    TurnoverImpact strict = SCORER.ifTeamMemberLeaves(account, REP, AS_OF);
    assertEquals(RagStatus.RED, strict.statusAfter());
    assertCoded(
        "coverage.status.single-threaded",
        strict.statusReasonAfter(),
        Arg.of(Message.of(CoverageCode.SINGLE_THREADED_OURS, member("kam"))));

    CoverageScorer lenient =
        CoverageScorer.of(CoveragePolicy.defaults().withSingleThreadingIsRed(false));
    TurnoverImpact impact = lenient.ifTeamMemberLeaves(account, REP, AS_OF);
    assertEquals(strict.after().value(), impact.after().value());
    assertEquals(new BigDecimal("60.65"), impact.after().value());
    assertEquals(RagStatus.AMBER, impact.statusAfter());
    assertCoded(
        "coverage.status.amber",
        impact.statusReasonAfter(),
        Arg.of(impact.after().value()),
        Arg.of(BigDecimal.valueOf(70)));
    assertSameAsScoredWithout(lenient, account, impact);
  }

  @Test
  void aDepartureThatLeavesOneStakeholderHeldIsRedForSingleThreadingOnTheirSide() {
    KeyAccount account =
        AccountFixture.largeIdn()
            .stakeholder("cfo", StakeholderFunction.FINANCE, BuyingRole.ECONOMIC_BUYER)
            .stakeholder("dr-hale", StakeholderFunction.CLINICAL, BuyingRole.CLINICAL_CHAMPION)
            .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
            .member("ma", TeamFunction.MARKET_ACCESS)
            .member("rep", TeamFunction.SALES)
            .holds("kam", "cfo", AS_OF)
            .holds("ma", "cfo", AS_OF)
            .holds("rep", "dr-hale", AS_OF)
            .build();

    TurnoverImpact rep = SCORER.ifTeamMemberLeaves(account, REP, AS_OF);
    assertEquals(RagStatus.RED, rep.statusAfter());
    assertCoded(
        "coverage.status.single-threaded",
        rep.statusReasonAfter(),
        Arg.of(Message.of(CoverageCode.SINGLE_THREADED_THEIRS, stakeholder("cfo"))));

    // with one of the two who hold the CFO gone as well, both sides are single-threaded
    TurnoverImpact then = SCORER.ifTeamMemberLeaves(without(account, "ma"), REP, AS_OF);
    assertCoded(
        "coverage.status.single-threaded.both",
        then.statusReasonAfter(),
        Arg.of(Message.of(CoverageCode.SINGLE_THREADED_OURS, member("kam"))),
        Arg.of(Message.of(CoverageCode.SINGLE_THREADED_THEIRS, stakeholder("cfo"))));
  }

  /**
   * The thresholds are the policy's, met at exactly the score after: at {@code greenFrom} it is
   * green, a hundredth below amber; at {@code amberFrom} amber, a hundredth below red.
   */
  @Test
  void theStatusAfterMeetsThePolicysThresholdsAtTheirBoundaries() {
    KeyAccount account = threeOfOurs().build();
    BigDecimal v = SCORER.ifTeamMemberLeaves(account, REP, AS_OF).after().value();
    BigDecimal above = v.add(new BigDecimal("0.01"));
    assertEquals(new BigDecimal("81.48"), v);
    BigDecimal amber = v.min(BigDecimal.valueOf(40));

    assertStatus(account, policy(amber, v), RagStatus.GREEN, "coverage.status.green", v, v);
    assertStatus(account, policy(amber, above), RagStatus.AMBER, "coverage.status.amber", v, above);
    assertStatus(account, policy(v, above), RagStatus.AMBER, "coverage.status.amber", v, above);
    assertStatus(account, policy(above, above), RagStatus.RED, "coverage.status.red", v, above);
  }

  private static void assertStatus(
      KeyAccount account,
      CoveragePolicy policy,
      RagStatus status,
      String code,
      BigDecimal score,
      BigDecimal threshold) {
    CoverageScorer scorer = CoverageScorer.of(policy);
    TurnoverImpact impact = scorer.ifTeamMemberLeaves(account, REP, AS_OF);
    assertEquals(status, impact.statusAfter(), impact.statusReasonAfter()::toString);
    assertCoded(code, impact.statusReasonAfter(), Arg.of(score), Arg.of(threshold));
    assertSameAsScoredWithout(scorer, account, impact);
  }

  private static CoveragePolicy policy(BigDecimal amberFrom, BigDecimal greenFrom) {
    return CoveragePolicy.builder().amberFrom(amberFrom).greenFrom(greenFrom).build();
  }

  /**
   * Three of ours across five stakeholders, no sentiment assessed: the KAM holds the CFO and the
   * pharmacy director, the market access manager the champion and a nurse, the rep a second user
   * alone.
   */
  private static AccountFixture threeOfOurs() {
    return AccountFixture.largeIdn()
        .committee("pt", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
        .stakeholder("cfo", StakeholderFunction.FINANCE, votesOn("pt"), BuyingRole.ECONOMIC_BUYER)
        .stakeholder("pharm-dir", StakeholderFunction.PHARMACY, BuyingRole.TECHNICAL_BUYER)
        .stakeholder("dr-hale", StakeholderFunction.CLINICAL, BuyingRole.CLINICAL_CHAMPION)
        .stakeholder("nurse", StakeholderFunction.NURSING, BuyingRole.USER)
        .stakeholder("dr-mori", StakeholderFunction.CLINICAL, BuyingRole.USER)
        .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
        .member("ma", TeamFunction.MARKET_ACCESS)
        .member("rep", TeamFunction.SALES)
        .holds("kam", "cfo", AS_OF)
        .holds("kam", "pharm-dir", AS_OF)
        .holds("ma", "dr-hale", AS_OF)
        .holds("ma", "nurse", AS_OF)
        .holds("rep", "dr-mori", AS_OF);
  }

  /** The account with {@code member} gone from the team the day before. */
  static KeyAccount without(KeyAccount account, String member) {
    return gone(account, TeamMemberId.of(member), AS_OF);
  }

  /** The account with {@code member} gone from the team the day before {@code asOf}. */
  static KeyAccount gone(KeyAccount account, TeamMemberId member, LocalDate asOf) {
    return account.withTeam(
        account.team().stream()
            .map(m -> m.id().equals(member) ? m.withLeftOn(asOf.minusDays(1)) : m)
            .toList());
  }

  /**
   * The what-if agrees with the slow truth: score the account with the member gone from the team;
   * its value, status and status reason are the impact's after.
   */
  static void assertSameAsScoredWithout(
      CoverageScorer scorer, KeyAccount account, TurnoverImpact impact) {
    CoverageResult truth =
        scorer.score(gone(account, impact.teamMember(), impact.asOf()), impact.asOf());
    assertEquals(truth.score().value(), impact.after().value(), impact.line()::toString);
    assertEquals(truth.status(), impact.statusAfter(), impact.line()::toString);
    assertEquals(truth.statusReason(), impact.statusReasonAfter(), impact.line()::toString);
    Set<StakeholderId> lost = new TreeSet<>(scorer.score(account, impact.asOf()).engaged());
    lost.removeAll(truth.engaged());
    assertEquals(lost, impact.orphaned());
  }
}
