package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

/**
 * One broken invariant of a model object: which object, which field, what value it held and what is
 * wrong with it.
 *
 * @param subject the object concerned, for example {@code "Stakeholder s-12"}; never null
 * @param field the attribute path inside the subject, for example {@code "hcp.npi"}; never null
 * @param value the offending value as text, {@code "<missing>"} when absent; never null
 * @param problem what is wrong, in words a person can act on; never null
 */
public record ModelViolation(String subject, String field, String value, String problem) {

  public ModelViolation {
    requireNonNull(subject, "subject");
    requireNonNull(field, "field");
    requireNonNull(value, "value");
    requireNonNull(problem, "problem");
  }

  /** Renders the violation as one line, for example {@code Stakeholder s-12: npi = "123": ...}. */
  @Override
  public String toString() {
    return subject + ": " + field + " = " + value + ": " + problem;
  }
}
