package dev.kamkit.rules.tiering;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.Rating;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Golden renderings that pin tiering's words in English, German and French: an account kept at tier
 * 1 by hysteresis. The tiers' names come from the model's bundle and are looked up.
 */
class TieringWordsTest {
  private static final TierResult KEPT;

  static {
    KeyAccount wasTier1 =
        AccountFixture.hospital("a", "Hospital A", 300)
            .account(x -> x.tier(AccountTier.TIER_1))
            .build();
    EngagementInputs justBelow =
        EngagementInputs.builder()
            .patientPopulation(Rating.HIGH)
            .unmetNeed(Rating.HIGH)
            .differentiation(Rating.MEDIUM)
            .build();
    KEPT = Tiering.withDefaults().tier(wasTier1, justBelow, AS_OF);
  }

  private static String tier1(Locale l) {
    return Messages.in(l).name(AccountTier.TIER_1);
  }

  @Test
  void inEnglish() {
    assertEquals(
        "Hospital A (a): tier 1, priority 66.7 / 100 as of 2026-11-22 [policy kamkit-tiering-1]\n"
            + "  [STRENGTH] Priority 66.7: tier 2 from 40.0, below tier 1's 70.0; potential value"
            + " 66.7\n"
            + "  [STRENGTH] Kept at tier 1: the priority is within 5.0 points of the cut-off, so"
            + " the tier does not flip",
        KEPT.explain());
  }

  @Test
  void inGerman() {
    assertEquals(
        "Hospital A (a): "
            + tier1(Locale.GERMAN)
            + ", Priorität 66,7 / 100, Stand 22.11.2026 [Richtlinie kamkit-tiering-1]\n"
            + "  [STÄRKE] Priorität 66,7: Tier 2 ab 40,0, unter der Schwelle von Tier 1 (70,0);"
            + " Potenzialwert 66,7\n"
            + "  [STÄRKE] Bleibt bei "
            + tier1(Locale.GERMAN)
            + ": Die Priorität liegt innerhalb von 5,0 Punkten um die Schwelle, daher wechselt"
            + " das Tier nicht",
        KEPT.explain(Locale.GERMAN));
  }

  @Test
  void inFrench() {
    assertEquals(
        "Hospital A (a) : "
            + tier1(Locale.FRENCH)
            + ", priorité 66,7 / 100 au 22/11/2026 [règles kamkit-tiering-1]\n"
            + "  [ATOUT] Priorité 66,7 : tier 2 à partir de 40,0, sous le seuil du tier 1 (70,0)"
            + " ; valeur potentielle 66,7\n"
            + "  [ATOUT] Maintenu en "
            + tier1(Locale.FRENCH)
            + " : la priorité est à moins de 5,0 points du seuil, le tier ne bascule donc pas",
        KEPT.explain(Locale.FRENCH));
  }
}
