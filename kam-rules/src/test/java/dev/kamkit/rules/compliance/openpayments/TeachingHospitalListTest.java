package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.base.InvalidModelException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One program year's CMS teaching hospital list, each hospital once. */
class TeachingHospitalListTest {

  @Test
  void aHospitalListedTwiceIsRefused() {
    TeachingHospital umc = new TeachingHospital(OpFixture.HOSPITAL, "050454", "UMC");
    assertThrows(
        InvalidModelException.class, () -> new TeachingHospitalList(2025, List.of(umc, umc)));
    assertEquals(
        Optional.of(umc),
        new TeachingHospitalList(2025, List.of(umc)).hospital(OpFixture.HOSPITAL));
  }
}
