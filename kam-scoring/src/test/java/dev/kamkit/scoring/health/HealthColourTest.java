package dev.kamkit.scoring.health;

import static dev.kamkit.scoring.health.Checks.DAYS;
import static dev.kamkit.scoring.health.Checks.END;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.nested;
import static dev.kamkit.scoring.health.Checks.number;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.KAM;
import static dev.kamkit.scoring.health.Fixtures.LONG_AGO;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.healthy;
import static dev.kamkit.scoring.health.Fixtures.relationship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.ScoreComponent;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The colour of health: the score's band, and the rules that hold a green account at amber. */
class HealthColourTest {
  private final HealthScorer scorer = HealthScorer.withDefaults();

  @Test
  void aHealthyAccountIsGreenWithEveryIndicatorMet() {
    HealthResult result = scorer.score(healthy("a"), AS_OF);
    assertNumber("100", result.score().value());
    assertEquals(RagStatus.GREEN, result.status());
    assertMessage(result.statusReason(), HealthCode.STATUS_GREEN, number("100.00"), number("70"));
    assertTrue(result.colourRules().isEmpty());
    assertNumber("100", result.leading().value());
    assertNumber("100", result.lagging().orElseThrow().value());
    assertNumber("40", result.leadingPoints());
    assertNumber("60", result.laggingPoints());
    assertEquals(
        List.of(
            "formulary-wins",
            "volume-trend",
            "contract-value",
            "renewal",
            "net-revenue-retention",
            "revenue-trajectory"),
        result.lagging().orElseThrow().components().stream().map(ScoreComponent::key).toList());
  }

  @Test
  void aScoreExactlyOnTheGreenMarkIsGreen() {
    HealthPolicy strict = HealthPolicy.defaults().withGreenFrom(BigDecimal.valueOf(100));
    HealthResult result = HealthScorer.of(strict).score(healthy("a"), AS_OF);
    assertEquals(RagStatus.GREEN, result.status());
    assertMessage(result.statusReason(), HealthCode.STATUS_GREEN, number("100.00"), number("100"));
  }

  @Test
  void withEveryLaggingWeightAtZeroThereIsNoLaggingScore() {
    HealthPolicy leadingOnly =
        HealthPolicy.builder()
            .formularyWinsWeight(BigDecimal.ZERO)
            .volumeTrendWeight(BigDecimal.ZERO)
            .contractValueWeight(BigDecimal.ZERO)
            .renewalWeight(BigDecimal.ZERO)
            .netRevenueRetentionWeight(BigDecimal.ZERO)
            .build();
    HealthResult result = HealthScorer.of(leadingOnly).score(healthy("a"), AS_OF);
    assertTrue(result.lagging().isEmpty());
    assertNumber("100", result.score().value());
  }

  @Test
  void theExplanationShowsBothKindsOfIndicatorAndTheStatus() {
    String text = scorer.score(healthy("a"), AS_OF).explain();
    assertTrue(
        text.startsWith(
            "Account health: 100.0 / 100\n  New stakeholder relationships:" + " 15.0 of 15.0\n"),
        text);
    assertTrue(
        text.endsWith(
            "  Leading indicators: 100.00 / 100\n"
                + "  Lagging indicators: 100.00 / 100\n"
                + "  Status GREEN: score 100.00 is at least 70"),
        text);
  }

  @Test
  void noLeadingMomentumHoldsGoodNumbersAtAmber() {
    KeyAccount account =
        healthy("a")
            .withRelationships(relationship(KAM, "dr-okafor", LONG_AGO))
            .withPlan(AccountPlan.builder().name("Plan").build());
    HealthResult result = scorer.score(account, AS_OF);
    assertNumber("75", result.score().value()); // committee access held: 15 + lagging 60
    assertEquals(RagStatus.AMBER, result.status());
    assertEquals(List.of("health.colour.no-momentum"), codes(result.colourRules()));
    Reason rule = result.colourRules().get(0);
    assertEquals(Effect.RISK, rule.effect());
    assertEquals(List.of(), rule.subjects());
    assertMessage(rule.message(), HealthCode.NO_MOMENTUM, DAYS, END);
    assertMessage(
        result.statusReason(),
        HealthCode.STATUS_HELD_AT_AMBER,
        number("75.00"),
        number("70"),
        Arg.list(Arg.of(rule.message())));
    assertEquals(
        "held at amber although the score 75.00 is at least 70: No new relationship, committee"
            + " access or value initiative in the 180 days to 2026-11-22: nothing yet predicts"
            + " that the lagging numbers will hold",
        result.statusReason().toString());
  }

  @Test
  void colourRulesCanBeSwitchedOff() {
    HealthPolicy lenient = HealthPolicy.defaults().withNoLeadingMomentumIsAtLeastAmber(false);
    KeyAccount account =
        healthy("a")
            .withRelationships(relationship(KAM, "dr-okafor", LONG_AGO))
            .withPlan(AccountPlan.builder().name("Plan").build());
    assertEquals(RagStatus.GREEN, HealthScorer.of(lenient).score(account, AS_OF).status());
  }

  @Test
  void aBareAccountIsRedOnLeadingIndicatorsAlone() {
    HealthResult result = scorer.score(bare("a"), AS_OF);
    assertNumber("0", result.score().value());
    assertEquals(RagStatus.RED, result.status());
    assertTrue(result.lagging().isEmpty());
    assertEquals(
        List.of(
            "health.relationships.below-target",
            "health.committee.not-reached",
            "health.initiatives.no-plan"),
        codes(result.gaps()).subList(0, 3));
    assertMessage(
        result.statusReason(),
        HealthCode.STATUS_LEADING_ONLY,
        nested(
            HealthCode.STATUS_ALSO,
            nested(HealthCode.STATUS_RED, number("0.00"), number("40")),
            Arg.list(nested(HealthCode.NO_MOMENTUM, DAYS, END))));
    assertEquals(
        "score 0.00 is below 40; also: No new relationship, committee access or value initiative"
            + " in the 180 days to 2026-11-22: nothing yet predicts that the lagging numbers will"
            + " hold; no lagging indicator has host data, so the colour rests on leading"
            + " indicators alone",
        result.statusReason().toString());
    // every lagging weight is shared out among the leading indicators
    ScoreComponent relationships = result.component(HealthIndicator.NEW_RELATIONSHIPS);
    assertNumber("37.5", relationships.weight());
  }

  @Test
  void scoresBetweenTheBandsAreAmberAndBelowRed() {
    KeyAccount amber =
        bare("a")
            .withRelationships(
                relationship(KAM, "dr-okafor", AS_OF), relationship(KAM, "cfo-lind", AS_OF));
    HealthResult result = scorer.score(amber, AS_OF);
    // 2 of 3 relationships (25 of 37.5 points) and the committee gained (37.5): 62.50
    assertNumber("62.5", result.score().value());
    assertEquals(RagStatus.AMBER, result.status());
    assertMessage(
        result.statusReason(),
        HealthCode.STATUS_LEADING_ONLY,
        nested(HealthCode.STATUS_AMBER, number("62.50"), number("70")));
    HealthPolicy strict = HealthPolicy.defaults().withAmberFrom(BigDecimal.valueOf(65));
    assertEquals(RagStatus.RED, HealthScorer.of(strict).score(amber, AS_OF).status());
    // the amber band includes its lower bound
    HealthPolicy edge = HealthPolicy.defaults().withAmberFrom(new BigDecimal("62.5"));
    assertEquals(RagStatus.AMBER, HealthScorer.of(edge).score(amber, AS_OF).status());
  }
}
