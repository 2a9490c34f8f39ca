package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.explain.Messages;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Figure 3 of Veeva Business Consulting's "Unlocking True KAM Transformation": each pair of levels
 * names one quadrant and is named so in every language.
 */
class GridQuadrantTest {

  @Test
  void eachQuadrantLiesAtTheLevelsItIsFoundByAndSaysSo() {
    for (AxisLevel complexity : AxisLevel.values()) {
      for (AxisLevel value : AxisLevel.values()) {
        GridQuadrant q = GridQuadrant.of(complexity, value);
        assertEquals(complexity, q.complexity());
        assertEquals(value, q.value());
      }
    }
    Messages english = Messages.english();
    assertEquals(
        "high complexity x low value",
        english.name(GridQuadrant.of(AxisLevel.HIGH, AxisLevel.LOW)));
    assertEquals(
        "low complexity x high value",
        english.name(GridQuadrant.of(AxisLevel.LOW, AxisLevel.HIGH)));
    assertEquals(
        "hohe Komplexität x niedriger Wert",
        Messages.in(Locale.GERMAN).name(GridQuadrant.HIGH_COMPLEXITY_LOW_VALUE));
    assertEquals(
        "complexité faible x valeur élevée",
        Messages.in(Locale.FRENCH).name(GridQuadrant.LOW_COMPLEXITY_HIGH_VALUE));
  }
}
