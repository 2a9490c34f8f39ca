package dev.kamkit.rules.tiering;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.Rating;
import dev.kamkit.rules.fixtures.AccountFixture;
import dev.kamkit.rules.fixtures.Shuffled;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Properties of tiering: stable, monotone in potential, independent of order. */
class TieringPropertiesTest {
  private static final TieringPolicy POLICY = TieringPolicy.defaults();
  private static final List<Factor> VALUE =
      List.of(
          Factor.PATIENT_POPULATION,
          Factor.UNMET_NEED,
          Factor.DIFFERENTIATION,
          Factor.GROWTH_OPPORTUNITY);

  @Test
  void aPriorityThatMovesLessThanTheBandNeverChangesTheTierItSet() {
    // priorities in hundredths, 0.00 .. 100.00; moves under 5 points
    qt().withFixedSeed(1L)
        .withExamples(1_000)
        .forAll(integers().between(0, 10_000), integers().between(-499, 499))
        .checkAssert(
            (p, move) -> {
              BigDecimal before = BigDecimal.valueOf(p, 2);
              BigDecimal after = BigDecimal.valueOf(Math.max(0, Math.min(10_000, p + move)), 2);
              AccountTier set = CutOffs.tier(before, Optional.empty(), POLICY);
              assertEquals(
                  set, CutOffs.tier(after, Optional.of(set), POLICY), before + " -> " + after);
            });
  }

  @Test
  void aHigherPriorityNeverGivesALowerTier() {
    qt().withFixedSeed(2L)
        .withExamples(1_000)
        .forAll(
            integers().between(0, 10_000), integers().between(0, 2_000), integers().between(0, 3))
        .checkAssert(
            (p, up, prev) -> {
              Optional<AccountTier> previous =
                  prev == 3 ? Optional.empty() : Optional.of(AccountTier.values()[prev]);
              AccountTier low = CutOffs.tier(BigDecimal.valueOf(p, 2), previous, POLICY);
              AccountTier high = CutOffs.tier(BigDecimal.valueOf(p + up, 2), previous, POLICY);
              assertTrue(high.compareTo(low) <= 0, p + " +" + up + ": " + low + " -> " + high);
            });
  }

  @Test
  void raisingAValueRatingNeverLowersTheTier() {
    KeyAccount account = AccountFixture.hospital("a", "A", 300).build();
    qt().withFixedSeed(3L)
        .withExamples(200)
        .forAll(lists().of(integers().between(1, 5)).ofSize(4), integers().between(0, 3))
        .checkAssert(
            (ratings, which) -> {
              EngagementInputs before = EngagementInputs.none();
              for (int i = 0; i < 4; i++) {
                before = before.withRating(VALUE.get(i), Rating.values()[ratings.get(i) - 1]);
              }
              EngagementInputs after =
                  before.withRating(
                      VALUE.get(which), before.rating(VALUE.get(which)).orElseThrow().raised());
              Tiering tiering = Tiering.withDefaults();
              AccountTier was = tiering.tier(account, before, AS_OF).tier().orElseThrow();
              AccountTier now = tiering.tier(account, after, AS_OF).tier().orElseThrow();
              assertTrue(now.compareTo(was) <= 0, was + " -> " + now);
            });
  }

  @Test
  void tieringAPortfolioDoesNotDependOnTheOrderOfItsAccounts() {
    qt().withFixedSeed(4L)
        .withExamples(30)
        .forAll(lists().of(integers().between(1, 5)).ofSizeBetween(1, 12), integers().all())
        .checkAssert(
            (ratings, seed) -> {
              List<KeyAccount> accounts = new ArrayList<>();
              Map<AccountId, EngagementInputs> inputs = new HashMap<>();
              for (int i = 0; i < ratings.size(); i++) {
                KeyAccount a = AccountFixture.hospital("h" + i, "H" + i, 300).build();
                Rating r = Rating.values()[ratings.get(i) - 1];
                accounts.add(a);
                inputs.put(
                    a.id(), EngagementInputs.builder().unmetNeed(r).differentiation(r).build());
              }
              Tiering tiering = Tiering.withDefaults();
              assertEquals(
                  tiering.tierAll(Portfolio.builder().accounts(accounts).build(), inputs, AS_OF),
                  tiering.tierAll(
                      Portfolio.builder()
                          .accounts(Shuffled.list(accounts, new Random(seed)))
                          .build(),
                      inputs,
                      AS_OF));
            });
  }
}
