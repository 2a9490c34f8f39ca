package dev.kamkit.model.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/**
 * The one source of randomness of the generators: a {@link SplittableRandom} with the draws they
 * need. Everything goes through it so a seed fixes every value.
 */
final class Rng {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private final SplittableRandom random;

  Rng(long seed) {
    this(new SplittableRandom(seed));
  }

  private Rng(SplittableRandom random) {
    this.random = random;
  }

  /**
   * A stream of its own for the part named {@code key} (its id): later additions to the model draw
   * from it, so the values generated before them stay what they were for every seed.
   */
  static Rng keyed(String key) {
    return new Rng(key.hashCode() * 0x9E3779B97F4A7C15L + key.length());
  }

  /** An independent stream, so one part's draws do not shift another part's values. */
  Rng split() {
    return new Rng(random.split());
  }

  long nextLong() {
    return random.nextLong();
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  int between(int min, int max) {
    return min >= max ? min : random.nextInt(min, max + 1);
  }

  /** Like {@link #between(int, int)} for longs. */
  long between(long min, long max) {
    return min >= max ? min : random.nextLong(min, max + 1);
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<? extends T> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("nothing to pick from");
    }
    return items.get(random.nextInt(items.size()));
  }

  <E extends Enum<E>> E pick(Class<E> type) {
    E[] values = type.getEnumConstants();
    return values[random.nextInt(values.length)];
  }

  /** Picks by weight: {@code weights[i]} is the relative chance of {@code items.get(i)}. */
  <T> T weighted(List<? extends T> items, int... weights) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int at = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      at -= weights[i];
      if (at < 0) {
        return items.get(i);
      }
    }
    throw new AssertionError("weights do not cover the draw");
  }

  /** Up to {@code n} distinct elements of {@code items}, in random order. */
  <T> List<T> sample(List<? extends T> items, int n) {
    List<T> copy = new ArrayList<>(items);
    int take = Math.min(n, copy.size());
    for (int i = 0; i < take; i++) {
      int j = random.nextInt(i, copy.size());
      T swap = copy.get(i);
      copy.set(i, copy.get(j));
      copy.set(j, swap);
    }
    return new ArrayList<>(copy.subList(0, take));
  }

  /** Between {@code min} and {@code max} distinct elements of {@code items}. */
  <T> List<T> sample(List<? extends T> items, int min, int max) {
    return sample(items, between(min, max));
  }

  /** Between {@code min} and {@code max} distinct values of an enum. */
  <E extends Enum<E>> Set<E> someOf(Class<E> type, int min, int max) {
    EnumSet<E> out = EnumSet.noneOf(type);
    out.addAll(sample(List.of(type.getEnumConstants()), min, max));
    return out;
  }

  /** The value with probability {@code p}, else empty. */
  <T> Optional<T> maybe(double p, Supplier<? extends T> value) {
    return chance(p) ? Optional.of(value.get()) : Optional.empty();
  }

  /** A day from {@code from} to {@code to}, both included. */
  LocalDate date(LocalDate from, LocalDate to) {
    long days = to.toEpochDay() - from.toEpochDay();
    return from.plusDays(between(0L, Math.max(days, 0L)));
  }

  /** {@code digits} upper-case hexadecimal digits. */
  String hex(int digits) {
    char[] out = new char[digits];
    for (int i = 0; i < digits; i++) {
      out[i] = HEX[random.nextInt(16)];
    }
    return new String(out);
  }

  /** {@code digits} decimal digits, leading zeros allowed. */
  String digits(int digits) {
    char[] out = new char[digits];
    for (int i = 0; i < digits; i++) {
      out[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(out);
  }
}
