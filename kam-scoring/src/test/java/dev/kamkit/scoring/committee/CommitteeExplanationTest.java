package dev.kamkit.scoring.committee;

import static dev.kamkit.scoring.committee.Memorial.GRAY;
import static dev.kamkit.scoring.committee.Memorial.MARCH;
import static dev.kamkit.scoring.committee.Memorial.riverside;
import static dev.kamkit.scoring.committee.Memorial.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the committee results' explanations hold, line by line, and how a portfolio pools its
 * accounts' days per stage: the shape a report walks.
 */
class CommitteeExplanationTest {
  private static final LocalDate AS_OF = LocalDate.of(2027, 11, 1);
  private static final CommitteeProgression DEFAULTS = CommitteeProgression.withDefaults();

  private static KeyAccount approvedAndStalled() {
    return riverside(
        submission()
            .id(CommitteeSubmissionId.of("approved"))
            .addSteps(SubmissionStep.decided(MARCH, SubmissionDecision.APPROVED))
            .build(),
        submission().id(CommitteeSubmissionId.of("orphaned")).sponsor(GRAY).build());
  }

  @Test
  void anAccountExplainsItsShareStagesMeetingsAndEverySubmission() {
    CommitteeProgressionResult r = DEFAULTS.evaluate(approvedAndStalled(), AS_OF);
    Explanation e = r.explanation();
    assertEquals(CommitteeCode.HEADLINE, e.line().code());
    assertEquals(
        List.of(Arg.of(2), Arg.of(r.open().size()), Arg.of(r.stalled().size())), e.line().args());
    assertEquals(
        1 + r.stageTimes().size() + r.nextMeetings().size() + r.submissions().size(),
        e.details().size());
    List<Explanation> last = e.details().subList(e.details().size() - 2, e.details().size());
    assertEquals(r.submissions().stream().map(SubmissionProgress::explanation).toList(), last);
  }

  @Test
  void aPortfolioPoolsDaysPerStageAndNamesOnlyAccountsWithStalledSubmissions() {
    KeyAccount stalled = approvedAndStalled();
    KeyAccount calm =
        riverside(
                submission()
                    .id(CommitteeSubmissionId.of("calm"))
                    .addSteps(SubmissionStep.decided(MARCH, SubmissionDecision.REJECTED))
                    .build())
            .withAccount(approvedAndStalled().account().withId(AccountId.of("calm")));
    CommitteeProgressionResult a = DEFAULTS.evaluate(stalled, AS_OF);
    CommitteeProgressionResult b = DEFAULTS.evaluate(calm, AS_OF);
    CommitteePortfolioResult p = DEFAULTS.rollUp(List.of(a, b));

    // each stage's stays and days are the sum of the accounts'
    for (StageTime pooled : p.stageTimes()) {
      int stays = 0;
      long days = 0;
      for (CommitteeProgressionResult r : List.of(a, b)) {
        for (StageTime t : r.stageTimes()) {
          if (t.stage() == pooled.stage()) {
            stays += t.stays();
            days += t.totalDays();
          }
        }
      }
      assertEquals(stays, pooled.stays(), pooled.stage().name());
      assertEquals(days, pooled.totalDays(), pooled.stage().name());
    }
    // every stage of either account, once, in stage order
    assertEquals(
        Stream.concat(a.stageTimes().stream(), b.stageTimes().stream())
            .map(StageTime::stage)
            .distinct()
            .sorted()
            .toList(),
        p.stageTimes().stream().map(StageTime::stage).toList());

    Explanation e = p.explanation();
    assertEquals(CommitteeCode.PORTFOLIO_HEADLINE, e.line().code());
    assertEquals(
        List.of(
            Arg.of(2),
            Arg.of(a.submissions().size() + b.submissions().size()),
            Arg.of(a.open().size() + b.open().size()),
            Arg.of(a.stalled().size() + b.stalled().size())),
        e.line().args());
    // the share, a line per stage, then one account: the calm one has nothing stalled
    assertEquals(1 + p.stageTimes().size() + 1, e.details().size());
    Explanation account = e.details().get(e.details().size() - 1);
    assertEquals(CommitteeCode.PORTFOLIO_ACCOUNT, account.line().code());
    assertEquals(Arg.of(stalled.id()), account.line().args().get(0));
    assertEquals(a.stalled().size(), account.details().size());
  }

  @Test
  void aStageNobodyLeftHasNoAverageYet() {
    assertEquals(
        new BigDecimal("0.0"), StageTime.of(SubmissionStage.DOSSIER, 0, 0, 0).averageDays());
    assertEquals(
        new BigDecimal("12.5"), StageTime.of(SubmissionStage.DOSSIER, 2, 25, 20).averageDays());
  }

  @Test
  void theScorerKeepsItsPolicy() {
    CommitteeProgressionPolicy policy =
        CommitteeProgressionPolicy.defaults().withExpectedCycleDays(120);
    assertSame(policy, CommitteeProgression.of(policy).policy());
  }
}
