package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.OBJECTIVE_INDICATION_WITHOUT_PRODUCT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
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
