package dev.kamkit.scoring.whitespace;

import static dev.kamkit.model.testing.SeedAccounts.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.Reason;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A whitespace result explains itself: penetration, then opportunities, then cells left out. */
class WhitespaceResultTest {
  private final WhitespaceScorer scorer = WhitespaceScorer.withDefaults();

  @Test
  void theExplanationIsPenetrationThenOpportunitiesThenExclusions() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    WhitespaceResult r = scorer.score(riverside, AS_OF);
    Explanation score = r.penetration().orElseThrow().explanation();
    Explanation e = r.explanation();
    assertEquals(score.line(), e.line());
    int components = score.details().size();
    assertEquals(score.details(), e.details().subList(0, components));
    Explanation open = e.details().get(components);
    assertEquals(
        Message.of(WhitespaceCode.OPPORTUNITIES, Arg.of(r.opportunities().size())), open.line());
    assertEquals(
        r.opportunities().stream().map(o -> Explanation.of(o.description())).toList(),
        open.details());
    assertEquals(
        r.excluded().stream().map(x -> Explanation.of(x.line())).toList(),
        e.details().subList(components + 1, e.details().size()));
    assertTrue(r.explain().startsWith("Whitespace penetration: 40.7 / 100\n"), r.explain());
    assertTrue(
        r.explain(Locale.GERMAN).contains("\n  Chancen, die größten zuerst (16):\n"),
        r.explain(Locale.GERMAN));
  }

  @Test
  void anAccountWithoutAssessedCellsSaysNothingIsScored() {
    KeyAccount bare = SeedAccounts.riversideHealth().withWhitespace(List.of());
    WhitespaceResult r = scorer.score(bare, AS_OF);
    assertEquals(Explanation.of(Message.of(WhitespaceCode.NOT_SCORED)), r.explanation());
    assertEquals("Whitespace penetration: no assessed cell", r.explain());
    assertEquals("Pénétration du potentiel : aucune case évaluée", r.explain(Locale.FRENCH));
  }

  @Test
  void aReasonsLineIsItsEffectThenItsMessage() {
    Reason excluded = scorer.score(SeedAccounts.riversideHealth(), AS_OF).excluded().get(0);
    assertEquals("[GAP] " + excluded.message(), excluded.line().toString());
    assertEquals(excluded.line().toString(), excluded.toString());
  }
}
