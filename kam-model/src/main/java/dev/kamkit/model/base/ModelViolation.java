package dev.kamkit.model.base;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Messages;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One broken invariant of a model object, as data: which object, where in it, what value it held
 * and what is wrong with it.
 *
 * <p>Hosts act on the {@link #code() code} and the typed {@link #message() arguments}; readers of
 * serialised models (kamkit's JSON) follow the {@link #path() path} to the offending value. Words
 * are made only when asked: {@link #render(Messages)} in a language, {@link #toString()} in
 * English.
 *
 * @param subject the object concerned
 * @param path where inside it the offending value lies
 * @param value the offending value, typed; empty when the value is absent
 * @param shown the value as a person reads it in a violation: text in quotes, {@value
 *     ModelCheck#MISSING} when absent, for example {@code "123"} or {@code 2026-08-31}
 * @param message what is wrong: a {@link ModelCode} (or a policy's own code) and its arguments
 */
public record ModelViolation(
    ModelSubject subject, FieldPath path, Optional<Arg> value, String shown, Message message) {

  public ModelViolation {
    requireNonNull(subject, "subject");
    requireNonNull(path, "path");
    requireNonNull(value, "value");
    requireNonNull(shown, "shown");
    requireNonNull(message, "message");
  }

  /**
   * A violation of {@code value}, typed and shown as {@link ModelCheck} does: text in quotes, ids,
   * numbers and dates as they are, null or an empty Optional as absent.
   */
  public static ModelViolation of(
      ModelSubject subject, FieldPath path, @Nullable Object value, Message message) {
    return new ModelViolation(
        subject, path, Optional.ofNullable(Values.arg(value)), ModelCheck.show(value), message);
  }

  /** What is wrong: the code of {@link #message()}. */
  public MessageCode code() {
    return message.code();
  }

  /** The path as people read it, for example {@code relationships[tm-1, s-9].stakeholder}. */
  public String field() {
    return path.toString();
  }

  /**
   * The violation as one line in the language of {@code words}, for example {@code Stakeholder
   * s-12: hcp.npi = "123": must be exactly ten digits}.
   */
  public String render(Messages words) {
    return subject + ": " + path + " = " + shown + ": " + words.format(message);
  }

  /** The violation as one line in English; see {@link #render(Messages)}. */
  @Override
  public String toString() {
    return render(Messages.english());
  }
}
