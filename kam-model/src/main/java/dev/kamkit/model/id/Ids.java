package dev.kamkit.model.id;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelViolation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The one rule for id text, shared by every {@link KamId}. */
final class Ids {
  /** The longest id accepted: room for any CRM record id or composite external id. */
  static final int MAX_LENGTH = 255;

  private Ids() {}

  // problem(value) is null only for a non-null value, which NullAway cannot see
  @SuppressWarnings("NullAway")
  static String check(String type, @Nullable String value) {
    String problem = problem(value);
    if (problem != null) {
      throw new InvalidModelException(
          List.of(new ModelViolation(type, "value", ModelCheck.show(value), problem)));
    }
    return value;
  }

  private static @Nullable String problem(@Nullable String value) {
    if (value == null) {
      return "is required";
    }
    if (value.isBlank()) {
      return "must not be blank";
    }
    if (value.length() > MAX_LENGTH) {
      return "is longer than " + MAX_LENGTH + " characters";
    }
    if (!value.strip().equals(value)) {
      return "must not start or end with whitespace";
    }
    return hasControlCharacter(value) ? "must not contain control characters" : null;
  }

  /** A loop rather than a stream: every id read or built passes here. */
  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
