package dev.kamkit.model.stakeholder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SentimentTest {

  @Test
  void scoresRunFromPlusTwoToMinusTwo() {
    assertEquals(
        "2,1,0,-1,-2",
        String.join(
            ",", Arrays.stream(Sentiment.values()).map(s -> String.valueOf(s.score())).toList()));
  }

  @Test
  void advocatesAndSupportersArePositiveScepticsAndDetractorsNegative() {
    assertTrue(Sentiment.ADVOCATE.isPositive());
    assertTrue(Sentiment.SUPPORTER.isPositive());
    assertFalse(Sentiment.NEUTRAL.isPositive());
    assertFalse(Sentiment.NEUTRAL.isNegative());
    assertTrue(Sentiment.SCEPTIC.isNegative());
    assertTrue(Sentiment.DETRACTOR.isNegative());
  }
}
