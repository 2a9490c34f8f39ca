package dev.kamkit.rules.compliance.uk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackFacts;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the UK pack over generated accounts moved to the UK (fixed seeds). */
class UkPropertiesTest {
  private static final UkPack PACK =
      UkPack.of(UkPolicy.builder().submissionDay(MonthDay.of(3, 31)).build());

  @Test
  void orderFreeDeterministicAndCatalogued() {
    qt().withFixedSeed(21L)
        .withExamples(60)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            generated -> {
              KeyAccount account =
                  generated.withAccount(generated.account().withCountry(UkPack.COUNTRY));
              List<TransferOfValue> reversed = new ArrayList<>(account.transfersOfValue());
              Collections.reverse(reversed);
              List<Finding> findings = PACK.check(account, SeedAccounts.AS_OF);
              assertEquals(
                  findings, PACK.check(account.withTransfersOfValue(reversed), SeedAccounts.AS_OF));
              assertEquals(findings, PACK.check(account, SeedAccounts.AS_OF));
              for (Finding f : findings) {
                assertTrue(UkRules.ALL.stream().anyMatch(r -> r.id().equals(f.ruleId())));
              }
              // an HCO transfer never asks for a lawful basis
              for (Finding f : findings) {
                if (f.ruleId().startsWith("uk.lawful-basis")) {
                  assertTrue(
                      account
                          .stakeholder((dev.kamkit.model.id.StakeholderId) f.subjects().get(0))
                          .isPresent());
                }
              }
            });
  }
}
