package dev.kamkit.model.explain;

/**
 * What kind of value an argument of a message is, which decides how it is worded.
 *
 * <p>Each {@link Param} of a {@link MessageCode} names one kind, and a {@link Message} is refused
 * when an argument of another kind stands in its place.
 */
public enum ArgKind {
  /** A model object: its id, and the name to show for it ({@link Arg.Ref}). */
  REF,
  /** Text from the host's data, shown as it is: a product name, a competitor ({@link Arg.Text}). */
  TEXT,
  /** A whole count, for plurals with {@code choice} ({@link Arg.Count}). */
  COUNT,
  /** An exact decimal: points, a share, a ratio ({@link Arg.Number}). */
  NUMBER,
  /** An amount of money in its currency, worded for the reader's locale ({@link Arg.Amount}). */
  MONEY,
  /** A day, worded by the bundle's {@code format.date} pattern ({@link Arg.Day}). */
  DATE,
  /** A calendar or programme year, shown as its four digits ({@link Arg.Year}). */
  YEAR,
  /** A value of one of kamkit's enums, shown by its display name ({@link Arg.Choice}). */
  ENUM,
  /** Another message, worded in place ({@link Arg.Nested}). */
  MESSAGE,
  /** Several arguments, joined by the bundle's list separator ({@link Arg.Many}). */
  LIST
}
