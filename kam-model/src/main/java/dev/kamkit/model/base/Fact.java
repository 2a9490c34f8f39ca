package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.Optional;

/**
 * One typed fact a rule pack reads: a {@link FactKey} and its value, for example {@code
 * Fact.of(FranceFacts.KIND, FrenchKind.IMPROMPTU_MEAL)}. The model types that carry pack facts
 * (transfers of value, stakeholders, accounts) hold a set of them in {@code facts()}, at most one
 * per key name; a host's own CRM fields stay in {@code attributes()}.
 *
 * @param key the key
 * @param value its value, of the key's type and within its range
 * @param <T> the type of the value
 */
public record Fact<T>(FactKey<T> key, T value) {

  /**
   * Makes a fact.
   *
   * @throws InvalidModelException if {@code value} is outside the key's range (blank text, days or
   *     a count below 1, a number or amount not above zero)
   */
  public Fact {
    requireNonNull(key, "key");
    value = key.check(value);
  }

  /** The fact of {@code key} with {@code value}. */
  public static <T> Fact<T> of(FactKey<T> key, T value) {
    return new Fact<>(key, value);
  }

  /** The value {@code facts} hold for {@code key}; empty when none does. */
  public static <T> Optional<T> find(Collection<Fact<?>> facts, FactKey<T> key) {
    if (facts.isEmpty()) {
      return Optional.empty(); // nearly every record: spare the iterator
    }
    for (Fact<?> f : facts) {
      if (f.key().equals(key)) {
        return Optional.of(key.valueType().cast(f.value()));
      }
    }
    return Optional.empty();
  }

  /** The fact of the key named {@code name} in {@code facts}, if any. */
  public static Optional<Fact<?>> named(Collection<Fact<?>> facts, String name) {
    for (Fact<?> f : facts) {
      if (f.key().name().equals(name)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
