package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kamkit.model.base.AttributeValue;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Attributes without the pack's prefix are another pack's business: they are not even read, so the
 * facts every such transfer or product shares are the empty ones.
 */
class AttributeReaderTest {
  private static final Map<String, AttributeValue> FOREIGN =
      Map.of("crm.Target__c", AttributeValue.flag(true));

  @Test
  void aTransferWithoutPackAttributesHasTheSharedEmptyFacts() {
    assertSame(TransferFacts.NONE, AttributeReader.transfer(FOREIGN));
    assertSame(TransferFacts.NONE, AttributeReader.transfer(Map.of()));
  }

  @Test
  void aProductWithoutPackAttributesHasTheSharedEmptyFacts() {
    assertSame(ProductFacts.NONE, AttributeReader.product(FOREIGN));
  }

  @Test
  void onePackKeyAmongForeignOnesIsRead() {
    TransferFacts facts =
        AttributeReader.transfer(
            Map.of(
                "crm.Target__c",
                AttributeValue.flag(true),
                OpenPaymentsAttributes.MANUFACTURER,
                AttributeValue.text("Acme")));
    assertEquals(Optional.of("Acme"), facts.manufacturer());
    assertEquals(0, facts.problems().size());
  }
}
