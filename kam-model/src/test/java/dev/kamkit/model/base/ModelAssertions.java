package dev.kamkit.model.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.MessageCode;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;

/**
 * Assertions on {@link InvalidModelException}s shared by the model's unit tests: that building
 * something fails, and that the failure names what is wrong (the code), where (the path) and the
 * bad value a host would need to fix its data.
 */
public final class ModelAssertions {
  private ModelAssertions() {}

  /** The path of a field, or of fields nested in one another. */
  public static FieldPath path(String field, String... more) {
    return FieldPath.of(field, more);
  }

  /** Asserts that {@code build} throws {@link InvalidModelException} and returns it. */
  public static InvalidModelException assertInvalid(Executable build) {
    return assertThrows(InvalidModelException.class, build);
  }

  /**
   * Asserts that {@code build} fails with exactly one violation, of {@code code} at {@code path}
   * holding the value shown as {@code shown} (as {@link ModelCheck#show(Object)} renders it), and
   * returns that violation.
   */
  public static ModelViolation assertSingleViolation(
      Executable build, MessageCode code, FieldPath path, String shown) {
    List<ModelViolation> violations = assertInvalid(build).violations();
    assertEquals(1, violations.size(), () -> "expected one violation, got " + violations);
    ModelViolation violation = violations.get(0);
    assertEquals(code, violation.code(), () -> "code of " + violation);
    assertEquals(path, violation.path(), () -> "path of " + violation);
    assertEquals(shown, violation.shown(), () -> "value of " + violation);
    return violation;
  }

  /**
   * Asserts that {@code e} reports a violation of {@code code} at {@code path} holding the value
   * shown as {@code shown}, and returns the first such violation.
   */
  public static ModelViolation assertHasViolation(
      InvalidModelException e, MessageCode code, FieldPath path, String shown) {
    return e.violations().stream()
        .filter(v -> v.code().equals(code) && v.path().equals(path) && v.shown().equals(shown))
        .findFirst()
        .orElseGet(
            () ->
                fail(
                    "no violation "
                        + code.code()
                        + " of "
                        + path
                        + " = "
                        + shown
                        + " among:\n"
                        + e.violations().stream()
                            .map(v -> v.code().code() + " " + v.path() + " " + v)
                            .collect(Collectors.joining("\n"))));
  }

  /** Asserts that the message of {@code v} has exactly {@code args}, in order. */
  public static void assertArgs(ModelViolation v, Arg... args) {
    assertEquals(Arrays.asList(args), v.message().args(), () -> "arguments of " + v);
  }
}
