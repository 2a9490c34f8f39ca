package dev.kamkit.json.deser;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.FactKey;
import dev.kamkit.model.base.InvalidModelException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;

/**
 * One model type as a JSON object: its properties in the order the format lists them, each with the
 * conversion of its value, whether it is required, the accessor that gives it and the builder
 * method it goes to. The table reads an object straight from the {@link Cursor}, in whatever order
 * its properties come, and builds the model value only if everything inside read cleanly; it writes
 * one in its order, leaving out what is absent or empty. Each property is thus spelt once for both
 * directions; {@code ReaderPropertiesTest} holds every table to the published schema.
 *
 * <p>A table is completed with {@link #req}, {@link #opt}, {@link #list}, {@link #set} and their
 * kin while its class initialises, and only used afterwards.
 *
 * @param <T> the model type
 * @param <B> its builder
 */
final class PropertyTable<T, B> {
  /** Property indices are bits of a {@code long}: no object of the format has more. */
  private static final int MAX_PROPERTIES = Long.SIZE;

  private final String what;
  private final Supplier<B> builder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties = new ArrayList<>();
  private final Map<String, Integer> index = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private long required;

  private PropertyTable(String what, Supplier<B> builder, Function<B, T> build) {
    this.what = what;
    this.builder = builder;
    this.build = build;
  }

  /**
   * A table without properties yet.
   *
   * @param what the object in problems, such as {@code "a site object"}
   * @param builder a new builder, such as {@code Site::builder}
   * @param build builds the value, such as {@code Site.Builder::build}; an {@link
   *     InvalidModelException} it throws becomes a problem at each violation's pointer
   */
  static <T, B> PropertyTable<T, B> of(String what, Supplier<B> builder, Function<B, T> build) {
    return new PropertyTable<>(what, builder, build);
  }

  /** A property that must be there; {@code get} gives its value for writing. */
  <V> PropertyTable<T, B> req(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends V> get,
      BiConsumer<B, ? super V> sink) {
    return add(
        name,
        true,
        conv::expected,
        new Single<>(conv, sink),
        (out, t) -> out.property(name, get.apply(t), conv));
  }

  /** A property that may be absent; left out when {@code get} gives nothing. */
  <V> PropertyTable<T, B> opt(
      String name,
      Conv<V> conv,
      Function<? super T, Optional<V>> get,
      BiConsumer<B, ? super V> sink) {
    return add(
        name,
        false,
        conv::expected,
        new Single<>(conv, sink),
        (out, t) -> {
          Optional<V> value = get.apply(t);
          if (value.isPresent()) {
            out.property(name, value.get(), conv);
          }
        });
  }

  /**
   * A property that may be absent, when the model's default applies; always written, so that a
   * reader of the document sees the value in force.
   */
  <V> PropertyTable<T, B> optDefault(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends V> get,
      BiConsumer<B, ? super V> sink) {
    return optDefault(name, conv, get, value -> false, sink);
  }

  /**
   * A property that may be absent, when the model's default applies: written unless {@code
   * isDefault} holds for it and a lenient read kept nothing inside it (an empty profile is left
   * out; the unknown properties of one are not lost).
   */
  <V> PropertyTable<T, B> optDefault(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends V> get,
      Predicate<? super V> isDefault,
      BiConsumer<B, ? super V> sink) {
    return add(
        name,
        false,
        conv::expected,
        new Single<>(conv, sink),
        (out, t) -> {
          V value = get.apply(t);
          if (!isDefault.test(value) || out.hasUnknownWithin(name)) {
            out.property(name, value, conv);
          }
        });
  }

  /**
   * An array property; absent means empty, and empty is left out. Each element goes to {@code add}
   * as it is read, such as {@code Site.Builder::addClinicalUnits}: no list is built on the way.
   */
  <V> PropertyTable<T, B> list(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends Collection<? extends V>> get,
      BiConsumer<B, ? super V> add) {
    return elements(name, false, conv, add, array(name, get, conv));
  }

  /**
   * Like {@link #list}, but the array must be there and is always written (the model requires at
   * least one element).
   */
  <V> PropertyTable<T, B> reqList(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends Collection<? extends V>> get,
      BiConsumer<B, ? super V> add) {
    return elements(name, true, conv, add, requiredArray(name, get, conv));
  }

