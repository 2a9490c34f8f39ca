package dev.kamkit.model.portfolio;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.ATTRIBUTE_KEY;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductTest {
  private static final IndicationId NSCLC = IndicationId.of("oncoxa-nsclc-1l");
  private static final IndicationId HCC = IndicationId.of("oncoxa-hcc");
  private static final LocalDate APPROVED = LocalDate.of(2022, 3, 15);

  private static Indication indication(IndicationId id, String... jurisdictions) {
    Indication.Builder indication = Indication.builder().id(id).name(id.value());
    for (String jurisdiction : jurisdictions) {
      indication.addApproval(
          IndicationApproval.builder().jurisdiction(jurisdiction).approvedOn(APPROVED).build());
    }
    return indication.build();
  }

  private static Product.Builder oncoxa() {
    return Product.builder()
        .id(ProductId.of("oncoxa"))
        .name("Oncoxa")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology");
  }

  @Test
  void isOursUnlessMarkedAsACompetitors() {
    assertFalse(oncoxa().build().competitor());
    assertTrue(oncoxa().competitor(true).build().competitor());
  }

  @Test
  void findsAnIndicationById() {
    Product product = oncoxa().addIndications(indication(NSCLC, "US"), indication(HCC)).build();
    assertEquals(HCC, product.indication(HCC).get().id());
    assertEquals(Optional.empty(), product.indication(IndicationId.of("oncoxa-crc")));
  }

  @Test
  void isApprovedInAJurisdictionIfAnyIndicationIs() {
    Product product = oncoxa().addIndications(indication(HCC), indication(NSCLC, "US")).build();
    assertTrue(product.isApprovedAnywhereIn("US", APPROVED));
    assertFalse(product.isApprovedAnywhereIn("US", APPROVED.minusDays(1)));
    assertFalse(product.isApprovedAnywhereIn("EU", APPROVED));
  }

  @Test
  void rejectsTwoIndicationsWithOneId() {
    assertSingleViolation(
        () -> oncoxa().addIndications(indication(NSCLC), indication(NSCLC, "US")).build(),
        DUPLICATE,
        at("indications", 1, NSCLC).field("id"),
        "oncoxa-nsclc-1l");
  }

  @Test
  void rejectsBlankTextFields() {
    assertSingleViolation(() -> oncoxa().name(" ").build(), BLANK, path("name"), "\" \"");
    assertSingleViolation(
        () -> oncoxa().therapeuticArea("").build(), BLANK, path("therapeuticArea"), "\"\"");
    assertSingleViolation(() -> oncoxa().ndc(" ").build(), BLANK, path("ndc"), "\" \"");
    assertSingleViolation(
        () -> oncoxa().deviceIdentifier("").build(), BLANK, path("deviceIdentifier"), "\"\"");
    assertSingleViolation(
        () -> oncoxa().putAttribute(" x", AttributeValue.flag(true)).build(),
        ATTRIBUTE_KEY,
        path("attributes").entry(" x"),
        "\" x\"");
  }
}
