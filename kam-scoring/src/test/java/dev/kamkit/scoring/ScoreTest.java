package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.scoring.sample.SampleScoreCode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ScoreTest {
  private static final Reason UNHELD =
      Reason.of(
          SampleScoreCode.UNHELD,
          Effect.GAP,
          List.of(StakeholderId.of("cfo")),
          Arg.of(StakeholderId.of("cfo"), "Erik Lindqvist"));

  private static Score coverage() {
    return WeightedScore.named(Message.of(SampleScoreCode.TITLE))
        .add(
            "roles",
            Message.of(SampleScoreCode.ROLES),
            BigDecimal.valueOf(3),
            new BigDecimal("0.5"),
            List.of(UNHELD))
        .notApplicable("committees", Message.of(SampleScoreCode.COMMITTEES), List.of())
        .add("depth", Message.of(SampleScoreCode.DEPTH), BigDecimal.ONE, BigDecimal.ONE, List.of())
        .build();
  }

  @Test
  void explainListsEveryComponentWithItsReasons() {
    Score s = coverage();
    assertEquals(
        String.join(
            "\n",
            "Relationship coverage: 62.5 / 100",
            "  Key buying roles engaged: 37.5 of 75.0",
            "    [GAP] Economic buyer Erik Lindqvist is not held",
            "  Decision committees reached: does not apply",
            "  Active relationships: 25.0 of 25.0"),
        s.explain());
    assertEquals(List.of(StakeholderId.of("cfo")), s.reasons(Effect.GAP).get(0).subjects());
  }

  @Test
  void theSameScoreIsWordedInGermanAndFrench() {
    assertEquals(
        String.join(
            "\n",
            "Beziehungsabdeckung: 62,5 / 100",
            "  Zentrale Einkaufsrollen erreicht: 37,5 von 75,0",
            "    [LÜCKE] Wirtschaftlicher Entscheider Erik Lindqvist wird nicht betreut",
            "  Entscheidungsgremien erreicht: entfällt",
            "  Aktive Beziehungen: 25,0 von 25,0"),
        coverage().explain(Locale.GERMAN));
    assertEquals(
        String.join(
            "\n",
            "Couverture relationnelle : 62,5 / 100",
            "  Rôles d'achat clés engagés : 37,5 sur 75,0",
            "    [LACUNE] Le décideur économique Erik Lindqvist n'est suivi par personne",
            "  Comités de décision atteints : sans objet",
            "  Relations actives : 25,0 sur 25,0"),
        coverage().explain(Locale.FRENCH));
  }

  @Test
  void theExplanationIsDataBeforeItIsWords() {
    Score s = coverage();
    assertEquals(
        Message.of(
            ScoreCode.HEADLINE, Arg.of(Message.of(SampleScoreCode.TITLE)), Arg.of(s.value())),
        s.explanation().line());
    assertEquals(
        Message.of(ScoreCode.REASON, Arg.of(Effect.GAP), Arg.of(UNHELD.message())),
        s.explanation().details().get(0).details().get(0).line());
    assertEquals(
        Message.of(
            ScoreCode.COMPONENT_NOT_APPLICABLE, Arg.of(Message.of(SampleScoreCode.COMMITTEES))),
        s.explanation().details().get(1).line());
  }

  @Test
  void weightsThatDoNotAddUpToOneHundredAreRefused() {
    ScoreComponent half =
        ScoreComponent.builder()
            .key("a")
            .label(Message.of(SampleScoreCode.ROLES))
            .weight(BigDecimal.valueOf(50))
            .fulfilment(BigDecimal.ONE)
            .contribution(BigDecimal.valueOf(50))
            .build();
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                Score.builder()
                    .title(Message.of(SampleScoreCode.TITLE))
                    .addComponent(half)
                    .build());
    ModelViolation v = e.violations().get(0);
    assertEquals("components", v.field());
    assertEquals(
        Message.of(
            ModelCode.TOTAL, Arg.of(BigDecimal.valueOf(100)), Arg.of(BigDecimal.valueOf(50))),
        v.message());
  }

  @Test
  void aContributionAboveItsWeightIsRefused() {
    InvalidModelException e =
        assertThrows(
            InvalidModelException.class,
            () ->
                ScoreComponent.builder()
                    .key("a")
                    .label(Message.of(SampleScoreCode.ROLES))
                    .weight(BigDecimal.TEN)
                    .fulfilment(BigDecimal.ONE)
                    .contribution(BigDecimal.valueOf(11))
                    .build());
    assertEquals("contribution", e.violations().get(0).field());
  }

  @Test
  void aReasonIsItsCodeItsEffectAndItsSubjects() {
    assertEquals("sample.unheld", UNHELD.code());
    assertEquals(
        Arg.of(StakeholderId.of("cfo"), "Erik Lindqvist"), UNHELD.message().arg("stakeholder"));
    assertEquals("[GAP] Economic buyer Erik Lindqvist is not held", UNHELD.toString());
  }

  @Test
  void unknownComponentKeysAreNamed() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> coverage().component("b"));
    assertEquals("no component \"b\" in Relationship coverage", e.getMessage());
  }

  @Test
  void reasonsOfOneEffectLeaveTheOthersOutAndKeepComponentOrder() {
    Reason strength = Reason.of(SampleScoreCode.DEPTH, Effect.STRENGTH, List.of());
    Reason gap = Reason.of(SampleScoreCode.ROLES, Effect.GAP, List.of());
    Reason risk = Reason.of(SampleScoreCode.TITLE, Effect.RISK, List.of());
    Reason laterGap = Reason.of(SampleScoreCode.COMMITTEES, Effect.GAP, List.of());
    Score s =
        WeightedScore.named(Message.of(SampleScoreCode.TITLE))
            .add(
                "a",
                Message.of(SampleScoreCode.ROLES),
                BigDecimal.ONE,
                BigDecimal.ONE,
                List.of(strength, gap))
            .add(
                "b",
                Message.of(SampleScoreCode.DEPTH),
                BigDecimal.ONE,
                BigDecimal.ONE,
                List.of(risk, laterGap))
            .build();
    assertEquals(List.of(gap, laterGap), s.reasons(Effect.GAP));
    assertEquals(List.of(risk), s.reasons(Effect.RISK));
    assertEquals(List.of(strength), s.reasons(Effect.STRENGTH));
    assertEquals(List.of(strength, gap, risk, laterGap), s.reasons());
  }
}
