package dev.kamkit.scoring.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGenerator;
import dev.kamkit.model.testing.KamGens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link CoverageScorer#nextStakeholders} prices each candidate incrementally; these properties pin
 * it to the slow truth: record the relationship, re-score the whole account, subtract.
 */
class NextStakeholderPropertiesTest {
  private static final LocalDate AS_OF = KamGenerator.DEFAULT_REFERENCE_DATE;
  private static final CoverageScorer COVERAGE = CoverageScorer.withDefaults();

  @Test
  void everySuggestedGainIsExactlyTheRescoredDifference() {
    qt().withFixedSeed(91L)
        .withExamples(12)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              List<NextStakeholder> next = COVERAGE.nextStakeholders(a, AS_OF);
              Rescored.assertExact(COVERAGE, a, AS_OF, next);
              for (NextStakeholder n : next) {
                assertTrue(n.gain().signum() > 0, n.why().toString());
              }
            });
  }

  /**
   * The brute force the scorer used to run: every active member with every mapped stakeholder they
   * do not hold yet, re-scored in full. The suggestions must be exactly its winners.
   */
  @Test
  void suggestionsAreTheBestPairsFoundByRescoringEveryPair() {
    qt().withFixedSeed(92L)
        .withExamples(10)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.COMMUNITY_HOSPITAL))
        .checkAssert(
            a -> {
              Map<StakeholderId, NextStakeholder> suggested =
                  COVERAGE.nextStakeholders(a, AS_OF).stream()
                      .collect(
                          Collectors.toMap(
                              NextStakeholder::stakeholder,
                              n -> n,
                              (x, y) -> x,
                              LinkedHashMap::new));
              assertEquals(bruteForce(a), Map.copyOf(winners(suggested)));
            });
  }

  private static Map<StakeholderId, Map.Entry<TeamMemberId, BigDecimal>> winners(
      Map<StakeholderId, NextStakeholder> suggested) {
    Map<StakeholderId, Map.Entry<TeamMemberId, BigDecimal>> out = new LinkedHashMap<>();
    suggested.forEach((s, n) -> out.put(s, Map.entry(n.teamMember(), n.gain())));
    return out;
  }

  private static Map<StakeholderId, Map.Entry<TeamMemberId, BigDecimal>> bruteForce(KeyAccount a) {
    BigDecimal before = COVERAGE.score(a, AS_OF).score().value();
    List<TeamMember> team =
        a.team().stream()
            .filter(m -> m.isActiveOn(AS_OF))
            .sorted(Comparator.comparing(TeamMember::id))
            .toList();
    Engagements engaged = Engagements.of(a, AS_OF, COVERAGE.policy());
    Map<StakeholderId, Map.Entry<TeamMemberId, BigDecimal>> best = new LinkedHashMap<>();
    for (Stakeholder s : a.stakeholders()) {
      if (!s.status().isEngageable()) {
        continue;
      }
      for (TeamMember m : team) {
        if (engaged.holds(m.id(), s.id())) {
          continue;
        }
        BigDecimal gain =
            COVERAGE
                .score(Rescored.withRelationship(a, engagement(a, m.id(), s.id())), AS_OF)
                .score()
                .value()
                .subtract(before);
        Map.Entry<TeamMemberId, BigDecimal> current = best.get(s.id());
        if (gain.signum() > 0 && (current == null || gain.compareTo(current.getValue()) > 0)) {
          best.put(s.id(), Map.entry(m.id(), gain));
        }
      }
    }
    return Map.copyOf(best);
  }

  private static Relationship engagement(KeyAccount a, TeamMemberId m, StakeholderId s) {
    Optional<Relationship> existing =
        a.relationships().stream()
            .filter(r -> r.teamMember().equals(m) && r.stakeholder().equals(s))
            .findFirst();
    if (existing.isPresent()) {
      Relationship r = existing.get();
      boolean startsLater = r.since().map(AS_OF::isBefore).orElse(false);
      return (startsLater ? r.withSince(AS_OF) : r).withLastInteraction(AS_OF);
    }
    return Relationship.builder()
        .teamMember(m)
        .stakeholder(s)
        .strength(RelationshipStrength.ACQUAINTED)
        .since(AS_OF)
        .lastInteraction(AS_OF)
        .build();
  }
}
