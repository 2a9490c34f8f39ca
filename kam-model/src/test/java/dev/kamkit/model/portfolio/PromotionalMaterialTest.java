package dev.kamkit.model.portfolio;

import static dev.kamkit.model.base.ModelAssertions.assertArgs;
import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCode.BEFORE;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PromotionalMaterialTest {
  private static final LocalDate APPROVED = LocalDate.of(2025, 3, 1);
  private static final LocalDate EXPIRES = LocalDate.of(2027, 2, 28);

  private static PromotionalMaterial.Builder detailAid() {
    return PromotionalMaterial.builder()
        .id(MaterialId.of("mat-1"))
        .title("Oncoxa efficacy detail aid")
        .reviewCode("ONC-US-00412")
        .product(ProductId.of("oncoxa"))
        .approvedOn(APPROVED)
        .expiresOn(EXPIRES);
  }

  @Test
  void isUsableFromApprovalToExpiryInclusive() {
    PromotionalMaterial m = detailAid().build();
    assertFalse(m.isUsableOn(APPROVED.minusDays(1)));
    assertTrue(m.isUsableOn(APPROVED));
    assertTrue(m.isUsableOn(EXPIRES));
    assertFalse(m.isUsableOn(EXPIRES.plusDays(1)));
  }

  @Test
  void isNotUsableFromTheDayItIsWithdrawn() {
    LocalDate withdrawn = LocalDate.of(2026, 1, 15);
    PromotionalMaterial m = detailAid().withdrawnOn(withdrawn).build();
    assertTrue(m.isUsableOn(withdrawn.minusDays(1)));
    assertFalse(m.isUsableOn(withdrawn));
  }

  @Test
  void expiresOnOrAfterItsApproval() {
    detailAid().expiresOn(APPROVED).build();
    ModelViolation v =
        assertSingleViolation(
            () -> detailAid().expiresOn(APPROVED.minusDays(1)).build(),
            BEFORE,
            path("expiresOn"),
            "2025-02-28");
    assertArgs(v, Arg.text("approvedOn"), Arg.of(APPROVED));
    assertSingleViolation(
        () -> detailAid().withdrawnOn(APPROVED.minusDays(1)).build(),
        BEFORE,
        path("withdrawnOn"),
        "2025-02-28");
  }

  @Test
  void hasATitleAndANonBlankReviewCode() {
    assertSingleViolation(() -> detailAid().title("").build(), BLANK, path("title"), "\"\"");
    assertSingleViolation(
        () -> detailAid().reviewCode(" ").build(), BLANK, path("reviewCode"), "\" \"");
  }
}
