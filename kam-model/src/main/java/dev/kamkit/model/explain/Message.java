package dev.kamkit.model.explain;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * What a reason, finding or violation says, as data: a {@link MessageCode} and the typed arguments
 * that fill its parameters. {@link Messages} words it on demand; {@link #toString()} gives the
 * English words.
 *
 * <p>A message is checked when made: one argument per parameter, each of the parameter's kind.
 *
 * @param code the kind of message
 * @param args the arguments, one per parameter of {@code code}, in its order
 */
public record Message(MessageCode code, List<Arg> args) {

  /**
   * Orders messages by their code, then by their arguments' values (ids by their text, numbers by
   * value, enum values by declaration), never by their words: the order is the same in every
   * language. Reports use it to list findings deterministically.
   */
  public static final Comparator<Message> ORDER = MessageOrder.MESSAGES;

  /**
   * @throws IllegalArgumentException if the arguments do not match the code's parameters in number
   *     or kind; the message names the code, the parameter and the argument
   */
  public Message {
    requireNonNull(code, "code");
    args = List.copyOf(args);
    List<Param> params = code.params();
    if (params.size() != args.size()) {
      throw new IllegalArgumentException(
          "message "
              + code.code()
              + " takes "
              + params.size()
              + " arguments "
              + params
              + ", not "
              + args.size()
              + ": "
              + args);
    }
    for (int i = 0; i < args.size(); i++) {
      Param p = params.get(i);
      Arg a = args.get(i);
      if (a.kind() != p.kind()) {
        throw new IllegalArgumentException(
            "message " + code.code() + ": argument " + p + " cannot take " + a.kind() + " " + a);
      }
    }
  }

  /** A message of {@code code} with {@code args} in the order of its parameters. */
  public static Message of(MessageCode code, Arg... args) {
    return new Message(code, Arrays.asList(args));
  }

  /** The argument for the parameter called {@code name}. */
  public Arg arg(String name) {
    List<Param> params = code.params();
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().equals(name)) {
        return args.get(i);
      }
    }
    throw new IllegalArgumentException("message " + code.code() + " has no argument " + name);
  }

  /** The English words, for logs and debugging. */
  @Override
  public String toString() {
    return Messages.english().format(this);
  }
}
