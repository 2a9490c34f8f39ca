package dev.kamkit.model.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FormOfPaymentTest {

  @Test
  void everyFormHasItsOwnCmsText() {
    assertEquals(
        FormOfPayment.values().length,
        Arrays.stream(FormOfPayment.values()).map(FormOfPayment::cmsName).distinct().count());
  }

  @Test
  void usesTheTextCmsPublishes() {
    assertEquals("In-kind items and services", FormOfPayment.IN_KIND_ITEMS_AND_SERVICES.cmsName());
    assertEquals("Cash or cash equivalent", FormOfPayment.CASH_OR_CASH_EQUIVALENT.cmsName());
  }
}
