package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.LinkedHashMap;
import java.util.List;
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
  void aProductWithoutPackAttributesHasNoProblems() {
    assertEquals(List.of(), AttributeReader.product(FOREIGN));
  }

  @Test
  void aProductKeyOfAnEarlierReleaseSaysWhichFieldHoldsItsFactNow() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("openpayments.deviceIdentifier", AttributeValue.text("00812345678901"));
    attributes.put("crm.Target__c", AttributeValue.flag(true));
    attributes.put("openpayments.coveredProduct", AttributeValue.flag(true));
    assertEquals(
        List.of(
            Message.of(
                OpenPaymentsCode.ATTRIBUTE_MOVED,
                Arg.text("openpayments.coveredProduct"),
                Arg.text("coverage")),
            Message.of(
                OpenPaymentsCode.ATTRIBUTE_MOVED,
                Arg.text("openpayments.deviceIdentifier"),
                Arg.text("deviceIdentifier"))),
        AttributeReader.product(attributes));
  }

  @Test
  void unknownPackKeysAreReportedInKeyOrder() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("openpayments.zeta", AttributeValue.flag(true));
    attributes.put("openpayments.alpha", AttributeValue.flag(true));
    List<Message> problems = AttributeReader.transfer(attributes).problems();
    assertEquals(
        List.of(Arg.text("openpayments.alpha"), Arg.text("openpayments.zeta")),
        List.of(problems.get(0).args().get(0), problems.get(1).args().get(0)));
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
