package dev.kamkit.scoring;

import static dev.kamkit.model.testing.SeedAccounts.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.committee.CommitteeProgression;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageCode;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.HealthPolicy;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.whitespace.WhitespacePolicy;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every scoring result carries the version of its policy and explains itself. */
class ResultContractTest {
  private final KeyAccount riverside = SeedAccounts.riversideHealth();

  @Test
  void resultsCarryTheirPolicysVersion() {
    assertEquals(
        "kamkit-coverage-1", CoverageScorer.withDefaults().score(riverside, AS_OF).policyVersion());
    assertEquals(
        "kamkit-completeness-3",
        CompletenessScorer.withDefaults().score(riverside, AS_OF).policyVersion());
    assertEquals(
        "kamkit-health-3", HealthScorer.withDefaults().score(riverside, AS_OF).policyVersion());
    assertEquals(
        "kamkit-under-served-2",
        UnderServedAccounts.withDefaults().assess(SeedAccounts.portfolio(), AS_OF).policyVersion());
    assertEquals(
        "kamkit-whitespace-2",
        WhitespaceScorer.withDefaults().score(riverside, AS_OF).policyVersion());
    assertEquals(
        "kamkit-committee-1",
        CommitteeProgression.withDefaults().evaluate(riverside, AS_OF).policyVersion());
    assertEquals(
        "kamkit-share-of-voice-1",
        ShareOfVoice.withDefaults().evaluate(riverside, AS_OF).policyVersion());
    assertEquals(
        "host-2027",
        CoverageScorer.of(CoveragePolicy.builder().version("host-2027").build())
            .score(riverside, AS_OF)
            .policyVersion());
  }

  @Test
  void aLeaversImpactNamesTheAccountTheDayAndThePolicyAndExplainsItself() {
    CoverageScorer scorer =
        CoverageScorer.of(CoveragePolicy.builder().version("host-2027").build());
    List<TurnoverImpact> exposure = scorer.turnoverExposure(riverside, AS_OF);
    assertFalse(exposure.isEmpty());
    for (TurnoverImpact t : exposure) {
      assertEquals(riverside.id(), t.account());
      assertEquals(AS_OF, t.asOf());
      assertEquals("host-2027", t.policyVersion());
      assertEquals(t.line(), t.explanation().line());
      List<Explanation> details = t.explanation().details();
      assertEquals(t.after().explanation().details(), details.subList(0, details.size() - 1));
      assertEquals(
          Message.of(CoverageCode.STATUS, Arg.of(t.statusAfter()), Arg.of(t.statusReasonAfter())),
          details.get(details.size() - 1).line());
      assertEquals(t, scorer.ifTeamMemberLeaves(riverside, t.teamMember(), AS_OF));
    }
  }

  @Test
  void aBlankVersionIsRefused() {
    for (Runnable build :
        new Runnable[] {
          () -> CoveragePolicy.builder().version(" ").build(),
          () -> CompletenessPolicy.builder().version("").build(),
          () -> HealthPolicy.builder().version(" ").build(),
          () -> UnderServedPolicy.builder().version("").build(),
          () -> WhitespacePolicy.builder().version(" ").build(),
          () -> CommitteeProgressionPolicy.builder().version("").build(),
          () -> ShareOfVoicePolicy.builder().version(" ").build()
        }) {
      InvalidModelException e = assertThrows(InvalidModelException.class, build::run);
      assertEquals("version", e.violations().get(0).field());
      assertEquals(ModelCode.BLANK, e.violations().get(0).code());
    }
  }

  @Test
  void completenessExplainsItselfAsItsScore() {
    CompletenessResult r = CompletenessScorer.withDefaults().score(riverside, AS_OF);
    assertEquals(r.score().explanation(), r.explanation());
    assertEquals(r.score().explain(Locale.GERMAN), r.explain(Locale.GERMAN));
  }
}
