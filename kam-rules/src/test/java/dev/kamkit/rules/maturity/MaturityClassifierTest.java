package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.fixtures.Riverside;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import org.junit.jupiter.api.Test;

class MaturityClassifierTest {
  private static final AccountId OTHER = AccountId.of("other");
  private final MaturityClassifier classifier = MaturityClassifier.withDefaults();
  private final CompletenessScorer completeness =
      CompletenessScorer.of(classifier.policy().completeness());

  @Test
  void aCompletenessScoredBeforehandGivesTheSameResult() {
    for (int stage = 1; stage <= 5; stage++) {
      KeyAccount account = Riverside.atStage(stage).build();

      assertEquals(
          classifier.classify(account, AS_OF),
          classifier.classify(account, AS_OF, completeness.score(account, AS_OF)),
          "stage " + stage);
    }
  }

  @Test
  void refusesACompletenessOfAnotherAccountDayOrPolicy() {
    KeyAccount account = Riverside.atStage(4).build();
    KeyAccount other = KeyAccount.copyOf(account).withAccount(account.account().withId(OTHER));
    CompletenessResult underAnotherPolicy =
        CompletenessScorer.of(CompletenessPolicy.defaults().withVersion("acme-1"))
            .score(account, AS_OF);

    assertEquals(
        "the completeness of other on "
            + AS_OF
            + " cannot stand for "
            + account.id()
            + " on "
            + AS_OF,
        assertThrows(
                IllegalArgumentException.class,
                () -> classifier.classify(account, AS_OF, completeness.score(other, AS_OF)))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> classifier.classify(account, AS_OF, completeness.score(account, AS_OF.minusDays(1))));
    assertEquals(
        "the completeness of "
            + account.id()
            + " was scored under another policy (version acme-1) than maturity's (version "
            + classifier.policy().completeness().version()
            + ")",
        assertThrows(
                IllegalArgumentException.class,
                () -> classifier.classify(account, AS_OF, underAnotherPolicy))
            .getMessage());
  }
}
