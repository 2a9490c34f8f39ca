package dev.kamkit.rules.engagement;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the differentiated-investment check (Prolifiq, "Pharma Key Account
 * Management": 40 accounts, 8 matter).
 */
class InvestmentCheckTest {
  private final InvestmentCheck check = InvestmentCheck.withDefaults();

  /** 40 accounts: the first 8 of very high potential, the other 32 low. */
  private static List<EngagementAssessment> forty() {
    List<EngagementAssessment> all = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Rating value = i < 8 ? Rating.VERY_HIGH : Rating.LOW;
      all.add(Candidates.assess(String.format("a%02d", i), Candidates.inputs(Rating.HIGH, value)));
    }
    return all;
  }

  private static Map<AccountId, BigDecimal> effort(int top, int rest) {
    Map<AccountId, BigDecimal> effort = new HashMap<>();
    for (int i = 0; i < 40; i++) {
      effort.put(AccountId.of(String.format("a%02d", i)), BigDecimal.valueOf(i < 8 ? top : rest));
    }
    return effort;
  }

  @Test
  void effortSpreadEvenlyOverFortyAccountsUnderinvestsTheEightThatMatter() {
    InvestmentResult r = check.check(forty(), effort(10, 10), "planned calls per quarter", AS_OF);
    assertTrue(r.evenSpread());
    assertEquals(Optional.of(new BigDecimal("1.00")), r.concentration());
    assertEquals(8, r.topAccounts().size());
    assertEquals(r.topAccounts(), r.underinvested());
    assertEquals(
        List.of("engagement.investment.even-spread", "engagement.investment.underinvested"),
        r.reasons().stream().map(Reason::code).toList());
    assertEquals(
        Message.of(
            EngagementCode.INVESTMENT_EVEN_SPREAD,
            Arg.of(8),
            Arg.of(40),
            Arg.of(new BigDecimal("20")),
            Arg.of(new BigDecimal("20")),
            Arg.of(new BigDecimal("1.00")),
            Arg.of(new BigDecimal("1.5"))),
        r.reasons().get(0).message(),
        r.explain());
    assertEquals(r.topAccounts(), r.reasons().get(0).subjects());
    Reason under = r.reasons().get(1);
    assertEquals(Effect.GAP, under.effect());
    assertEquals(Arg.of(8), under.message().arg("count"));
    assertEquals(Arg.of(new BigDecimal("10.0000")), under.message().arg("median"));
    assertEquals(Arg.list(r.topAccounts(), Arg::of), under.message().arg("accounts"));
    assertEquals(r.topAccounts(), under.subjects());
    assertEquals(
        "8 top accounts get no more effort than the median of the rest (10): a00, a01, a02, a03,"
            + " a04, a05, a06, a07",
        under.message().toString());
  }

  @Test
  void effortThatFollowsPotentialIsNotFlagged() {
    InvestmentResult r = check.check(forty(), effort(40, 5), "planned calls per quarter", AS_OF);
    assertFalse(r.evenSpread(), r.explain());
    assertEquals(Optional.of(new BigDecimal("3.33")), r.concentration());
    assertTrue(r.underinvested().isEmpty());
  }

  @Test
  void effortIsReadFromCompletedInteractionsWithinTheWindow() {
    List<KeyAccount> accounts = new ArrayList<>();
    List<EngagementAssessment> assessments = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String id = "h" + i;
      AccountFixture f =
          AccountFixture.hospital(id, "H" + i, 300)
              .member("kam", TeamFunction.KEY_ACCOUNT_MANAGER)
              .stakeholder("s", StakeholderFunction.PHARMACY);
      for (int k = 0; k < 3; k++) {
        int n = k;
        f.with(
            b ->
                b.addInteraction(
                    Interaction.builder()
                        .id(InteractionId.of("i" + n))
                        .date(AS_OF.minusDays(30L * n))
                        .channel(Channel.IN_PERSON)
                        .addTeamMember(TeamMemberId.of("kam"))
                        .addStakeholder(StakeholderId.of("s"))
                        .purpose("Review")
                        .build()));
      }
      accounts.add(f.build());
      assessments.add(
          EngagementAssessor.withDefaults()
              .assess(
                  accounts.get(i),
                  Candidates.inputs(Rating.HIGH, i == 0 ? Rating.VERY_HIGH : Rating.LOW),
                  AS_OF));
    }
    InvestmentResult r =
        check.check(Portfolio.builder().accounts(accounts).build(), assessments, AS_OF);
    assertEquals(new BigDecimal("3"), r.effort().get(AccountId.of("h0")));
    assertTrue(r.evenSpread(), r.explain());
    assertEquals(List.of(AccountId.of("h0")), r.underinvested());
  }

  @Test
  void aPortfolioTooSmallOrWithoutPlacedValueIsNotJudged() {
    List<EngagementAssessment> two =
        List.of(
            Candidates.assess("a", Candidates.inputs(Rating.HIGH, Rating.HIGH)),
            Candidates.assess("b", EngagementInputs.none()));
    InvestmentResult r = check.check(two, Map.of(), "calls", AS_OF);
    assertFalse(r.evenSpread());
    assertTrue(r.concentration().isEmpty());
    assertEquals(List.of(AccountId.of("b")), r.notRanked());
    assertEquals(
        List.of(
            Reason.of(
                EngagementCode.INVESTMENT_TOO_FEW, Effect.GAP, List.of(), Arg.of(1), Arg.of(5))),
        r.reasons());
  }

  @Test
  void aConcentrationOfExactlyOneAndAHalfFollowsPotential() {
    // the top 8 get 12 each (96), the other 32 get 7 each (224): 30 % of effort for 20 % of
    // accounts
    InvestmentResult r = check.check(forty(), effort(12, 7), "planned calls per quarter", AS_OF);
    assertEquals(Optional.of(new BigDecimal("1.50")), r.concentration());
    assertFalse(r.evenSpread());
    Reason only = r.reasons().get(0);
    assertEquals(1, r.reasons().size());
    assertEquals("engagement.investment.differentiated", only.code());
    assertEquals(Effect.STRENGTH, only.effect());
    assertEquals(Arg.of(new BigDecimal("30")), only.message().arg("effortPercent"));
    assertEquals(Arg.of(new BigDecimal("20")), only.message().arg("accountPercent"));
    assertEquals(Arg.of(new BigDecimal("1.50")), only.message().arg("concentration"));
    assertEquals(
        "The top 8 of 40 accounts by potential value get 30% of the effort for 20% of the"
            + " accounts (concentration 1.50, at least 1.5 expected)",
        only.message().toString());
    assertEquals(
        "Differentiated investment over 40 accounts (effort: planned calls per quarter) [policy"
            + " kamkit-sam-1]: effort follows potential\n  [STRENGTH] "
            + only.message().toString(),
        r.explain());
  }

  @Test
  void anEvenSpreadIsARiskAndItsExplanationSaysSo() {
    InvestmentResult r = check.check(forty(), effort(10, 10), "calls", AS_OF);
    Reason even = r.reasons().get(0);
    assertEquals(Effect.RISK, even.effect());
    assertEquals(EngagementCode.INVESTMENT_EVEN_SPREAD, even.message().code());
    assertEquals(Message.of(EngagementCode.EFFORT_HOST, Arg.text("calls")), r.effortMeasure());
    assertEquals(EngagementCode.INVESTMENT_HEADLINE_EVEN, r.explanation().line().code());
    assertTrue(
        even.message()
            .toString()
            .endsWith(
                "(concentration 1.00, at least 1.5 expected): effort is spread evenly and the"
                    + " accounts that matter are underinvested"),
        even.message().toString());
    assertTrue(
        r.explain()
            .startsWith(
                "Differentiated investment over 40 accounts (effort: calls) [policy kamkit-sam-1]:"
                    + " effort is spread evenly\n  [RISK] The top 8"),
        r.explain());
  }

  @Test
  void enoughAccountsWithoutAnyEffortAreNotJudgedAndSaySo() {
    List<EngagementAssessment> five = forty().subList(0, 5);
    InvestmentResult r = check.check(five, Map.of(), "calls", AS_OF);
    assertFalse(r.evenSpread());
    assertEquals(
        List.of(Reason.of(EngagementCode.INVESTMENT_NO_EFFORT, Effect.GAP, List.of())),
        r.reasons());
    assertEquals(
        "Differentiated investment over 5 accounts (effort: calls) [policy kamkit-sam-1]: not"
            + " judged\n  [GAP] No effort is recorded on any ranked account",
        r.explain());
    InvestmentResult four = check.check(forty().subList(0, 4), Map.of(), "calls", AS_OF);
    assertEquals(
        Message.of(EngagementCode.INVESTMENT_TOO_FEW, Arg.of(4), Arg.of(5)),
        four.reasons().get(0).message());
    assertEquals(
        "4 accounts have a placed potential value; at least 5 are needed to judge the spread",
        four.reasons().get(0).message().toString());
  }
}
