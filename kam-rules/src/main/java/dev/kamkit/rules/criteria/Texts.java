package dev.kamkit.rules.criteria;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Small helpers that turn the host's collections into message arguments in an order that does not
 * depend on the order the host's lists came in. They word nothing: {@link
 * dev.kamkit.model.explain.Messages} does, on demand.
 */
public final class Texts {
  private Texts() {}

  /**
   * Enum values as a list argument, in the order of their constant names read as words ({@code
   * MARKET_ACCESS} before {@code MARKETING}), whatever order the collection has.
   */
  public static Arg enums(Collection<? extends Enum<?>> values) {
    return Arg.list(
        values.stream()
            .sorted(Comparator.comparing((Enum<?> e) -> e.name().replace('_', ' ')))
            .map(Arg::of)
            .toList());
  }

  /**
   * Model objects as a list of references, sorted by the name people know them by, then by id.
   *
   * @param items the objects
   * @param id each one's id
   * @param name each one's name
   */
  public static <T> Arg byName(
      Collection<T> items,
      Function<? super T, ? extends KamId> id,
      Function<? super T, String> name) {
    return Arg.list(
        items.stream()
            .map(i -> (Arg.Ref) Arg.of(id.apply(i), name.apply(i)))
            .sorted(Comparator.comparing(Arg.Ref::name).thenComparing(r -> r.id().value()))
            .map(Arg.class::cast)
            .toList());
  }

  /**
   * Messages said one after the other ({@code "first; second; third"} in English): the message
   * itself when there is one, else a {@link CriteriaCode#AND_THEN} chain.
   *
   * @throws IllegalArgumentException if {@code messages} is empty
   */
  public static Message inSequence(List<Message> messages) {
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("a sequence needs at least one message");
    }
    Message rest = messages.get(messages.size() - 1);
    for (int i = messages.size() - 2; i >= 0; i--) {
      rest = Message.of(CriteriaCode.AND_THEN, Arg.of(messages.get(i)), Arg.of(rest));
    }
    return rest;
  }
}
