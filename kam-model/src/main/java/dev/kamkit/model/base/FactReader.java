package dev.kamkit.model.base;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads one record's typed {@link Fact facts} for one rule pack (or other reader), with one
 * semantics for every pack: a fact that is absent is {@link Optional#empty()}, never a default; a
 * mistyped value cannot be recorded at all. What the reader cannot read is a problem, as a coded
 * {@link Message}, which the pack turns into its {@code *.attribute.invalid} finding:
 *
 * <ul>
 *   <li>{@link ModelCode#ATTRIBUTE_MOVED}: a custom attribute named like one of the reader's keys,
 *       as earlier releases read it; the fact is now {@code facts["<name>"]} and the attribute is
 *       neither read nor ignored;
 *   <li>{@link ModelCode#FACT_UNKNOWN}: a fact, or a custom attribute, whose name starts with the
 *       reader's prefix but is none of its keys, which catches misspelt names.
 * </ul>
 *
 * <pre>{@code
 * FactReader facts = FactReader.of(t.facts(), t.attributes(), FranceFacts.PREFIX, FranceFacts.KEYS);
 * Optional<FrenchKind> kind = facts.get(FranceFacts.KIND);
 * }</pre>
 */
public final class FactReader {
  private final Collection<Fact<?>> facts;
  private final List<Problem> problems;

  /** One problem: where it is, the value found there, and what is wrong. */
  private record Problem(FieldPath path, Object value, Message message) {}

  private FactReader(Collection<Fact<?>> facts, List<Problem> problems) {
    this.facts = facts;
    this.problems = List.copyOf(problems);
  }

  /**
   * Starts reading {@code facts} for a reader whose keys are {@code keys}, every one named with
   * {@code prefix}; {@code attributes} are the same record's custom attributes, checked for facts
   * recorded there.
   */
  public static FactReader of(
      Collection<Fact<?>> facts,
      Map<String, AttributeValue> attributes,
      String prefix,
      List<? extends FactKey<?>> keys) {
    if (attributes.isEmpty() && facts.isEmpty()) {
      return new FactReader(facts, List.of()); // most records: spare the work
    }
    List<String> known = new ArrayList<>(keys.size());
    for (FactKey<?> k : keys) {
      known.add(k.name());
    }
    Arg knownArg = Arg.list(known, Arg::text);
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<String, AttributeValue> e : new TreeMap<>(attributes).entrySet()) {
      String name = e.getKey();
      FieldPath path = FieldPath.of("attributes").entry(name);
      AttributeValue value = e.getValue();
      if (known.contains(name)) {
        problems.add(
            new Problem(
                path,
                value,
                Message.of(
                    ModelCode.ATTRIBUTE_MOVED, Arg.text(name), Arg.text(field(name).toString()))));
      } else if (name.startsWith(prefix)) {
        problems.add(
            new Problem(path, value, Message.of(ModelCode.FACT_UNKNOWN, Arg.text(name), knownArg)));
      }
    }
    TreeSet<String> unknownFacts = new TreeSet<>();
    for (Fact<?> f : facts) {
      if (f.key().name().startsWith(prefix) && !keys.contains(f.key())) {
        unknownFacts.add(f.key().name());
      }
    }
    for (String name : unknownFacts) {
      problems.add(
          new Problem(
              field(name),
              Fact.named(facts, name).<Object>map(Fact::value).orElse(name),
              Message.of(ModelCode.FACT_UNKNOWN, Arg.text(name), knownArg)));
    }
    return new FactReader(facts, problems);
  }

  /**
   * The problems of custom attributes whose facts became model fields: one {@link
   * ModelCode#ATTRIBUTE_MOVED} for each key of {@code fieldByKey} in {@code attributes}, naming the
   * field that now holds the fact, in the order of the keys.
   */
  public static List<Message> movedToFields(
      Map<String, AttributeValue> attributes, Map<String, String> fieldByKey) {
    if (attributes.isEmpty()) {
      return List.of();
    }
    List<Message> problems = new ArrayList<>();
    for (String key : new TreeSet<>(attributes.keySet())) {
      String field = fieldByKey.get(key);
      if (field != null) {
        problems.add(Message.of(ModelCode.ATTRIBUTE_MOVED, Arg.text(key), Arg.text(field)));
      }
    }
    return problems;
  }

  /** Where the fact named {@code name} is recorded: {@code facts["<name>"]}. */
  public static FieldPath field(String name) {
    return FieldPath.of("facts").entry(name);
  }

  /** The value of {@code key}; empty when the record holds none. */
  public <T> Optional<T> get(FactKey<T> key) {
    return Fact.find(facts, key);
  }

  /** True if the record holds a value for {@code key}. */
  public boolean has(FactKey<?> key) {
    return Fact.named(facts, key.name()).filter(f -> f.key().equals(key)).isPresent();
  }

  /**
   * Every problem found, in order: the custom attributes by name (moved or unknown), then the
   * unknown facts by name.
   */
  public List<Message> problems() {
    List<Message> messages = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      messages.add(p.message());
    }
    return messages;
  }

  /**
   * Records every problem on {@code check} as a violation at the attribute or fact concerned, for a
   * reader whose bad input is an {@link InvalidModelException} rather than a finding.
   */
  public ModelCheck recordOn(ModelCheck check) {
    for (Problem p : problems) {
      check.fail(p.path(), p.value(), p.message().code(), p.message().args().toArray(new Arg[0]));
    }
    return check;
  }
}
