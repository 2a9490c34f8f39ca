package dev.kamkit.model.explain;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * One typed argument of a {@link Message}: a model object, a count, an amount, a day, an enum value
 * or another message. Arguments keep what they mean; {@link Messages} words them for a locale.
 *
 * <p>Make them with the static factories: {@code Arg.of(stakeholder.id(), stakeholder.name())},
 * {@code Arg.of(3)}, {@code Arg.of(money)}, {@code Arg.of(BuyingRole.ECONOMIC_BUYER)}.
 */
public sealed interface Arg
    permits Arg.Ref,
        Arg.Text,
        Arg.Count,
        Arg.Number,
        Arg.Amount,
        Arg.Day,
        Arg.Year,
        Arg.Choice,
        Arg.Nested,
        Arg.Many {

  /** What kind of argument this is. */
  ArgKind kind();

  /** A model object: its id, and the name a person knows it by. */
  record Ref(KamId id, String name) implements Arg {
    public Ref {
      requireNonNull(id, "id");
      requireNonNull(name, "name");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.REF;
    }
  }

  /** Text from the host's data, shown as it is. */
  record Text(String text) implements Arg {
    public Text {
      requireNonNull(text, "text");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.TEXT;
    }
  }

  /** A whole count. */
  record Count(long value) implements Arg {
    @Override
    public ArgKind kind() {
      return ArgKind.COUNT;
    }
  }

  /** An exact decimal, worded with the scale it has. */
  record Number(BigDecimal value) implements Arg {
    public Number {
      requireNonNull(value, "value");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.NUMBER;
    }
  }

  /** An amount of money. */
  record Amount(Money value) implements Arg {
    public Amount {
      requireNonNull(value, "value");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.MONEY;
    }
  }

  /** A day. */
  record Day(LocalDate value) implements Arg {
    public Day {
      requireNonNull(value, "value");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.DATE;
    }
  }

  /** A calendar or programme year. */
  record Year(int value) implements Arg {
    @Override
    public ArgKind kind() {
      return ArgKind.YEAR;
    }
  }

  /** A value of an enum whose package bundle names its constants. */
  record Choice(Enum<?> value) implements Arg {
    public Choice {
      requireNonNull(value, "value");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.ENUM;
    }
  }

  /** Another message, worded in place. */
  record Nested(Message value) implements Arg {
    public Nested {
      requireNonNull(value, "value");
    }

    @Override
    public ArgKind kind() {
      return ArgKind.MESSAGE;
    }
  }

  /** Several arguments, in order. */
  record Many(List<Arg> values) implements Arg {
    public Many {
      values = List.copyOf(values);
    }

    @Override
    public ArgKind kind() {
      return ArgKind.LIST;
    }
  }

  /** A model object, named for people by {@code name}. */
  static Arg of(KamId id, String name) {
    return new Ref(id, name);
  }

  /** A model object known only by its id, which is also the name shown. */
  static Arg of(KamId id) {
    return new Ref(id, id.value());
  }

  /** Text from the host's data. */
  static Arg text(String text) {
    return new Text(text);
  }

  /** A whole count. */
  static Arg of(long count) {
    return new Count(count);
  }

  /** An exact decimal. */
  static Arg of(BigDecimal value) {
    return new Number(value);
  }

  /** An amount of money. */
  static Arg of(Money value) {
    return new Amount(value);
  }

  /** A day. */
  static Arg of(LocalDate value) {
    return new Day(value);
  }

  /** A calendar or programme year. */
  static Arg year(int year) {
    return new Year(year);
  }

  /** An enum value. */
  static Arg of(Enum<?> value) {
    return new Choice(value);
  }

  /** A nested message. */
  static Arg of(Message message) {
    return new Nested(message);
  }

  /** A list of arguments. */
  static Arg list(Collection<? extends Arg> values) {
    return new Many(List.copyOf(values));
  }

  /** A list of arguments. */
  static Arg list(Arg... values) {
    return new Many(Arrays.asList(values));
  }

  /** A list made of each item's argument, in the items' order. */
  static <T> Arg list(Collection<T> items, Function<? super T, ? extends Arg> arg) {
    return new Many(items.stream().<Arg>map(arg).toList());
  }
}
