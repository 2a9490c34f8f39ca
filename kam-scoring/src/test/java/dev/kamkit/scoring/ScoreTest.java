package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoreTest {

  @Test
  void explainListsEveryComponentWithItsReasons() {
    Score s =
        WeightedScore.named("relationship coverage")
            .add(
                "roles",
                "Key buying roles engaged",
                BigDecimal.valueOf(3),
                new BigDecimal("0.5"),
                List.of(
                    Reason.of(
                        "coverage.role.unheld",
                        Effect.GAP,
                        "Economic buyer is not held",
                        List.of(StakeholderId.of("cfo")))))
            .notApplicable("committees", "Decision committees reached", List.of())
            .add("depth", "Active relationships", BigDecimal.ONE, BigDecimal.ONE, List.of())
            .build();
    assertEquals(
        String.join(
            "\n",
            "Relationship coverage: 62.5 / 100",
            "  Key buying roles engaged: 37.5 of 75.0",
            "    [GAP] Economic buyer is not held",
            "  Decision committees reached: does not apply",
            "  Active relationships: 25.0 of 25.0"),
        s.explain());
    assertEquals(List.of(StakeholderId.of("cfo")), s.reasons(Effect.GAP).get(0).subjects());
  }

  @Test
  void weightsThatDoNotAddUpToOneHundredAreRefused() {
    ScoreComponent half =
        ScoreComponent.builder()
            .key("a")
            .label(Message.legacy("score.label", "A"))
            .weight(BigDecimal.valueOf(50))
            .fulfilment(BigDecimal.ONE)
            .contribution(BigDecimal.valueOf(50))
            .build();
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                Score.builder()
                    .title(Message.legacy("score.title", "s"))
                    .addComponent(half)
                    .build());
    assertTrue(e.getMessage().contains("weights must add up to 100"), e.getMessage());
  }

  @Test
  void aContributionAboveItsWeightIsRefused() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                ScoreComponent.builder()
                    .key("a")
                    .label(Message.legacy("score.label", "A"))
                    .weight(BigDecimal.TEN)
                    .fulfilment(BigDecimal.ONE)
                    .contribution(BigDecimal.valueOf(11))
                    .build());
    assertEquals("contribution", e.violations().get(0).field());
  }

  @Test
  void reasonCodesAreDottedLowerCaseWords() {
    assertThrows(
        InvalidModelException.class, () -> Reason.of("Coverage Gap", Effect.GAP, "x", List.of()));
    assertEquals("[RISK] m", Reason.of("a.b-c", Effect.RISK, "m", List.of()).toString());
  }

  @Test
  void unknownComponentKeysAreNamed() {
    Score s =
        WeightedScore.named("x").add("a", "A", BigDecimal.ONE, BigDecimal.ONE, List.of()).build();
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> s.component("b"));
    assertEquals("no component \"b\" in x", e.getMessage());
  }

  @Test
  void reasonsOfOneEffectLeaveTheOthersOutAndKeepComponentOrder() {
    Reason strength = Reason.of("a.strength", Effect.STRENGTH, "held", List.of());
    Reason gap = Reason.of("a.gap", Effect.GAP, "not held", List.of());
    Reason risk = Reason.of("b.risk", Effect.RISK, "leaving", List.of());
    Reason laterGap = Reason.of("b.gap", Effect.GAP, "not met", List.of());
    Score s =
        WeightedScore.named("x")
            .add("a", "A", BigDecimal.ONE, BigDecimal.ONE, List.of(strength, gap))
            .add("b", "B", BigDecimal.ONE, BigDecimal.ONE, List.of(risk, laterGap))
            .build();
    assertEquals(List.of(gap, laterGap), s.reasons(Effect.GAP));
    assertEquals(List.of(risk), s.reasons(Effect.RISK));
    assertEquals(List.of(strength), s.reasons(Effect.STRENGTH));
  }
}
