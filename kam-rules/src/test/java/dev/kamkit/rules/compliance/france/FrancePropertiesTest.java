package dev.kamkit.rules.compliance.france;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.EuFixture;
import dev.kamkit.rules.compliance.ExchangeRate;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Properties of the France pack (fixed seeds): order never matters, the result is deterministic,
 * and authorising every transfer clears every authorisation and négligeable finding.
 */
class FrancePropertiesTest {
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;
  private static final FrancePack PACK = FrancePack.of(policy());

  private static FrancePolicy policy() {
    FrancePolicy.Builder b = FrancePolicy.builder().publicationTest(PublicationTest.ABOVE);
    for (int year = 2023; year <= 2026; year++) {
      for (String currency : List.of("USD", "GBP", "CAD", "SEK")) {
        b.addRate(ExchangeRate.of(currency, "EUR", LocalDate.of(year, 1, 1), "0.9"));
      }
    }
    return b.build();
  }

  /** A 2025 transfer from one seed: any kind, up to 300.00 EUR, sometimes grouped by event. */
  private static TransferOfValue transfer(int index, int seed, boolean authorised) {
    List<String> kinds = FrenchKind.codes();
    String kind = kinds.get(seed % kinds.size());
    String cents = BigDecimal.valueOf(1 + (seed / 16) % 30_000L, 2).toPlainString();
    LocalDate day = LocalDate.of(2025, 1, 1).plusDays((seed / 500_000) % 365);
    TransferOfValue.Builder t =
        EuFixture.tov("t" + index, day.toString(), cents + " EUR", NatureOfPayment.GIFT)
            .recipient(StakeholderId.of(seed % 3 == 0 ? "h1" : "h2"))
            .addFact(Fact.of(FranceFacts.KIND, FrenchKind.ofCode(kind).orElseThrow()))
            .addFact(Fact.of(FranceFacts.UNITS, Long.parseLong(String.valueOf(1 + seed % 3))))
            .addFact(Fact.of(FranceFacts.HOURS, new BigDecimal(String.valueOf(1 + seed % 5))));
    if (seed % 2 == 0) {
      t.addFact(Fact.of(FranceFacts.EVENT, "E" + seed % 4));
      t.addFact(Fact.of(FranceFacts.CONVENTION, "C" + seed % 4));
    }
    if (authorised) {
      t.addFact(Fact.of(FranceFacts.AUTHORISATION, "A-" + index));
    }
    return t.build();
  }

  private static KeyAccount account(List<Integer> seeds, boolean authorised) {
    EuFixture f = EuFixture.in("FR").hcp("h1").hcp("h2", Optional.empty());
    for (int i = 0; i < seeds.size(); i++) {
      f.transfer(TransferOfValue.builder().from(transfer(i, seeds.get(i), authorised)));
    }
    return f.build();
  }

  @Test
  void theOrderOfTransfersNeverChangesTheFindings() {
    qt().withFixedSeed(11L)
        .withExamples(150)
        .forAll(
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 14),
            integers().between(0, 13))
        .checkAssert(
            (seeds, rotation) -> {
              KeyAccount account = account(seeds, false);
              List<TransferOfValue> shuffled = new ArrayList<>(account.transfersOfValue());
              Collections.reverse(shuffled);
              Collections.rotate(shuffled, rotation);
              assertEquals(
                  PACK.check(account, AS_OF),
                  PACK.check(account.withTransfersOfValue(shuffled), AS_OF));
              assertEquals(PACK.check(account, AS_OF), PACK.check(account, AS_OF));
            });
  }

  @Test
  void authorisingEveryTransferClearsTheAntiGiftFindings() {
    qt().withFixedSeed(12L)
        .withExamples(150)
        .forAll(lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 14))
        .checkAssert(
            seeds -> {
              for (Finding f : PACK.check(account(seeds, true), AS_OF)) {
                assertTrue(
                    !f.ruleId().equals(FranceRules.AUTHORISATION_MISSING.id())
                        && !f.ruleId().equals(FranceRules.NOT_NEGLIGIBLE.id()),
                    f.toString());
              }
            });
  }

  @Test
  void generatedFrenchAccountsGiveOrderFreeCataloguedFindings() {
    qt().withFixedSeed(13L)
        .withExamples(50)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            generated -> {
              KeyAccount account =
                  generated.withAccount(generated.account().withCountry(FrancePack.COUNTRY));
              List<TransferOfValue> reversed = new ArrayList<>(account.transfersOfValue());
              Collections.reverse(reversed);
              List<Finding> findings = PACK.check(account, AS_OF);
              assertEquals(findings, PACK.check(account.withTransfersOfValue(reversed), AS_OF));
              for (Finding f : findings) {
                assertTrue(FranceRules.ALL.stream().anyMatch(r -> r.id().equals(f.ruleId())));
              }
            });
  }
}
