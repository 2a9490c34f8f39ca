package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Arg;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/**
 * Where inside a model object a {@link ModelViolation} lies: a path of segments, each a field, an
 * element of a list or set, or an entry of a map. The relationship holding a dangling stakeholder
 * id, for example, is {@code FieldPath.of("relationships").element(3, tm, s).field("stakeholder")}.
 *
 * <p>A path is data: a host or a reader (kam-json's JSON Pointers) follows it segment by segment,
 * whatever characters the ids on it contain. {@link #toString()} renders it for people, as {@code
 * relationships[tm-1, s-9].stakeholder}, and is not meant to be parsed.
 *
 * @param segments the segments from the object checked down to the value, in order
 */
public record FieldPath(List<Segment> segments) {

  public FieldPath {
    segments = List.copyOf(segments);
  }

  /** One step of a path. */
  public sealed interface Segment permits Field, Element, Entry {}

  /**
   * A field (an attribute) of the object reached so far.
   *
   * @param name the attribute's name, as the model's accessor and kamkit's JSON spell it
   */
  public record Field(String name) implements Segment {
    public Field {
      requireNonNull(name, "name");
    }
  }

  /**
   * An element of the list or set reached so far: by its position in iteration order where known,
   * and by its id or key where it has one (two or more parts for a composite key, such as a
   * relationship's team member and stakeholder).
   *
   * @param index the element's position, counted from zero; empty where unknown
   * @param key the element's id or key parts; empty where it has none
   */
  public record Element(OptionalInt index, List<Arg> key) implements Segment {

    /**
     * @throws IllegalArgumentException if the index is negative, or neither index nor key is known
     */
    public Element {
      requireNonNull(index, "index");
      key = List.copyOf(key);
      if (index.isPresent() && index.getAsInt() < 0) {
        throw new IllegalArgumentException("an element index cannot be negative");
      }
      if (index.isEmpty() && key.isEmpty()) {
        throw new IllegalArgumentException("an element needs an index, a key or both");
      }
    }
  }

  /**
   * An entry of the map reached so far, such as a custom attribute.
   *
   * @param key the entry's key, exactly as the map holds it
   */
  public record Entry(String key) implements Segment {
    public Entry {
      requireNonNull(key, "key");
    }
  }

  /** The path of one field of the object checked. */
  public static FieldPath of(String field) {
    return new FieldPath(List.of(new Field(field)));
  }

  /** The path down through nested fields, such as {@code of("speakerProgram", "speaker")}. */
  public static FieldPath of(String first, String... more) {
    List<Segment> segments = new ArrayList<>(more.length + 1);
    segments.add(new Field(first));
    for (String name : more) {
      segments.add(new Field(name));
    }
    return new FieldPath(segments);
  }

  /** This path followed by the field {@code name}. */
  public FieldPath field(String name) {
    return with(new Field(name));
  }

  /** This path followed by the element at {@code index} with the given id or key parts. */
  public FieldPath element(int index, Arg... key) {
    return with(new Element(OptionalInt.of(index), Arrays.asList(key)));
  }

  /** This path followed by the element at {@code index} with the given id or key parts. */
  public FieldPath element(int index, List<Arg> key) {
    return with(new Element(OptionalInt.of(index), key));
  }

  /** This path followed by the element whose id or key is {@code key}, at a position not known. */
  public FieldPath keyed(Arg... key) {
    return with(new Element(OptionalInt.empty(), Arrays.asList(key)));
  }

  /** This path followed by the map entry under {@code key}. */
  public FieldPath entry(String key) {
    return with(new Entry(key));
  }

  /** This path followed by every segment of {@code rest}, as for a nested object's own path. */
  public FieldPath then(FieldPath rest) {
    List<Segment> all = new ArrayList<>(segments);
    all.addAll(rest.segments);
    return new FieldPath(all);
  }

  private FieldPath with(Segment segment) {
    List<Segment> all = new ArrayList<>(segments.size() + 1);
    all.addAll(segments);
    all.add(segment);
    return new FieldPath(all);
  }

  /**
   * Renders the path for people: fields joined by dots, an element as its key in brackets (or its
   * index where it has no key), a map entry as its quoted key in brackets, for example {@code
   * relationships[tm-1, s-9].stakeholder} or {@code attributes[" segment"]}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Field field) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(field.name());
      } else if (segment instanceof Element element) {
        text.append('[');
        if (element.key().isEmpty()) {
          text.append(element.index().getAsInt());
        } else {
          Values.appendKey(text, element.key());
        }
        text.append(']');
      } else {
        text.append("[\"").append(((Entry) segment).key()).append("\"]");
      }
    }
    return text.toString();
  }
}
