package dev.kamkit.model.base;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown when a model object would break an invariant. It carries every violation found, not only
 * the first, each naming the subject, the field and the bad value.
 *
 * <p>This is the one exception the model throws for bad input; it is unchecked and extends {@link
 * IllegalArgumentException}.
 */
public final class InvalidModelException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;
  private static final Pattern CANNOT_BUILD =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)]");

  /**
   * @serial the violations, in the order they were found; never empty
   */
  private final ImmutableList<ModelViolation> violations;

  /**
   * Creates the exception for one or more violations.
   *
   * @param violations the violations; must not be empty
   */
  public InvalidModelException(List<ModelViolation> violations) {
    super(render(violations));
    this.violations = ImmutableList.copyOf(violations);
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
   * Turns the generated builders' messages into violations. They read "Cannot build Account, some
   * of required attributes are not set [id, name]" for a missing attribute, and are the bare
   * attribute name for a null one.
   */
  private static List<ModelViolation> missing(String message, String... missingAttributes) {
    Matcher cannotBuild = CANNOT_BUILD.matcher(message);
    if (cannotBuild.matches()) {
      ImmutableList.Builder<ModelViolation> out = ImmutableList.builder();
      for (String attribute : Splitter.on(',').trimResults().split(cannotBuild.group(2))) {
        out.add(
            new ModelViolation(cannotBuild.group(1), attribute, ModelCheck.MISSING, "is required"));
      }
      return out.build();
    }
    String field = missingAttributes.length > 0 ? String.join(", ", missingAttributes) : message;
    return List.of(new ModelViolation("argument", field, "null", "must not be null"));
  }

  private static String render(List<ModelViolation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an InvalidModelException needs at least one violation");
    }
    if (violations.size() == 1) {
      return violations.get(0).toString();
    }
    StringBuilder message = new StringBuilder(violations.size() + " violations:");
    for (ModelViolation violation : violations) {
      message.append("\n  - ").append(violation);
    }
    return message.toString();
  }
}
