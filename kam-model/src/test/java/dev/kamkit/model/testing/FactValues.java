package dev.kamkit.model.testing;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Typed facts for the keys a generator was given: each key present about two times in three, with a
 * value of its kind and within its range, so the record still builds and reads back.
 */
final class FactValues {
  private static final List<String> TEXTS =
      List.of("CNOM-2026-00123", "ASCO Annual Meeting", "Contract 2026/07", "per SOP 12", "Ré-ü 7");

  private FactValues() {}

  /**
   * Facts for {@code keys} on the record {@code id} of the scene: drawn from the record's own
   * stream, so the values generated without facts stay what they were for every seed.
   */
  static List<Fact<?>> draw(Scene scene, List<FactKey<?>> keys, String id) {
    if (keys.isEmpty()) {
      return List.of();
    }
    Rng rng = Rng.keyed(id + "/facts");
    List<Fact<?>> facts = new ArrayList<>();
    if (rng.chance(0.25)) {
      return facts;
    }
    for (FactKey<?> key : keys) {
      if (rng.chance(0.65)) {
        facts.add(fact(rng, scene, key));
      }
    }
    return facts;
  }

  private static <T> Fact<T> fact(Rng rng, Scene scene, FactKey<T> key) {
    Object value =
        switch (key.kind()) {
          case CODE -> rng.pick(key.values());
          case TEXT -> rng.pick(TEXTS);
          case FLAG -> rng.chance(0.5);
          case DAYS -> rng.between(1L, 120L);
          case COUNT -> rng.between(1L, 6L);
          case POSITIVE_NUMBER -> BigDecimal.valueOf(rng.between(1L, 80L), 1);
          case MONEY -> Amounts.between(rng, scene.country.currency(), 1, 5_000);
          case DATE -> rng.date(scene.today.minusYears(1), scene.today);
        };
    return Fact.of(key, key.valueType().cast(value));
  }
}
