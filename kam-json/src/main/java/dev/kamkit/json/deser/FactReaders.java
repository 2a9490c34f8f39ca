package dev.kamkit.json.deser;

import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactCode;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.Money;
import dev.kamkit.rules.compliance.efpia.EfpiaFacts;
import dev.kamkit.rules.compliance.france.FranceFacts;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsFacts;
import dev.kamkit.rules.compliance.states.UsStatesFacts;
import dev.kamkit.rules.compliance.uk.UkFacts;
import dev.kamkit.rules.engagement.Factor;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * Reads and writes the {@code facts} property (format 1.4): the typed facts the rule packs declare,
 * by name, each value of its key's kind (an enum code as text, text, a flag, whole days or a count
 * as an integer, a positive number as a decimal string, money as a money object, a date). A name no
 * pack declares for that kind of record is an unknown property at {@code /facts/<name>}.
 */
final class FactReaders {
  private FactReaders() {}

  /** The facts a transfer of value may carry: Open Payments, the US states, EFPIA and France. */
  static final List<FactKey<?>> TRANSFER =
      concat(
          List.of(
              OpenPaymentsFacts.TRANSFER_KEYS,
              UsStatesFacts.KEYS,
              EfpiaFacts.TRANSFER_KEYS,
              FranceFacts.TRANSFER_KEYS));

  /** The facts a stakeholder may carry: the UK pack's. */
  static final List<FactKey<?>> STAKEHOLDER = UkFacts.STAKEHOLDER_KEYS;

  /** The facts an account may carry: the host's ratings of the engagement factors. */
  static final List<FactKey<?>> ACCOUNT = Factor.facts();

  private static List<FactKey<?>> concat(List<List<FactKey<?>>> lists) {
    List<FactKey<?>> all = new ArrayList<>();
    for (List<FactKey<?>> l : lists) {
      all.addAll(l);
    }
    return List.copyOf(all);
  }

  /** The {@code facts} property of a record whose facts are {@code keys}. */
  static Conv<Set<Fact<?>>> of(List<FactKey<?>> keys) {
    List<String> names = new ArrayList<>();
    for (FactKey<?> k : keys) {
      names.add(k.name());
    }
    return Conv.of(
        "an object of typed facts by name",
        (cx, in) -> read(cx, in, keys, names),
        (out, facts) -> write(out, facts, keys));
  }

  private static @Nullable Set<Fact<?>> read(
      ReadContext cx, Cursor in, List<FactKey<?>> keys, List<String> names) {
    if (in.token() != JsonToken.START_OBJECT) {
      cx.wrongType(in, "an object of typed facts by name");
      return null;
    }
    Set<Fact<?>> facts = new LinkedHashSet<>();
    Set<String> seen = new LinkedHashSet<>();
    int level = in.depth();
    while (in.nextProperty(level)) {
      String name = in.name();
      if (!seen.add(name)) {
        throw in.duplicate(name);
      }
      int i = names.indexOf(name);
      if (i < 0) {
        cx.unknown(in, names);
        continue;
      }
      Fact<?> fact = fact(cx, in, keys.get(i));
      if (fact != null) {
        facts.add(fact);
      }
    }
    return facts;
  }

  private static <T> @Nullable Fact<T> fact(ReadContext cx, Cursor in, FactKey<T> key) {
    Object value =
        switch (key.kind()) {
          case CODE -> code(cx, in, key);
          case TEXT -> Scalars.TEXT.read(cx, in);
          case FLAG -> Scalars.FLAG.read(cx, in);
          case DAYS, COUNT -> Scalars.LONG.read(cx, in);
          case POSITIVE_NUMBER -> Scalars.DECIMAL_VALUE.read(cx, in);
          case MONEY -> ValueReader.MONEY.read(cx, in);
          case DATE -> Scalars.DATE_VALUE.read(cx, in);
        };
    if (value == null) {
      return null;
    }
    try {
      return Fact.of(key, key.valueType().cast(value));
    } catch (InvalidModelException e) {
      cx.invalid(in, expected(key));
      return null;
    }
  }

  private static <T> @Nullable T code(ReadContext cx, Cursor in, FactKey<T> key) {
    String code = Scalars.text(cx, in, expected(key));
    if (code == null) {
      return null;
    }
    T value = key.valueOf(code).orElse(null);
    if (value == null) {
      cx.invalid(in, expected(key));
    }
    return value;
  }

  /** What a fact of {@code key} must be, for a problem. */
  private static String expected(FactKey<?> key) {
    return switch (key.kind()) {
      case CODE -> "one of " + String.join(", ", key.codes());
      case TEXT -> "non-blank text";
      case FLAG -> "true or false";
      case DAYS -> "a whole number of days from 1";
      case COUNT -> "a whole number from 1";
      case POSITIVE_NUMBER -> "a decimal number above zero written as a string";
      case MONEY -> "a money object with an amount above zero";
      case DATE -> "a date as text";
    };
  }

  /**
   * Writes the facts in the order their keys are declared (the schema's order), so that equal sets
   * are written alike; a fact of a key not declared here follows, in name order.
   */
  private static void write(Sink out, Set<Fact<?>> facts, List<FactKey<?>> keys) {
    List<Fact<?>> sorted = new ArrayList<>(facts);
    sorted.sort(
        (a, b) -> {
          int i = rank(keys, a.key());
          int j = rank(keys, b.key());
          return i != j ? Integer.compare(i, j) : a.key().name().compareTo(b.key().name());
        });
    out.startObject();
    for (Fact<?> f : sorted) {
      out.property(f.key().name(), f, FactReaders::writeValue);
    }
    out.endObject();
  }

  private static int rank(List<FactKey<?>> keys, FactKey<?> key) {
    int i = keys.indexOf(key);
    return i < 0 ? keys.size() : i;
  }

  private static void writeValue(Sink out, Fact<?> f) {
    Object v = f.value();
    switch (f.key().kind()) {
      case CODE -> Scalars.writeText(out, ((FactCode) v).code());
      case TEXT -> Scalars.writeText(out, (String) v);
      case FLAG -> Scalars.FLAG.write(out, (Boolean) v);
      case DAYS, COUNT -> Scalars.LONG.write(out, (Long) v);
      case POSITIVE_NUMBER -> Scalars.writeDecimal(out, (BigDecimal) v);
      case MONEY -> ValueReader.MONEY.write(out, (Money) v);
      case DATE -> Scalars.DATE_VALUE.write(out, (LocalDate) v);
    }
  }
}