  /** An array property whose elements go to {@code add} one by one as they are read. */
  private <V> PropertyTable<T, B> elements(
      String name, boolean isRequired, Conv<V> conv, BiConsumer<B, ? super V> add, Writer<T> out) {
    Objects.requireNonNull(conv, name); // null if read before the class that holds it initialised
    return add(
        name,
        isRequired,
        () -> Elements.expected(conv),
        (cx, in, b) -> Elements.each(cx, in, conv, b, add),
        out);
  }

  /** An array standing for a set: a value given twice is a problem, not silently merged. */
  <V> PropertyTable<T, B> set(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends Collection<? extends V>> get,
      BiConsumer<B, ? super List<V>> sink) {
    Conv<List<V>> set = Elements.of(conv, true);
    return add(name, false, set::expected, new Single<>(set, sink), array(name, get, conv));
  }

  /** Like {@link #set}, but the array must be there (the model requires at least one value). */
  <V> PropertyTable<T, B> reqSet(
      String name,
      Conv<V> conv,
      Function<? super T, ? extends Collection<? extends V>> get,
      BiConsumer<B, ? super List<V>> sink) {
    Conv<List<V>> set = Elements.of(conv, true);
    return add(name, true, set::expected, new Single<>(set, sink), requiredArray(name, get, conv));
  }

  /** The {@code attributes} property: the host's custom fields by name, left out when none. */
  PropertyTable<T, B> attributes(
      Function<? super T, Map<String, AttributeValue>> get,
      BiConsumer<B, ? super Map<String, AttributeValue>> sink) {
    return add(
        "attributes",
        false,
        ValueReader.ATTRIBUTES::expected,
        new Single<>(ValueReader.ATTRIBUTES, sink),
        (out, t) -> {
          Map<String, AttributeValue> all = get.apply(t);
          if (!all.isEmpty()) {
            out.property("attributes", all, ValueReader.ATTRIBUTES);
          }
        });
  }

  /**
   * The {@code facts} property (format 1.4): the typed facts the packs declare for this kind of
   * record ({@code keys}), by name; left out when none.
   */
  PropertyTable<T, B> facts(
      List<FactKey<?>> keys,
      Function<? super T, Set<Fact<?>>> get,
      BiConsumer<B, ? super Set<Fact<?>>> sink) {
    Conv<Set<Fact<?>>> conv = FactReaders.of(keys);
    return add(
        "facts",
        false,
        conv::expected,
        new Single<>(conv, sink),
        (out, t) -> {
          Set<Fact<?>> all = get.apply(t);
          if (!all.isEmpty()) {
            out.property("facts", all, conv);
          }
        });
  }

  /**
   * A property read and written elsewhere (a document's envelope): known here, its value passed
   * over.
   */
  PropertyTable<T, B> passOver(String name) {
    return add(name, false, () -> "any value", (cx, in, b) -> {}, (out, t) -> {});
  }

  /** Writes a collection as an array, even an empty one. */
  private static <T, V> Writer<T> requiredArray(
      String name, Function<? super T, ? extends Collection<? extends V>> get, Conv<V> conv) {
    Sink.Writer<Collection<? extends V>> array = (out, all) -> out.array(all, conv);
    return (out, t) -> out.property(name, get.apply(t), array);
  }

  /** Writes a non-empty collection as an array; leaves out an empty one. */
  private static <T, V> Writer<T> array(
      String name, Function<? super T, ? extends Collection<? extends V>> get, Conv<V> conv) {
    Sink.Writer<Collection<? extends V>> array = (out, all) -> out.array(all, conv);
    return (out, t) -> {
      Collection<? extends V> all = get.apply(t);
      if (!all.isEmpty()) {
        out.property(name, all, array);
      }
    };
  }

  private PropertyTable<T, B> add(
      String name,
      boolean isRequired,
      Supplier<String> expected,
      Reader<B> reader,
      Writer<T> writer) {
    int i = properties.size();
    if (i == MAX_PROPERTIES || index.putIfAbsent(name, i) != null) {
      throw new IllegalStateException(what + ": property " + name + " twice, or too many");
    }
    properties.add(new Property<>(expected, reader, writer));
    names.add(name);
    if (isRequired) {
      required |= 1L << i;
    }
    return this;
  }

  /** The property names, in the format's order. */
  List<String> names() {
    return List.copyOf(names);
  }

