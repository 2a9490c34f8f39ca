package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.SiteId;
import org.junit.jupiter.api.Test;

class SiteTest {

  private static Site.Builder memorial() {
    return Site.builder()
        .id(SiteId.of("memorial"))
        .name("Riverside Memorial Hospital")
        .kind(SiteKind.HOSPITAL);
  }

  private static ClinicalUnit unit(String id) {
    return ClinicalUnit.builder().id(ClinicalUnitId.of(id)).name(id).build();
  }

  @Test
  void keepsItsClinicalUnitsInOrder() {
    Site site = memorial().addClinicalUnits(unit("onc"), unit("card")).build();
    assertEquals(
        "onc,card",
        String.join(",", site.clinicalUnits().stream().map(u -> u.id().value()).toList()));
  }

  @Test
  void rejectsNegativeBeds() {
    assertSingleViolation(() -> memorial().beds(-640).build(), "beds", "-640");
  }

  @Test
  void rejectsABlankNameOrRegion() {
    assertSingleViolation(() -> memorial().name("").build(), "name", "\"\"");
    assertSingleViolation(() -> memorial().region(" ").build(), "region", "\" \"");
  }

  @Test
  void rejectsTwoUnitsWithOneId() {
    assertSingleViolation(
        () -> memorial().addClinicalUnits(unit("onc"), unit("onc")).build(),
        "clinicalUnits.id",
        "onc");
  }
}
