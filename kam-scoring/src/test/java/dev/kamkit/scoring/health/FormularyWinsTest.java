package dev.kamkit.scoring.health;

import static dev.kamkit.model.portfolio.FormularyStatus.NON_FORMULARY;
import static dev.kamkit.model.portfolio.FormularyStatus.ON_FORMULARY;
import static dev.kamkit.model.portfolio.FormularyStatus.PREFERRED;
import static dev.kamkit.model.portfolio.FormularyStatus.UNDER_REVIEW;
import static dev.kamkit.scoring.health.Checks.DAYS;
import static dev.kamkit.scoring.health.Checks.END;
import static dev.kamkit.scoring.health.Checks.assertMessage;
import static dev.kamkit.scoring.health.Checks.assertNumber;
import static dev.kamkit.scoring.health.Checks.codes;
import static dev.kamkit.scoring.health.Checks.subjects;
import static dev.kamkit.scoring.health.Fixtures.AS_OF;
import static dev.kamkit.scoring.health.Fixtures.BRONCHO;
import static dev.kamkit.scoring.health.Fixtures.LONG_AGO;
import static dev.kamkit.scoring.health.Fixtures.ONKO;
import static dev.kamkit.scoring.health.Fixtures.WINDOW_START;
import static dev.kamkit.scoring.health.Fixtures.bare;
import static dev.kamkit.scoring.health.Fixtures.listing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.ScoreComponent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Formulary wins: a product becoming listed in the window, and a listing lost. */
class FormularyWinsTest {
  private static final Arg ONKOVIR = Checks.product(ONKO, "Onkovir");

  private final HealthScorer scorer = HealthScorer.withDefaults();

  private ScoreComponent wins(FormularyEntry... entries) {
    KeyAccount account = bare("a").withFormulary(entries);
    return scorer.score(account, AS_OF).component(HealthIndicator.FORMULARY_WINS);
  }

