package dev.kamkit.rules.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Seed 004's figure 3: each pair of levels names one quadrant and reads as it is labelled. */
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
    assertEquals(
        "high complexity x low value", GridQuadrant.of(AxisLevel.HIGH, AxisLevel.LOW).label());
    assertEquals(
        "low complexity x high value", GridQuadrant.of(AxisLevel.LOW, AxisLevel.HIGH).label());
  }
}
