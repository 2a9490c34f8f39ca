package dev.kamkit.scoring.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a departure does to coverage, over generated accounts: it never raises the score or improves
 * the status, its status is the one the scorer gives the account with the member gone, and the
 * what-if is deterministic and blind to the order the account lists things in.
 */
class TurnoverPropertiesTest {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  private static final CoverageScorer COVERAGE = CoverageScorer.withDefaults();

  @Test
  void aDepartureNeverRaisesTheScoreNorImprovesTheStatus() {
    qt().withFixedSeed(191L)
        .withExamples(25)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              CoverageResult today = COVERAGE.score(a, AS_OF);
              for (TurnoverImpact t : COVERAGE.turnoverExposure(a, today)) {
                assertTrue(t.loss().signum() >= 0, t.line()::toString);
                // RagStatus runs GREEN, AMBER, RED: a later constant is a worse status
                assertTrue(
                    t.statusAfter().compareTo(today.status()) >= 0,
                    () -> today.status() + " became " + t.statusAfter() + ": " + t.line());
              }
            });
  }

  /** A member who holds nobody takes nothing away: the score and the status stay as they are. */
  @Test
  void aMemberWhoHoldsNobodyLeavesTheStatusAsItIs() {
    qt().withFixedSeed(192L)
        .withExamples(20)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              CoverageResult today = COVERAGE.score(a, AS_OF);
              Set<TeamMemberId> holders =
                  COVERAGE.turnoverExposure(a, today).stream()
                      .map(TurnoverImpact::teamMember)
                      .collect(Collectors.toSet());
              for (TeamMember m : a.team()) {
                if (holders.contains(m.id())) {
                  continue;
                }
                TurnoverImpact t = COVERAGE.ifTeamMemberLeaves(a, m.id(), AS_OF);
                assertEquals(today.score().value(), t.after().value(), t.line()::toString);
                assertEquals(today.status(), t.statusAfter(), t.line()::toString);
                assertEquals(today.statusReason(), t.statusReasonAfter(), t.line()::toString);
              }
            });
  }

  @Test
  void theStatusAfterIsTheStatusOfTheAccountScoredWithTheMemberGone() {
    qt().withFixedSeed(193L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              for (TurnoverImpact t : COVERAGE.turnoverExposure(a, AS_OF)) {
                TurnoverStatusTest.assertSameAsScoredWithout(COVERAGE, a, t);
              }
            });
  }

  @Test
  void theExposureIsDeterministicAndBlindToListingOrder() {
    qt().withFixedSeed(194L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              List<TurnoverImpact> once = COVERAGE.turnoverExposure(a, AS_OF);
              assertEquals(once, COVERAGE.turnoverExposure(a, AS_OF));
              assertEquals(once, COVERAGE.turnoverExposure(reversed(a), AS_OF));
            });
  }

  /** The same account with its team, stakeholders and relationships listed back to front. */
  private static KeyAccount reversed(KeyAccount a) {
    return a.withTeam(backwards(a.team()))
        .withStakeholders(backwards(a.stakeholders()))
        .withRelationships(backwards(a.relationships()));
  }

  private static <T> List<T> backwards(List<T> items) {
    List<T> copy = new ArrayList<>(items);
    Collections.reverse(copy);
    return copy;
  }
}
