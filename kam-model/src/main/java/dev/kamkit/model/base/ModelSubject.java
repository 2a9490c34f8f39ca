package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Arg;
import java.util.Arrays;
import java.util.List;

/**
 * The model object a {@link ModelViolation} concerns: its type and, where it has one, its id or
 * key.
 *
 * @param type the type's simple name, for example {@code "Stakeholder"}
 * @param key the object's id ({@code Arg.Ref}), or the parts of its natural key (a relationship's
 *     team member and stakeholder, a formulary entry's product and date), or its name where that is
 *     what tells it apart; empty for an object with none, such as a portfolio
 */
public record ModelSubject(String type, List<Arg> key) {

  public ModelSubject {
    requireNonNull(type, "type");
    key = List.copyOf(key);
  }

  /** The subject of type {@code type} with the given id or key parts. */
  public static ModelSubject of(String type, Arg... key) {
    return new ModelSubject(type, Arrays.asList(key));
  }

  /** Renders as {@code Stakeholder s-12}, or {@code Relationship tm-1, s-9} for a composite key. */
  @Override
  public String toString() {
    if (key.isEmpty()) {
      return type;
    }
    StringBuilder text = new StringBuilder(type).append(' ');
    Values.appendKey(text, key);
    return text.toString();
  }
}
