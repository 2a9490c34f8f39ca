package dev.kamkit.scoring.coverage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.team.Relationship;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The slow truth a next stakeholder's price is checked against: record its relationship, re-score
 * the whole account, subtract.
 */
final class Rescored {
  private Rescored() {}

  /** {@code account} with {@code r} in place of any relationship of the same pair. */
  static KeyAccount withRelationship(KeyAccount account, Relationship r) {
    List<Relationship> recorded = new ArrayList<>(account.relationships());
    recorded.removeIf(
        x -> x.teamMember().equals(r.teamMember()) && x.stakeholder().equals(r.stakeholder()));
    recorded.add(r);
    return account.withRelationships(recorded);
  }

  /** Asserts that each suggestion's coverage after and gain are exactly the re-scored ones. */
  static void assertExact(
      CoverageScorer scorer, KeyAccount account, LocalDate asOf, List<NextStakeholder> next) {
    BigDecimal now = scorer.score(account, asOf).score().value();
    for (NextStakeholder n : next) {
      BigDecimal after =
          scorer.score(withRelationship(account, n.relationship()), asOf).score().value();
      assertEquals(after, n.coverageAfter(), n.why().toString());
      assertEquals(after.subtract(now), n.gain(), n.why().toString());
    }
  }
}
