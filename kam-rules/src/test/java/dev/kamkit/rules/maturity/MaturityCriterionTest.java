package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.fixtures.Riverside;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Every criterion is judged under the stage it names, in declaration order. */
class MaturityCriterionTest {
  @Test
  void eachStageJudgesExactlyTheCriteriaThatBelongToIt() {
    MaturityResult r =
        MaturityClassifier.withDefaults().classify(Riverside.atStage(3).build(), AS_OF);
    for (StageResult s : r.stages()) {
      assertEquals(
          Arrays.stream(MaturityCriterion.values())
              .filter(c -> c.stage() == s.stage())
              .map(MaturityCriterion::id)
              .toList(),
          s.criteria().stream().map(CriterionResult::id).toList(),
          s.stage().label().toString());
    }
  }
}
