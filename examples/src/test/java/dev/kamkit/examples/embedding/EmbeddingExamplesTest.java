package dev.kamkit.examples.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.examples.QuickStart;
import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.coverage.CoverageScorer;
import org.junit.jupiter.api.Test;

/** Each embedding example does what its javadoc says. */
class EmbeddingExamplesTest {
  private final KeyAccount riverside = SeedAccounts.riversideHealth();

  @Test
  void aStricterContactWindowLowersCoverageOfAnAccountWithStaleRelationships() {
    // Harbor Point's only relationship was last worked on 2026-10-27: 51 days before this day
    KeyAccount harbor = SeedAccounts.singleThreadedRetiringPrescriber();
    java.time.LocalDate asOf = java.time.LocalDate.of(2026, 12, 17);
    var defaults = CoverageScorer.withDefaults().score(harbor, asOf);
    var monthly = CustomPolicy.score(harbor, asOf);
    assertEquals(30, monthly.policy().activeWithinDays());
    assertTrue(
        monthly.score().value().compareTo(defaults.score().value()) < 0,
        monthly.explain() + "\n" + defaults.explain());
    assertTrue(defaults.explain().contains("1 stakeholder held actively"), defaults.explain());
    assertTrue(monthly.explain().contains("0 stakeholders held actively"), monthly.explain());
  }

  @Test
  void hostRatingsAreAssessedInsteadOfReportedMissing() {
    EngagementAssessment without =
        dev.kamkit.rules.engagement.EngagementAssessor.withDefaults()
            .assess(riverside, EngagementInputs.none(), SeedAccounts.AS_OF);
    assertTrue(without.explain().contains("Differentiation: not assessed"), without.explain());
    EngagementAssessment with = HostValues.assess(riverside, SeedAccounts.AS_OF);
    assertTrue(
        with.explain().contains("Differentiation: very high (rated by the host"), with.explain());
    assertTrue(
        with.explain().contains("Difficulty finding patients: high (rated by the host"),
        with.explain());
  }

  @Test
  void ratingsRecordedAsFactsReadTheSameAsRatingsInCode() {
    KeyAccount rated = HostValues.withRatingsAsFacts(riverside);
    EngagementInputs read = EngagementInputs.fromFacts(rated.account());
    assertEquals(HostValues.brandPlanning().differentiation(), read.differentiation());
    assertEquals(
        HostValues.brandPlanning().patientFindingDifficulty(), read.patientFindingDifficulty());
    assertTrue(HostValues.tierFromFacts(rated, SeedAccounts.AS_OF).tier().isPresent());
  }

  @Test
  void theHostMapperWritesAndReadsTheKamkitFormat() {
    KeyAccount account = QuickStart.riverside();
    String json = HostMapper.write(account);
    assertTrue(json.contains("\"name\":\"Riverside Health System\""), json);
    assertEquals(account, HostMapper.read(json));
    assertEquals(
        RagStatus.RED,
        CoverageScorer.withDefaults()
            .score(HostMapper.read(json), java.time.LocalDate.of(2026, 11, 22))
            .status());
  }

  @Test
  void theHostMapperWritesResultsInsideTheHostsOwnTypes() {
    String card =
        HostMapper.card(
            QuickStart.riverside(),
            Money.of("1800000.00", "USD"),
            java.time.LocalDate.of(2026, 11, 22));
    assertTrue(card.startsWith("{\"account\":\"riverside\","), card);
    assertTrue(
        card.contains("\"potential\":{\"amount\":\"1800000.00\",\"currency\":\"USD\"}"), card);
    assertTrue(
        card.contains(
            "\"coverage\":{\"account\":\"riverside\",\"asOf\":\"2026-11-22\","
                + "\"policyVersion\":\"kamkit-coverage-1\",\"scale\":"),
        card);
    assertTrue(card.contains("\"status\":\"RED\""), card);
    HostMapper.AccountCard back = HostMapper.mapper().readValue(card, HostMapper.AccountCard.class);
    assertEquals(
        CoverageScorer.withDefaults()
            .score(QuickStart.riverside(), java.time.LocalDate.of(2026, 11, 22)),
        back.coverage(),
        "the card reads back whole");
  }
}