  @Test
  void aListingOnTheFirstDayOfTheWindowIsAWin() {
    ScoreComponent c =
        wins(listing(ONKO, NON_FORMULARY, LONG_AGO), listing(ONKO, ON_FORMULARY, WINDOW_START));
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.formulary.win"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.FORMULARY_WIN,
        ONKOVIR,
        Arg.of(ON_FORMULARY),
        Arg.of(WINDOW_START),
        Arg.of(NON_FORMULARY));
    assertEquals(List.of(ONKO), subjects(c.reasons().get(0)));
  }

  @Test
  void aWinNamesTheProductAndTheCommitteeThatDecidedIt() {
    ScoreComponent c =
        wins(
            listing(ONKO, NON_FORMULARY, LONG_AGO),
            listing(ONKO, ON_FORMULARY, AS_OF.minusDays(3)).withDecidedBy(DecisionBodyId.of("pt")));
    assertEquals(List.of(ONKO, "pt"), subjects(c.reasons().get(0)));
  }

  @Test
  void aListingTheDayBeforeTheWindowIsHeldNotWon() {
    ScoreComponent c =
        wins(
            listing(ONKO, NON_FORMULARY, LONG_AGO),
            listing(ONKO, ON_FORMULARY, WINDOW_START.minusDays(1)));
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.formulary.held"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(), HealthCode.FORMULARY_HELD, DAYS, END, Arg.list(ONKOVIR));
    assertEquals(List.of(ONKO), subjects(c.reasons().get(0)));
  }

  @Test
  void aFirstListingInTheWindowIsAWin() {
    ScoreComponent c = wins(listing(ONKO, PREFERRED, AS_OF));
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.formulary.win.first"), codes(c.reasons()));
    assertEquals(Effect.STRENGTH, c.reasons().get(0).effect());
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.FORMULARY_FIRST_LISTING,
        ONKOVIR,
        Arg.of(PREFERRED),
        Arg.of(AS_OF));
  }

  @Test
  void aListingAfterTheScoringDayHasNotHappenedYet() {
    ScoreComponent c =
        wins(listing(ONKO, UNDER_REVIEW, LONG_AGO), listing(ONKO, ON_FORMULARY, AS_OF.plusDays(1)));
    assertNumber("0", c.fulfilment());
    assertEquals(List.of("health.formulary.not-listed"), codes(c.reasons()));
    assertMessage(
        c.reasons().get(0).message(),
        HealthCode.FORMULARY_NOT_LISTED,
        ONKOVIR,
        Arg.of(UNDER_REVIEW),
        DAYS,
        END);
    assertEquals(List.of(ONKO), subjects(c.reasons().get(0)));
  }

  @Test
  void aLostListingIsARiskThatHoldsTheColourAtAmber() {
    KeyAccount account =
        Fixtures.healthy("a")
            .withFormulary(
                listing(ONKO, ON_FORMULARY, LONG_AGO),
                listing(BRONCHO, ON_FORMULARY, AS_OF.minusDays(3)),
                listing(ONKO, NON_FORMULARY, AS_OF.minusDays(10)));
    HealthResult result = scorer.score(account, AS_OF);
    ScoreComponent c = result.component(HealthIndicator.FORMULARY_WINS);
    // Bronchafin's listing is its first one
    assertEquals(
        List.of("health.formulary.win.first", "health.formulary.lost"), codes(c.reasons()));
    assertEquals(Effect.RISK, c.reasons().get(1).effect());
    assertMessage(
        c.reasons().get(1).message(),
        HealthCode.FORMULARY_LOST,
        ONKOVIR,
        Arg.of(AS_OF.minusDays(10)),
        Arg.of(NON_FORMULARY));
    assertNumber("1", c.fulfilment()); // one win meets the target of one
    assertEquals(dev.kamkit.scoring.RagStatus.AMBER, result.status());
    assertEquals(List.of("health.formulary.lost"), codes(result.colourRules()));
    HealthPolicy lenient = HealthPolicy.defaults().withLostListingIsAtLeastAmber(false);
    assertTrue(HealthScorer.of(lenient).score(account, AS_OF).colourRules().isEmpty());
  }

  @Test
  void aListingLostAndRegainedInTheWindowIsAWin() {
    ScoreComponent c =
        wins(
            listing(ONKO, ON_FORMULARY, LONG_AGO),
            listing(ONKO, NON_FORMULARY, AS_OF.minusDays(100)),
            listing(ONKO, ON_FORMULARY, AS_OF.minusDays(50)));
    assertNumber("1", c.fulfilment());
    assertEquals(List.of("health.formulary.win"), codes(c.reasons()));
  }

  @Test
  void onlyProductsThatCouldBeWonCountAgainstTheTarget() {
    HealthPolicy two = HealthPolicy.defaults().withFormularyWinsTarget(2);
    KeyAccount account =
        bare("a")
            .withFormulary(
                listing(ONKO, NON_FORMULARY, LONG_AGO),
                listing(ONKO, ON_FORMULARY, AS_OF.minusDays(5)),
                listing(BRONCHO, ON_FORMULARY, LONG_AGO));
    ScoreComponent c =
        HealthScorer.of(two).score(account, AS_OF).component(HealthIndicator.FORMULARY_WINS);
    assertNumber("1", c.fulfilment()); // one product could be won, and it was
  }

  @Test
  void competitorsProductsAreIgnored() {
    KeyAccount account =
        bare("a")
            .withProducts(
                Fixtures.product(ONKO, "Onkovir"),
                Fixtures.product(BRONCHO, "Rivalex").withCompetitor(true))
            .withFormulary(listing(BRONCHO, PREFERRED, AS_OF.minusDays(5)));
    ScoreComponent c = scorer.score(account, AS_OF).component(HealthIndicator.FORMULARY_WINS);
    assertFalse(c.applicable());
  }

  @Test
  void withoutFormularyDataTheIndicatorDoesNotApplyAndSaysWhatWouldEnableIt() {
    ScoreComponent c = wins();
    assertFalse(c.applicable());
    assertEquals(List.of("health.formulary.no-data"), codes(c.reasons()));
    assertMessage(c.reasons().get(0).message(), HealthCode.FORMULARY_NO_DATA, END);
    assertEquals(List.of(), c.reasons().get(0).subjects());
  }
}
