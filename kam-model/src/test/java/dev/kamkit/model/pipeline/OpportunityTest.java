package dev.kamkit.model.pipeline;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
import static dev.kamkit.model.base.ModelCode.OPPORTUNITY_CLOSE_MISSING;
import static dev.kamkit.model.base.ModelCode.OPPORTUNITY_CLOSE_NOT_CLOSED;
import static dev.kamkit.model.base.ModelCode.OPPORTUNITY_EXPECTED_CLOSE_MISSING;
import static dev.kamkit.model.base.ModelCode.OPPORTUNITY_LOSS_NOT_LOST;
import static dev.kamkit.model.base.ModelCode.OUT_OF_RANGE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OpportunityTest {
  private static final OpportunityId ID = OpportunityId.of("opp-oncoxa-riverside");
  private static final LocalDate CLOSE = LocalDate.of(2027, 3, 31);

  /** The Riverside Oncoxa listing: in negotiation, waiting on the P&amp;T committee. */
  private static Opportunity.Builder oncoxa() {
    return Opportunity.builder()
        .id(ID)
        .name("Oncoxa preferred listing, Riverside oncology")
        .product(ProductId.of("oncoxa"))
        .stage(OpportunityStage.NEGOTIATION)
        .amount(Money.of("1800000.00", "USD"))
        .probability(60)
        .expectedClose(CLOSE);
  }

  @Test
  void onlyWonAndLostAreClosed() {
    assertEquals(
        EnumSet.of(OpportunityStage.WON, OpportunityStage.LOST),
        EnumSet.copyOf(
            java.util.Arrays.stream(OpportunityStage.values())
                .filter(OpportunityStage::isClosed)
                .toList()));
    assertFalse(OpportunityStage.NEGOTIATION.isClosed());
  }

  @Test
  void anOpenOpportunityNeedsAnExpectedClose() {
    ModelViolation v =
        assertSingleViolation(
            () -> oncoxa().expectedClose(Optional.empty()).build(),
            OPPORTUNITY_EXPECTED_CLOSE_MISSING,
            path("expectedClose"),
            "<missing>");
    assertEquals(ModelSubject.of("Opportunity", Arg.of(ID)), v.subject());
  }

  @Test
  void anOpenOpportunityHasNotClosed() {
    ModelViolation v =
        assertSingleViolation(
            () -> oncoxa().closedOn(CLOSE).build(),
            OPPORTUNITY_CLOSE_NOT_CLOSED,
            path("closedOn"),
            "2027-03-31");
    assertArgs(v, Arg.of(OpportunityStage.NEGOTIATION));
  }

  @Test
  void aClosedOpportunityNeedsTheDayItClosed() {
    assertSingleViolation(
        () -> oncoxa().stage(OpportunityStage.WON).build(),
        OPPORTUNITY_CLOSE_MISSING,
        path("closedOn"),
        "<missing>");
    Opportunity won = oncoxa().stage(OpportunityStage.WON).closedOn(CLOSE.minusDays(10)).build();
    assertTrue(won.stage().isClosed());
  }

  @Test
  void onlyALostOpportunityHasALossReason() {
    Opportunity lost =
        oncoxa()
            .stage(OpportunityStage.LOST)
            .closedOn(CLOSE)
            .lossReason("Competitor contract")
            .build();
    assertEquals("Competitor contract", lost.lossReason().orElseThrow());
    ModelViolation v =
        assertSingleViolation(
            () -> oncoxa().lossReason("Price").build(),
            OPPORTUNITY_LOSS_NOT_LOST,
            path("lossReason"),
            "\"Price\"");
    assertArgs(v, Arg.of(OpportunityStage.NEGOTIATION));
  }

  @Test
  void probabilityIsAPercentFromZeroToHundred() {
    oncoxa().probability(0).build();
    oncoxa().probability(100).build();
    for (int wrong : new int[] {-1, 101}) {
      ModelViolation v =
          assertSingleViolation(
              () -> oncoxa().probability(wrong).build(),
              OUT_OF_RANGE,
              path("probability"),
              String.valueOf(wrong));
      assertArgs(v, Arg.of(BigDecimal.ZERO), Arg.of(BigDecimal.valueOf(100)));
    }
  }

  @Test
  void theAmountIsNotNegative() {
    oncoxa().amount(Money.of("0.00", "USD")).build();
    assertSingleViolation(
        () -> oncoxa().amount(Money.of("-1.00", "USD")).build(),
        NEGATIVE,
        path("amount"),
        "-1.00 USD");
  }
}
