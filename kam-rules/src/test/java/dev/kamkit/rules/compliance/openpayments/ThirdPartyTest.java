package dev.kamkit.rules.compliance.openpayments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.rules.compliance.Finding;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A payment a covered recipient directs to a third party: the entity is named, in at most 50
 * characters (CMS, "General Payments Data Dictionary"); an individual third party is not named on
 * the record, so nothing is asked of it.
 */
class ThirdPartyTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static List<String> thirdPartyFindings(ThirdPartyRecipient third, String amount) {
    KeyAccount account = OpFixture.directedFee(third, amount);
    List<Finding> findings = OpenPaymentsPack.withDefaults().check(account, AS_OF);
    return findings.stream()
        .map(Finding::ruleId)
        .filter(id -> id.startsWith("openpayments.record.third-party"))
        .toList();
  }

  private static ThirdPartyRecipient entity(String name) {
    return ThirdPartyRecipient.builder().kind(ThirdPartyKind.ENTITY).name(name).build();
  }

  @Test
  void aNameOfFiftyCharactersFitsAndFiftyOneDoNot() {
    assertEquals(List.of(), thirdPartyFindings(entity("x".repeat(50)), "2500.00"));
    assertEquals(
        List.of(OpenPaymentsRules.THIRD_PARTY_NAME_TOO_LONG.id()),
        thirdPartyFindings(entity("x".repeat(51)), "2500.00"));
  }

  @Test
  void anIndividualNeedsNoEntityName() {
    ThirdPartyRecipient individual =
        ThirdPartyRecipient.builder().kind(ThirdPartyKind.INDIVIDUAL).build();
    assertEquals(List.of(), thirdPartyFindings(individual, "2500.00"));
  }

  @Test
  void anUnnamedEntityIsFoundOnEveryTransferThatMayNeedARecord() {
    ThirdPartyRecipient unnamed = ThirdPartyRecipient.builder().kind(ThirdPartyKind.ENTITY).build();
    assertEquals(
        List.of(OpenPaymentsRules.THIRD_PARTY_NAME_MISSING.id()),
        thirdPartyFindings(unnamed, "2500.00"));
    // a small payment to the one physician still may become reportable with the aggregate
    assertEquals(
        List.of(OpenPaymentsRules.THIRD_PARTY_NAME_MISSING.id()),
        thirdPartyFindings(unnamed, "5.00"));
  }
}
