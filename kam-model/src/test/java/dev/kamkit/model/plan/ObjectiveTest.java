package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.OBJECTIVE_INDICATION_WITHOUT_PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.team.Division;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectiveTest {
  private static final LocalDate START = LocalDate.of(2026, 7, 1);
  private static final LocalDate DUE = LocalDate.of(2027, 3, 10);

  private static Objective.Builder preferredListing() {
    return Objective.builder()
        .id(ObjectiveId.of("obj-preferred"))
        .title("Move Oncoxa to preferred status on the system formulary");
  }

  @Test
  void startsNotStarted() {
    assertEquals(ObjectiveStatus.NOT_STARTED, preferredListing().build().status());
  }

  @Test
  void seeksRevenueWithATargetOrAProductOutsideMedical() {
    ProductId oncoxa = ProductId.of("oncoxa");
    assertFalse(preferredListing().build().seeksRevenue());
    assertTrue(preferredListing().product(oncoxa).build().seeksRevenue());
    assertTrue(
        preferredListing().product(oncoxa).division(Division.COMMERCIAL).build().seeksRevenue());
    // an evidence programme about a product is the medical side's: nothing is sold to it
    assertFalse(
        preferredListing().product(oncoxa).division(Division.MEDICAL).build().seeksRevenue());
    // a revenue target is commercial whatever the division says
    assertTrue(
        preferredListing()
            .revenueTarget(Money.of("100000", "USD"))
            .division(Division.MEDICAL)
            .build()
            .seeksRevenue());
  }

  @Test
  void needsPipelineWhileWorkedAndNotPastDue() {
    Objective.Builder grow = preferredListing().product(ProductId.of("oncoxa")).dueDate(DUE);
    assertTrue(grow.build().needsPipelineOn(DUE));
    assertFalse(grow.build().needsPipelineOn(DUE.plusDays(1)));
    assertTrue(grow.status(ObjectiveStatus.IN_PROGRESS).build().needsPipelineOn(START));
    for (ObjectiveStatus closed :
        List.of(ObjectiveStatus.ACHIEVED, ObjectiveStatus.MISSED, ObjectiveStatus.CANCELLED)) {
      assertFalse(grow.status(closed).build().needsPipelineOn(START), closed.name());
    }
    assertFalse(preferredListing().build().needsPipelineOn(START));
  }

  @Test
  void isMeasurableAndDatedOnlyWithBothAMeasureAndADueDate() {
    assertFalse(preferredListing().build().isMeasurableAndDated());
    assertFalse(preferredListing().measure("listed as PREFERRED").build().isMeasurableAndDated());
    assertFalse(preferredListing().dueDate(DUE).build().isMeasurableAndDated());
    assertTrue(
        preferredListing()
            .measure("listed as PREFERRED")
            .dueDate(DUE)
            .build()
            .isMeasurableAndDated());
  }

  @Test
  void rejectsADueDateBeforeTheStart() {
    assertSingleViolation(
        () -> preferredListing().startDate(START).dueDate(START.minusDays(1)).build(),
        BEFORE,
        path("dueDate"),
        "2026-06-30");
  }

  @Test
  void anIndicationNeedsItsProduct() {
    IndicationId nsclc = IndicationId.of("oncoxa-nsclc-1l");
    assertSingleViolation(
        () -> preferredListing().indication(nsclc).build(),
        OBJECTIVE_INDICATION_WITHOUT_PRODUCT,
        path("indication"),
        "oncoxa-nsclc-1l");
    assertEquals(
        nsclc,
        preferredListing()
            .product(ProductId.of("oncoxa"))
            .indication(nsclc)
            .build()
            .indication()
            .get());
  }

  @Test
  void rejectsABlankTitleOrMeasure() {
    assertSingleViolation(() -> preferredListing().title("").build(), BLANK, path("title"), "\"\"");
    assertSingleViolation(
        () -> preferredListing().measure(" ").build(), BLANK, path("measure"), "\" \"");
  }
}
