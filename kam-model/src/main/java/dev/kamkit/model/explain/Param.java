package dev.kamkit.model.explain;

import static java.util.Objects.requireNonNull;

/**
 * One declared argument of a {@link MessageCode}: its name, which the bundles' patterns use ({@code
 * {stakeholder}}), and its {@link ArgKind kind}.
 *
 * @param name the argument's name: a Java identifier, unique within its code
 * @param kind what kind of value it takes
 */
public record Param(String name, ArgKind kind) {

  /**
   * @throws IllegalArgumentException if {@code name} is not a Java identifier
   */
  public Param {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    if (name.isEmpty()
        || !Character.isJavaIdentifierStart(name.charAt(0))
        || !name.chars().allMatch(Character::isJavaIdentifierPart)) {
      throw new IllegalArgumentException("a parameter name must be a Java identifier: " + name);
    }
  }

  /** A model object's reference: {@link Arg.Ref}. */
  public static Param ref(String name) {
    return new Param(name, ArgKind.REF);
  }

  /** Text from the host's data: {@link Arg.Text}. */
  public static Param text(String name) {
    return new Param(name, ArgKind.TEXT);
  }

  /** A whole count: {@link Arg.Count}. */
  public static Param count(String name) {
    return new Param(name, ArgKind.COUNT);
  }

  /** An exact decimal: {@link Arg.Number}. */
  public static Param number(String name) {
    return new Param(name, ArgKind.NUMBER);
  }

  /** An amount of money: {@link Arg.Amount}. */
  public static Param money(String name) {
    return new Param(name, ArgKind.MONEY);
  }

  /** A day: {@link Arg.Day}. */
  public static Param date(String name) {
    return new Param(name, ArgKind.DATE);
  }

  /** A year: {@link Arg.Year}. */
  public static Param year(String name) {
    return new Param(name, ArgKind.YEAR);
  }

  /** An enum value: {@link Arg.Choice}. */
  public static Param choice(String name) {
    return new Param(name, ArgKind.ENUM);
  }

  /** A nested message: {@link Arg.Nested}. */
  public static Param message(String name) {
    return new Param(name, ArgKind.MESSAGE);
  }

  /** A list of arguments: {@link Arg.Many}. */
  public static Param list(String name) {
    return new Param(name, ArgKind.LIST);
  }

  /** Renders as {@code name:KIND}, as the reason catalogue lists it. */
  @Override
  public String toString() {
    return name + ":" + kind;
  }
}
