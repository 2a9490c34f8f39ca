package dev.kamkit.scoring.committee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Committee progression over generated accounts: it does not depend on the order of submissions,
 * stakeholders or bodies; it is the same every time; its counts and share stay in bounds; only open
 * submissions stall, and every stalled one says what would move it; an approval never lowers the
 * share.
 */
class CommitteePropertiesTest {
  private static final CommitteeProgression PROGRESSION = CommitteeProgression.withDefaults();

  private static Gen<KeyAccount> accounts() {
    return KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE);
  }

  /** Days around the generators' reference day, 1 July 2026, where their submissions lie. */
  private static Gen<LocalDate> days() {
    return integers().between(-400, 400).map(d -> LocalDate.of(2026, 7, 1).plusDays(d));
  }

  private static <T> List<T> shuffled(List<T> items, long seed) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, new Random(seed));
    return copy;
  }

  @Test
  void theOrderOfSubmissionsStakeholdersAndBodiesDoesNotMatter() {
    qt().withFixedSeed(81L)
        .withExamples(30)
        .forAll(accounts(), days(), integers().all())
        .checkAssert(
            (a, asOf, seed) ->
                assertEquals(
                    PROGRESSION.evaluate(a, asOf),
                    PROGRESSION.evaluate(
                        a.withCommitteeSubmissions(shuffled(a.committeeSubmissions(), seed))
                            .withStakeholders(shuffled(a.stakeholders(), seed + 1L))
                            .withDecisionBodies(shuffled(a.decisionBodies(), seed + 2L)),
                        asOf)));
  }

  @Test
  void itIsTheSameEveryTimeAndStaysInBounds() {
    qt().withFixedSeed(82L)
        .withExamples(40)
        .forAll(accounts(), days())
        .checkAssert(
            (a, asOf) -> {
              CommitteeProgressionResult r = PROGRESSION.evaluate(a, asOf);
              assertEquals(r, PROGRESSION.evaluate(a, asOf));
              assertEquals(r.explanation(), PROGRESSION.evaluate(a, asOf).explanation());
              assertTrue(0 <= r.approved() && r.approved() <= r.judged());
              assertTrue(r.judged() <= r.submissions().size());
              r.approvalShare()
                  .ifPresent(
                      s ->
                          assertTrue(
                              s.signum() >= 0 && s.compareTo(BigDecimal.valueOf(100)) <= 0,
                              s.toPlainString()));
              assertEquals(r.judged() == 0, r.approvalShare().isEmpty());
              for (SubmissionProgress p : r.submissions()) {
                assertFalse(p.requestedOn().isAfter(asOf));
                assertTrue(p.days() >= 0);
                assertTrue(p.open() || !p.isStalled(), "a decided submission never stalls");
                assertEquals(p.isStalled(), !p.remedies().isEmpty(), p.explain());
                p.nextMeeting().ifPresent(m -> assertFalse(m.isBefore(asOf)));
                p.daysAtStage().values().forEach(d -> assertTrue(d >= 0));
              }
              r.stageTimes()
                  .forEach(
                      t ->
                          assertTrue(
                              t.stays() > 0 && t.longestDays() * t.stays() >= t.totalDays()));
              r.nextMeetings().forEach(m -> m.date().ifPresent(d -> assertFalse(d.isBefore(asOf))));
            });
  }

  @Test
  void approvingAnOpenSubmissionNeverLowersTheShare() {
    qt().withFixedSeed(83L)
        .withExamples(30)
        .forAll(accounts(), days())
        .checkAssert(
            (a, asOf) -> {
              CommitteeProgressionResult before = PROGRESSION.evaluate(a, asOf);
              List<CommitteeSubmission> approved = new ArrayList<>();
              for (CommitteeSubmission s : a.committeeSubmissions()) {
                LocalDate last = s.current().date();
                approved.add(
                    s.isOpen() && !last.isAfter(asOf)
                        ? s.withSteps(
                            plus(
                                s.steps(),
                                SubmissionStep.decided(asOf, SubmissionDecision.APPROVED)))
                        : s);
              }
              CommitteeProgressionResult after =
                  PROGRESSION.evaluate(a.withCommitteeSubmissions(approved), asOf);
              assertTrue(after.approved() >= before.approved());
              assertTrue(after.stalled().size() <= before.stalled().size());
              if (before.approvalShare().isPresent()) {
                assertTrue(
                    after.approvalShare().orElseThrow().compareTo(before.approvalShare().get())
                        >= 0,
                    before.approvalShare() + " -> " + after.approvalShare());
              }
            });
  }

  @Test
  void theGeneratedAccountsReachEveryStallAndEveryRemedy() {
    Set<String> codes = new TreeSet<>();
    int approved = 0;
    for (long seed = 0; seed < 60; seed++) {
      KamGenerator gen = KamGenerator.seeded(seed);
      KeyAccount a = gen.keyAccount(AccountSize.values()[(int) (seed % 3)]);
      CommitteeProgressionResult r = PROGRESSION.evaluate(a, gen.referenceDate());
      approved += r.approved();
      for (SubmissionProgress p : r.submissions()) {
        p.stalled().forEach(reason -> codes.add(reason.code()));
        p.remedies().forEach(m -> codes.add(m.code().code()));
      }
    }
    assertTrue(approved > 0);
    Set<String> expected = new TreeSet<>();
    for (CommitteeCode c : CommitteeCode.values()) {
      if (c.code().startsWith("committee.stalled.") || c.code().startsWith("committee.remedy.")) {
        expected.add(c.code());
      }
    }
    // rarer than sixty accounts reach: a retiring sponsor without a day, an account with no
    // champion and no voting member; CommitteeProgressionTest works both through
    expected.removeAll(
        Set.of("committee.stalled.sponsor-retiring", "committee.remedy.map-sponsor"));
    expected.removeAll(codes);
    assertEquals(Set.of(), expected, "never reached by generated accounts");
  }

  private static List<SubmissionStep> plus(List<SubmissionStep> steps, SubmissionStep step) {
    List<SubmissionStep> out = new ArrayList<>(steps);
    out.add(step);
    return out;
  }
}
