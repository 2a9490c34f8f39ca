package dev.kamkit.model.plan;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.ProductId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompetitorPositionTest {

  private static CompetitorPosition.Builder rivaltis() {
    return CompetitorPosition.builder()
        .competitor("Rivaltis Pharma")
        .addCompetitorProduct("Rivalimab")
        .addCompetesWith(ProductId.of("oncoxa"))
        .threat(ThreatLevel.HIGH);
  }

  @Test
  void recordsWhichOfOurProductsItCompetesWith() {
    assertEquals(Set.of(ProductId.of("oncoxa")), rivaltis().build().competesWith());
  }

  @Test
  void rejectsABlankCompetitor() {
    assertSingleViolation(
        () -> rivaltis().competitor("").build(), BLANK, path("competitor"), "\"\"");
  }

  @Test
  void rejectsABlankCompetitorProduct() {
    assertSingleViolation(
        () -> rivaltis().addCompetitorProduct(" ").build(),
        BLANK,
        path("competitorProducts").element(1),
        "\" \"");
  }

  @Test
  void rejectsBlankStrengthsOrWeaknesses() {
    assertSingleViolation(() -> rivaltis().strengths("").build(), BLANK, path("strengths"), "\"\"");
    assertSingleViolation(
        () -> rivaltis().weaknesses(" ").build(), BLANK, path("weaknesses"), "\" \"");
  }
}
