package dev.kamkit.model.explain;

import java.util.List;

/**
 * A kind of message: a stable dotted code such as {@code "coverage.role.unheld"}, and the
 * parameters its arguments fill.
 *
 * <p>Codes are enums, one per package ({@code CoverageCode}, {@code OpenPaymentsCode}, ...), each
 * constant documented in its javadoc and in {@code docs/reason-catalogue.md}. A code's words live
 * in its package's bundle, {@code <package>/messages.properties} and its translations, under the
 * code; {@link Messages} finds them there. A code names exactly one situation and never changes its
 * meaning; hosts may store, filter, count and translate by it.
 */
public interface MessageCode {

  /** The stable dotted code, for example {@code "coverage.role.unheld"}. */
  String code();

  /** The parameters, in the order a {@link Message}'s arguments fill them. */
  List<Param> params();

  /** The base name of the bundle holding this code's words: its package's {@code messages}. */
  default String bundleName() {
    return getClass().getPackageName() + ".messages";
  }

  /** The class whose module holds the bundle; the code's own class unless it says otherwise. */
  default Class<?> bundleAnchor() {
    return getClass();
  }
}
