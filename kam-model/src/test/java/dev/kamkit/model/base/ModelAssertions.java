package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions on {@link InvalidModelException}s shared by the model's unit tests: that building
 * something fails, and that the failure names the field and the bad value a host would need to fix
 * its data.
 */
public final class ModelAssertions {
  private ModelAssertions() {}

  /** Asserts that {@code build} throws {@link InvalidModelException} and returns it. */
  public static InvalidModelException assertInvalid(Executable build) {
    return assertThrows(InvalidModelException.class, build);
  }

  /**
   * Asserts that {@code build} fails with exactly one violation, of {@code field} holding {@code
   * value} (as {@link ModelCheck#show(Object)} renders it), and returns that violation.
   */
  public static ModelViolation assertSingleViolation(Executable build, String field, String value) {
    List<ModelViolation> violations = assertInvalid(build).violations();
    assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
    ModelViolation violation = violations.get(0);
    assertEquals(field, violation.field(), () -> "field of " + violation);
    assertEquals(value, violation.value(), () -> "value of " + violation);
    return violation;
  }

  /**
   * Asserts that {@code e} reports a violation of {@code field} holding {@code value} and returns
   * the first such violation.
   */
  public static ModelViolation assertHasViolation(
      InvalidModelException e, String field, String value) {
    return e.violations().stream()
        .filter(v -> v.field().equals(field) && v.value().equals(value))
        .findFirst()
        .orElseGet(
            () ->
                fail(
                    "no violation of "
                        + field
                        + " = "
                        + value
                        + " among:\n"
                        + e.violations().stream()
                            .map(ModelViolation::toString)
                            .collect(Collectors.joining("\n"))));
  }
}
