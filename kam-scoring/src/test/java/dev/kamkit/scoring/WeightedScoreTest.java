package dev.kamkit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.explain.Message;
import dev.kamkit.scoring.sample.SampleScoreCode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedScoreTest {
  private static final Message TITLE = Message.of(SampleScoreCode.TITLE);
  private static final Message LABEL = Message.of(SampleScoreCode.DEPTH);

  @Test
  void weightsAreSharedOutToExactlyOneHundredOverApplicableComponents() {
    Score s =
        WeightedScore.named(TITLE)
            .add("a", LABEL, BigDecimal.ONE, BigDecimal.ONE, List.of())
            .add("b", LABEL, BigDecimal.ONE, BigDecimal.ZERO, List.of())
            .add("c", LABEL, BigDecimal.ONE, new BigDecimal("0.5"), List.of())
            .notApplicable("d", LABEL, List.of())
            .build();
    assertEquals(new BigDecimal("33.34"), s.component("a").weight());
    assertEquals(new BigDecimal("33.33"), s.component("b").weight());
    assertEquals(new BigDecimal("33.33"), s.component("c").weight());
    assertEquals(new BigDecimal("0.00"), s.component("d").weight());
    assertEquals(new BigDecimal("50.00"), s.value()); // 33.34 + 0 + 16.66 (16.665 rounds half-even)
  }

  @Test
  void theMissingHundredthGoesToTheLargestRemainderNotTheFirstComponent() {
    // 100/3 = 33.333.. and 200/3 = 66.666..: both round down, and the 0.01 left over goes to the
    // second, whose remainder (0.00667) is the larger
    Score s =
        WeightedScore.named(TITLE)
            .add("a", LABEL, BigDecimal.ONE, BigDecimal.ONE, List.of())
            .add("b", LABEL, BigDecimal.valueOf(2), BigDecimal.ONE, List.of())
            .build();
    assertEquals(new BigDecimal("33.33"), s.component("a").weight());
    assertEquals(new BigDecimal("66.67"), s.component("b").weight());
  }

  @Test
  void fulfilmentOutsideZeroToOneIsClamped() {
    Score s =
        WeightedScore.named(TITLE)
            .add("a", LABEL, BigDecimal.TEN, new BigDecimal("1.7"), List.of())
            .build();
    assertEquals(new BigDecimal("100.00"), s.value());
  }

  @Test
  void aScoreWithoutWeightCannotBeBuilt() {
    assertThrows(
        IllegalStateException.class,
        () -> WeightedScore.named(TITLE).notApplicable("a", LABEL, List.of()).build());
  }

  @Test
  void partsAlwaysAddUpAndStayWithinBounds() {
    qt().withFixedSeed(7L)
        .withExamples(300)
        .forAll(
            lists().of(integers().between(0, 50)).ofSizeBetween(1, 9),
            lists().of(integers().between(0, 1000)).ofSize(9))
        .assuming((weights, fulfilments) -> weights.stream().mapToInt(Integer::intValue).sum() > 0)
        .checkAssert(
            (weights, fulfilments) -> {
              WeightedScore builder = WeightedScore.named(TITLE);
              for (int i = 0; i < weights.size(); i++) {
                builder.add(
                    "k" + i,
                    LABEL,
                    BigDecimal.valueOf(weights.get(i)),
                    BigDecimal.valueOf(fulfilments.get(i), 3),
                    List.of());
              }
              Score s = builder.build();
              BigDecimal sum =
                  s.components().stream()
                      .map(ScoreComponent::contribution)
                      .reduce(BigDecimal.ZERO, BigDecimal::add);
              assertEquals(0, sum.compareTo(s.value()));
              assertEquals(
                  0,
                  s.components().stream()
                      .map(ScoreComponent::weight)
                      .reduce(BigDecimal.ZERO, BigDecimal::add)
                      .compareTo(BigDecimal.valueOf(100)));
              assertEquals(
                  true,
                  s.value().signum() >= 0 && s.value().compareTo(BigDecimal.valueOf(100)) <= 0);
            });
  }
}
