package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The statutory exclusions by their fact code, as a host maps a CRM picklist onto them. */
class StatutoryExclusionTest {
  @Test
  void eachExclusionIsFoundByItsCodeIgnoringCaseAndOuterSpace() {
    for (StatutoryExclusion e : StatutoryExclusion.values()) {
      assertEquals(Optional.of(e), StatutoryExclusion.ofCode(e.code()), e.name());
      assertEquals(
          Optional.of(e), StatutoryExclusion.ofCode("  " + e.code().toUpperCase() + " "), e.name());
      assertEquals(e.name().toLowerCase().replace('_', '-'), e.code());
    }
    assertEquals("product-sample", StatutoryExclusion.PRODUCT_SAMPLE.code());
    assertEquals(Optional.empty(), StatutoryExclusion.ofCode("sample"));
  }
}
