package dev.kamkit.model.portfolio;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
import static dev.kamkit.model.base.ModelCode.WHITESPACE_COMPETITOR_NOT_HELD;
import static dev.kamkit.model.base.ModelCode.WHITESPACE_INDICATION_NOT_INDICATED;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import org.junit.jupiter.api.Test;

class WhitespaceCellTest {
  private static final IndicationId NSCLC = IndicationId.of("oncoxa-nsclc-1l");

  private static WhitespaceCell.Builder cell(WhitespaceStatus status) {
    return WhitespaceCell.builder()
        .product(ProductId.of("oncoxa"))
        .clinicalUnit(ClinicalUnitId.of("lakeside-onc"))
        .status(status);
  }

  @Test
  void aCompetitorHeldCellNamesTheCompetitorsProduct() {
    assertEquals(
        "Rivalimab",
        cell(WhitespaceStatus.COMPETITOR_HELD)
            .competitorProduct("Rivalimab")
            .indication(NSCLC)
            .build()
            .competitorProduct()
            .get());
  }

  @Test
  void rejectsACompetitorProductInACellThatIsNotCompetitorHeld() {
    ModelViolation v =
        assertSingleViolation(
            () -> cell(WhitespaceStatus.OPEN).competitorProduct("Rivalimab").build(),
            WHITESPACE_COMPETITOR_NOT_HELD,
            path("competitorProduct"),
            "\"Rivalimab\"");
    assertArgs(v, Arg.of(WhitespaceStatus.OPEN));
  }

  @Test
  void rejectsAnIndicationInACellThatIsNotIndicated() {
    assertSingleViolation(
        () -> cell(WhitespaceStatus.NOT_INDICATED).indication(NSCLC).build(),
        WHITESPACE_INDICATION_NOT_INDICATED,
        path("indication"),
        "oncoxa-nsclc-1l");
    assertEquals(
        WhitespaceStatus.NOT_INDICATED, cell(WhitespaceStatus.NOT_INDICATED).build().status());
  }

  @Test
  void rejectsANegativeEstimatedValue() {
    assertSingleViolation(
        () -> cell(WhitespaceStatus.OPEN).estimatedValue(Money.of("-1", "USD")).build(),
        NEGATIVE,
        path("estimatedValue"),
        "-1.00 USD");
  }

  @Test
  void rejectsABlankCompetitorProduct() {
    assertSingleViolation(
        () -> cell(WhitespaceStatus.COMPETITOR_HELD).competitorProduct(" ").build(),
        BLANK,
        path("competitorProduct"),
        "\" \"");
  }
}
