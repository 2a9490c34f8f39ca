package dev.kamkit.rules.compliance.efpia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ExchangeRate;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.PackFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Properties over generated accounts (fixed seeds): the order of transfers never matters, the pack
 * is deterministic, aggregate shares and named shares sum to 100 % and recipient counts match the
 * named rows.
 */
class EfpiaPropertiesTest {
  private static final LocalDate AS_OF = SeedAccounts.AS_OF;

  private static final EfpiaPack PACK =
      EfpiaPack.of(
          EfpiaPolicy.builder()
              .putDisclosureCurrency("GB", Currency.getInstance("GBP"))
              .putDisclosureCurrency("SE", Currency.getInstance("SEK"))
              .putDisclosureCurrency("DE", Currency.getInstance("EUR"))
              .putDisclosureCurrency("FR", Currency.getInstance("EUR"))
              .putDisclosureCurrency("ES", Currency.getInstance("EUR"))
              .putDisclosureCurrency("IT", Currency.getInstance("EUR"))
              .putDisclosureCurrency("NL", Currency.getInstance("EUR"))
              .mealsDisclosed(true)
              .build());

  @Test
  void theOrderOfTransfersNeverChangesTheResult() {
    qt().withFixedSeed(6L)
        .withExamples(60)
        .forAll(
            PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE),
            integers().between(0, 50))
        .checkAssert(
            (account, rotation) -> {
              List<TransferOfValue> shuffled = new ArrayList<>(account.transfersOfValue());
              Collections.reverse(shuffled);
              Collections.rotate(shuffled, rotation);
              KeyAccount other = account.withTransfersOfValue(shuffled);
              assertEquals(PACK.check(account, AS_OF), PACK.check(other, AS_OF));
              assertEquals(PACK.disclosures(account, AS_OF), PACK.disclosures(other, AS_OF));
              assertEquals(PACK.check(account, AS_OF), PACK.check(account, AS_OF));
            });
  }

  @Test
  void sharesSumTo100AndCountsMatchTheNamedRows() {
    AtomicInteger aggregateRows = new AtomicInteger();
    AtomicInteger namedRows = new AtomicInteger();
    qt().withFixedSeed(7L)
        .withExamples(80)
        .forAll(PackFacts.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              for (EfpiaDisclosure d : PACK.disclosures(account, AS_OF)) {
                namedRows.addAndGet(d.individuals().size());
                aggregateRows.addAndGet(d.aggregates().size());
                for (AggregateDisclosure row : d.aggregates()) {
                  assertEquals(
                      new BigDecimal("100.00"), row.share().add(row.namedShare()), row.toString());
                  long named =
                      d.individuals().stream()
                          .filter(
                              r ->
                                  r.type() == RecipientType.HCP
                                      && r.amounts().containsKey(row.category()))
                          .count();
                  assertEquals(row.allRecipients(), named + row.recipients(), d.toString());
                  assertTrue(row.amount().isPositive());
                }
                Money sum = Money.zero(d.currency());
                for (IndividualDisclosure r : d.individuals()) {
                  sum = sum.plus(r.total());
                }
                for (AggregateDisclosure r : d.aggregates()) {
                  sum = sum.plus(r.amount());
                }
                assertEquals(d.total(), d.researchAndDevelopment().map(sum::plus).orElse(sum));
              }
            });
    // the generators must reach both kinds of row, or the property proves nothing
    assertTrue(aggregateRows.get() > 20, "aggregate rows: " + aggregateRows);
    assertTrue(namedRows.get() > 20, "named rows: " + namedRows);
  }

  @Test
  void everyFindingIsInTheCatalogueAndNamesTheAccount() {
    qt().withFixedSeed(8L)
        .withExamples(40)
        .forAll(PackFacts.keyAccounts())
        .checkAssert(
            account -> {
              for (Finding f : PACK.check(account, AS_OF)) {
                assertTrue(EfpiaRules.ALL.stream().anyMatch(r -> r.id().equals(f.ruleId())));
                assertEquals(account.id(), f.account());
              }
            });
  }

  @Test
  void convertingAtARateNeverLosesMoreThanHalfAMinorUnit() {
    qt().withFixedSeed(9L)
        .withExamples(200)
        .forAll(integers().between(1, 10_000_000), integers().between(1, 50_000))
        .checkAssert(
            (cents, rateTenThousandths) -> {
              Money amount = Money.of(BigDecimal.valueOf(cents, 2), Currency.getInstance("USD"));
              BigDecimal rate = BigDecimal.valueOf(rateTenThousandths, 4);
              LocalDate day = LocalDate.of(2025, 5, 5);
              Money eur =
                  ExchangeRate.convert(
                          amount,
                          Currency.getInstance("EUR"),
                          day,
                          List.of(
                              new ExchangeRate(
                                  amount.currency(), Currency.getInstance("EUR"), day, rate)),
                          java.math.RoundingMode.HALF_UP)
                      .orElseThrow();
              BigDecimal exact = amount.amount().multiply(rate);
              assertTrue(
                  eur.amount().subtract(exact).abs().compareTo(new BigDecimal("0.005")) <= 0);
            });
  }
}
