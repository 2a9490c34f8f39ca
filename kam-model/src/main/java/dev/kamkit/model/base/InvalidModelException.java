package dev.kamkit.model.base;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a model object would break an invariant. It carries every violation found, not only
 * the first, each naming the subject, the path to the field, the bad value and a coded message.
 *
 * <p>This is the one exception the model throws for bad input; it is unchecked and extends {@link
 * IllegalArgumentException}. Its {@link #getMessage() message} is the English rendering of every
 * violation, made when first asked for.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 3L;
  private static final Pattern CANNOT_BUILD =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");
  private static final Pattern NULL_IN_COLLECTION =
      Pattern.compile("(\\w+) (?:element|key|value for key: .*)", Pattern.DOTALL);

  /**
   * @serial the violations, in the order they were found; never empty
   */
  @SuppressWarnings("serial") // List.copyOf's lists are serializable, though List is not
  private final List<ModelViolation> violations;

  private transient @Nullable String message;

  /**
   * Creates the exception for one or more violations.
   *
   * @param violations the violations; must not be empty
   */
  public InvalidModelException(List<ModelViolation> violations) {
    super((String) null);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidModelException needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  /**
   * Used by the generated builders when required attributes are missing.
   *
   * @param message the builder's own message
   * @param missingAttributes the names of the attributes that were not set
   */
  public InvalidModelException(String message, String... missingAttributes) {
    this(missing(message, missingAttributes));
  }

  /** The violations, in the order they were found; never empty. */
  public List<ModelViolation> violations() {
    return violations;
  }

  /**
   * Every violation in English: the one violation's line, or {@code "2 violations:"} followed by
   * one indented line per violation.
   */
  @Override
  public String getMessage() {
    String m = message;
    if (m == null) {
      m = render(violations);
      message = m;
    }
    return m;
  }

  /**
   * Turns the generated builders' messages into violations. They read "Cannot build Account, some
   * of required attributes are not set [id, name]" for a missing attribute, are the bare attribute
   * name for a null one, and read "stakeholders element", "attributes key" or "attributes value for
   * key: k" for a null added to a collection.
   */
  private static List<ModelViolation> missing(String message, String... missingAttributes) {
    Matcher cannotBuild = CANNOT_BUILD.matcher(message);
    List<ModelViolation> out = new ArrayList<>();
    if (cannotBuild.matches()) {
      ModelSubject type = ModelSubject.of(cannotBuild.group(1));
      for (String attribute : cannotBuild.group(2).split(",", -1)) {
        out.add(
            ModelViolation.of(
                type, FieldPath.of(attribute.strip()), null, Message.of(ModelCode.REQUIRED)));
      }
      return out;
    }
    ModelSubject argument = ModelSubject.of("argument");
    List<String> attributes =
        missingAttributes.length > 0 ? List.of(missingAttributes) : List.of(message);
    for (String attribute : attributes) {
      Matcher inCollection = NULL_IN_COLLECTION.matcher(attribute);
      String name = inCollection.matches() ? inCollection.group(1) : attribute;
      out.add(
          new ModelViolation(
              argument, FieldPath.of(name), Optional.empty(), "null", Message.of(ModelCode.NULL)));
    }
    return out;
  }

  private static String render(List<ModelViolation> violations) {
    Messages english = Messages.english();
    if (violations.size() == 1) {
      return violations.get(0).render(english);
    }
    StringBuilder message = new StringBuilder().append(violations.size()).append(" violations:");
    for (ModelViolation violation : violations) {
      message.append("\n  - ").append(violation.render(english));
    }
    return message.toString();
  }
}
