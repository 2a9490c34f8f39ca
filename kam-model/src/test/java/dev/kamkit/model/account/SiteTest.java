package dev.kamkit.model.account;

import static dev.kamkit.model.base.ModelAssertions.assertSingleViolation;
import static dev.kamkit.model.base.ModelAssertions.path;
import static dev.kamkit.model.base.ModelCheck.at;
import static dev.kamkit.model.base.ModelCode.BLANK;
import static dev.kamkit.model.base.ModelCode.DUPLICATE;
import static dev.kamkit.model.base.ModelCode.NEGATIVE;
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
    assertSingleViolation(() -> memorial().beds(-640).build(), NEGATIVE, path("beds"), "-640");
  }

  @Test
  void rejectsABlankNameOrRegion() {
    assertSingleViolation(() -> memorial().name("").build(), BLANK, path("name"), "\"\"");
    assertSingleViolation(() -> memorial().region(" ").build(), BLANK, path("region"), "\" \"");
  }

  @Test
  void rejectsTwoUnitsWithOneId() {
    assertSingleViolation(
        () -> memorial().addClinicalUnits(unit("onc"), unit("onc")).build(),
        DUPLICATE,
        at("clinicalUnits", 1, ClinicalUnitId.of("onc")).field("id"),
        "onc");
  }
}
