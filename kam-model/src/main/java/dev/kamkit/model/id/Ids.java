package dev.kamkit.model.id;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.ModelSubject;
import dev.kamkit.model.base.ModelViolation;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
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
    Message problem = problem(value);
    if (problem != null) {
      throw new InvalidModelException(
          List.of(ModelViolation.of(ModelSubject.of(type), FieldPath.of("value"), value, problem)));
    }
    return value;
  }

  // The messages are constants: every id read or built passes here, and almost all are fine.
  private static final Message REQUIRED = Message.of(ModelCode.REQUIRED);
  private static final Message BLANK = Message.of(ModelCode.BLANK);
  private static final Message TOO_LONG = Message.of(ModelCode.ID_TOO_LONG, Arg.of(MAX_LENGTH));
  private static final Message PADDED = Message.of(ModelCode.ID_PADDED);
  private static final Message CONTROL = Message.of(ModelCode.ID_CONTROL_CHARACTER);

  private static @Nullable Message problem(@Nullable String value) {
    if (value == null) {
      return REQUIRED;
    }
    if (value.isBlank()) {
      return BLANK;
    }
    if (value.length() > MAX_LENGTH) {
      return TOO_LONG;
    }
    if (!value.strip().equals(value)) {
      return PADDED;
    }
    return hasControlCharacter(value) ? CONTROL : null;
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