  /** The names of the properties that must be there, in the format's order. */
  List<String> requiredNames() {
    List<String> all = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if ((required & (1L << i)) != 0) {
        all.add(names.get(i));
      }
    }
    return all;
  }

  /** What the object is called in problems. */
  String what() {
    return what;
  }

  /** Reads the object the cursor is at, or records why not and returns null. */
  @Nullable T read(ReadContext cx, Cursor in) {
    if (in.token() != JsonToken.START_OBJECT) {
      cx.wrongType(in, what);
      return null;
    }
    int mark = cx.mark();
    B b = builder.get();
    long seen = properties(cx, in, in.depth(), b, 0L);
    return finish(cx, in, b, seen, mark);
  }

  /**
   * Reads the properties that follow in the object at level {@code level} into {@code b}, and
   * returns the set of those seen (as bits, together with {@code seen}). The cursor ends at the
   * object's end.
   */
  long properties(ReadContext cx, Cursor in, int level, B b, long seen) {
    Set<String> unknown = null;
    int expected = 0;
    while (in.nextProperty(level)) {
      String name = in.name();
      int i = indexOf(name, expected);
      if (i < 0) {
        if (unknown == null) {
          unknown = new HashSet<>();
        }
        if (!unknown.add(name)) {
          throw in.duplicate(name);
        }
        cx.unknown(in, names);
        continue;
      }
      long bit = 1L << i;
      if ((seen & bit) != 0) {
        throw in.duplicate(name);
      }
      seen |= bit;
      expected = i + 1;
      properties.get(i).reader().read(cx, in, b);
    }
    return seen;
  }

  /**
   * Reports the required properties not {@code seen}, and builds the value if nothing inside the
   * object (since {@code mark}) had a problem. The cursor is at the object's end.
   */
  @Nullable T finish(ReadContext cx, Cursor in, B b, long seen, int mark) {
    if ((seen & required) != required) {
      Pointer at = in.pointer();
      for (int i = 0; i < properties.size(); i++) {
        if ((required & ~seen & (1L << i)) != 0) {
          cx.missing(at.at(names.get(i)), properties.get(i).expected().get());
        }
      }
    }
    if (!cx.cleanSince(mark)) {
      return null;
    }
    try {
      return build.apply(b);
    } catch (InvalidModelException e) {
      Pointer at = in.pointer();
      ModelProblems.report(cx, cx.reread(at), at, e);
      return null;
    }
  }

  /**
   * The index of property {@code name}, looked for from {@code from} on first: kamkit writes
   * properties in the table's order, leaving out absent ones, so the next one read is nearly always
   * a little further on. Comparing a few names costs less than hashing one.
   */
  private int indexOf(String name, int from) {
    for (int i = from; i < names.size(); i++) {
      if (name.equals(names.get(i))) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  /** A new builder, for a caller that reads part of an object itself. */
  B builder() {
    return builder.get();
  }

  /** The bits of the properties named, for a caller that read them itself. */
  long bits(String... read) {
    long bits = 0;
    for (String name : read) {
      Integer i = index.get(name);
      if (i == null) {
        throw new IllegalArgumentException(what + " has no property " + name);
      }
      bits |= 1L << i;
    }
    return bits;
  }

  /**
   * Writes {@code value} as an object at the sink's current position: its properties in the table's
   * order, leaving out the absent and the empty.
   */
  void write(Sink out, T value) {
    out.startObject();
    writeProperties(out, value);
    out.endObject();
  }

  /** Writes {@code value}'s properties into the object the sink has open. */
  void writeProperties(Sink out, T value) {
    for (Property<T, B> property : properties) {
      property.writer().write(out, value);
    }
  }

  /** Writes one property of a value, or nothing if it is absent. */
  @FunctionalInterface
  private interface Writer<T> {
    void write(Sink out, T value);
  }

  /** Reads one property's value into a builder. */
  @FunctionalInterface
  private interface Reader<B> {
    void read(ReadContext cx, Cursor in, B b);
  }

  /**
   * A property (named by its index in {@link #names}): what its value should be, its reader and its
   * writer.
   */
  private record Property<T, B>(Supplier<String> expected, Reader<B> reader, Writer<T> writer) {}

  /** A value converted whole and handed to the builder. */
  private record Single<B, V>(Conv<V> conv, BiConsumer<B, ? super V> to) implements Reader<B> {
    Single {
      // null when a table is built before the class that holds the conversion has initialised
      Objects.requireNonNull(conv, "conv");
    }

    @Override
    public void read(ReadContext cx, Cursor in, B b) {
      V value = conv.read(cx, in);
      if (value != null) {
        to.accept(b, value);
      }
    }
  }
}
