package dev.kamkit.model.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NatureOfPaymentTest {

  @Test
  void everyNatureHasItsOwnCmsText() {
    Set<String> names =
        Arrays.stream(NatureOfPayment.values())
            .map(NatureOfPayment::cmsName)
            .collect(Collectors.toSet());
    assertEquals(NatureOfPayment.values().length, names.size());
  }

  @Test
  void usesTheTextCmsPublishes() {
    assertEquals("Food and Beverage", NatureOfPayment.FOOD_AND_BEVERAGE.cmsName());
    assertEquals("Travel and Lodging", NatureOfPayment.TRAVEL_AND_LODGING.cmsName());
    assertEquals(
        "Space rental or facility fees (teaching hospital only)",
        NatureOfPayment.SPACE_RENTAL_OR_FACILITY_FEES.cmsName());
  }
}
