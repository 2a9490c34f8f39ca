package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.portfolio.ProductKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The pack reads its typed facts; a host's own attributes are not its business, and an attribute
 * under one of its fact names, as earlier releases read it, is a problem naming where the fact
 * belongs now.
 */
class FactsReaderTest {
  private static TransferOfValue.Builder transfer() {
    return OpFixture.tov("t1", "2025-05-01", "10.00 USD").recipient(StakeholderId.of("p"));
  }

  @Test
  void aTransferWithoutFactsOrAttributesHasTheSharedEmptyFacts() {
    assertSame(TransferFacts.NONE, FactsReader.transfer(transfer().build()));
    TransferFacts foreign =
        FactsReader.transfer(
            transfer().putAttribute("crm.Target__c", AttributeValue.flag(true)).build());
    assertEquals(List.of(), foreign.problems());
    assertEquals(Optional.empty(), foreign.manufacturer());
  }

  @Test
  void aProductWithoutPackAttributesHasNoProblems() {
    assertEquals(
        List.of(),
        FactsReader.product(
            OpFixture.product("p1", ProductKind.DRUG)
                .putAttribute("crm.Target__c", AttributeValue.flag(true))
                .build()));
  }

  @Test
  void aProductKeyOfAnEarlierReleaseSaysWhichFieldHoldsItsFactNow() {
    assertEquals(
        List.of(
            Message.of(
                ModelCode.ATTRIBUTE_MOVED,
                Arg.text("openpayments.coveredProduct"),
                Arg.text("coverage")),
            Message.of(
                ModelCode.ATTRIBUTE_MOVED,
                Arg.text("openpayments.deviceIdentifier"),
                Arg.text("deviceIdentifier")),
            Message.of(
                OpenPaymentsCode.ATTRIBUTE_PRODUCT_KEY_UNKNOWN, Arg.text("openpayments.other"))),
        FactsReader.product(
            OpFixture.product("p1", ProductKind.DEVICE)
                .putAttribute("openpayments.deviceIdentifier", AttributeValue.text("0081234"))
                .putAttribute("crm.Target__c", AttributeValue.flag(true))
                .putAttribute("openpayments.coveredProduct", AttributeValue.flag(true))
                .putAttribute("openpayments.other", AttributeValue.flag(true))
                .build()));
  }

  @Test
  void aTransferAttributeUnderAFactNameIsMovedAndNotRead() {
    TransferFacts facts =
        FactsReader.transfer(
            transfer()
                .putAttribute("openpayments.manufacturer", AttributeValue.text("Acme"))
                .putAttribute("openpayments.zeta", AttributeValue.flag(true))
                .build());
    assertEquals(Optional.empty(), facts.manufacturer());
    assertEquals(
        List.of(
            Message.of(
                ModelCode.ATTRIBUTE_MOVED,
                Arg.text("openpayments.manufacturer"),
                Arg.text("facts[\"openpayments.manufacturer\"]")),
            Message.of(
                ModelCode.FACT_UNKNOWN,
                Arg.text("openpayments.zeta"),
                Arg.list(
                    OpenPaymentsFacts.TRANSFER_KEYS.stream()
                        .map(k -> Arg.text(k.name()))
                        .toList()))),
        facts.problems());
  }

  @Test
  void typedFactsAreReadAmongForeignAttributes() {
    TransferFacts facts =
        FactsReader.transfer(
            transfer()
                .putAttribute("crm.Target__c", AttributeValue.flag(true))
                .addFact(Fact.of(OpenPaymentsFacts.MANUFACTURER, "Acme"))
                .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, 60L))
                .build());
    assertEquals(Optional.of("Acme"), facts.manufacturer());
    assertEquals(Optional.of(60L), facts.deviceLoanDays());
    assertEquals(List.of(), facts.problems());
  }
}
