package dev.kamkit.scoring.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelViolation;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The health and under-served policies and trend bands accept values on the edges of their
 * documented ranges and refuse the first value beyond, naming the field.
 */
class HealthPolicyBoundsTest {
  private static List<String> refused(Supplier<?> build) {
    InvalidModelException e = assertThrows(InvalidModelException.class, build::get);
    return e.violations().stream().map(ModelViolation::field).toList();
  }

  private static BigDecimal n(String value) {
    return new BigDecimal(value);
  }

  @Test
  void bandsMayMeetAndReachTheEndsOfTheScale() {
    HealthPolicy edges = HealthPolicy.builder().greenFrom(n("100")).amberFrom(n("100")).build();
    assertEquals(n("100"), edges.amberFrom());
    assertEquals(
        BigDecimal.ZERO, HealthPolicy.builder().amberFrom(BigDecimal.ZERO).build().amberFrom());
    assertEquals(
        List.of("greenFrom"), refused(() -> HealthPolicy.builder().greenFrom(n("100.01")).build()));
    // a negative amber band is reported against amberFrom, not against greenFrom
    assertEquals(
        List.of("amberFrom"), refused(() -> HealthPolicy.builder().amberFrom(n("-0.01")).build()));
  }

  @Test
  void aZeroWeightIsAllowedAndANegativeOneIsNot() {
    assertEquals(
        BigDecimal.ZERO,
        HealthPolicy.builder()
            .committeeAccessWeight(BigDecimal.ZERO)
            .build()
            .committeeAccessWeight());
    assertEquals(
        List.of("committeeAccessWeight"),
        refused(() -> HealthPolicy.builder().committeeAccessWeight(n("-0.01")).build()));
  }

  @Test
  void aTrendBandMayStartAtZeroButNotBelow() {
    TrendBand fromZero = TrendBand.of(BigDecimal.ZERO, BigDecimal.ONE);
    assertEquals(0, n("0.5").compareTo(fromZero.fulfilment(n("0.5"))));
    assertEquals(List.of("zeroAt"), refused(() -> TrendBand.of(n("-0.01"), BigDecimal.ONE)));
    // beyond the band the fulfilment is clamped
    assertEquals(0, BigDecimal.ONE.compareTo(fromZero.fulfilment(n("1.5"))));
    assertEquals(0, BigDecimal.ZERO.compareTo(fromZero.fulfilment(n("-0.5"))));
  }

  @Test
  void theUnderServedThresholdLiesAboveZeroAndAtMostOne() {
    assertEquals(
        BigDecimal.ONE,
        UnderServedPolicy.builder().underServedBelow(BigDecimal.ONE).build().underServedBelow());
    assertEquals(
        BigDecimal.ZERO,
        UnderServedPolicy.builder()
            .highValueFromAverage(BigDecimal.ZERO)
            .build()
            .highValueFromAverage());
    assertEquals(
        List.of("underServedBelow"),
        refused(() -> UnderServedPolicy.builder().underServedBelow(BigDecimal.ZERO).build()));
    assertEquals(
        List.of("underServedBelow"),
        refused(() -> UnderServedPolicy.builder().underServedBelow(n("1.01")).build()));
    assertEquals(
        List.of("highValueFromAverage"),
        refused(() -> UnderServedPolicy.builder().highValueFromAverage(n("-0.01")).build()));
  }

  @Test
  void scorersHandBackThePolicyTheyWereGiven() {
    HealthPolicy health = HealthPolicy.builder().lookBackDays(90).build();
    assertSame(health, HealthScorer.of(health).policy());
    UnderServedPolicy underServed = UnderServedPolicy.builder().activityWindowDays(30).build();
    assertSame(underServed, UnderServedAccounts.of(underServed).policy());
  }
}
