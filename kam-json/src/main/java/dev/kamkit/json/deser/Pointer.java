package dev.kamkit.json.deser;

import dev.kamkit.json.format.UnknownProperties;
import org.jspecify.annotations.Nullable;

/**
 * A JSON Pointer (RFC 6901) to the value being read, built as text only when a problem needs it.
 * Every property and element read has one, and almost none is ever shown: concatenating each as a
 * string up front was a large share of what a clean read allocated.
 */
final class Pointer {
  private static final Pointer ROOT = rendered("");

  private final @Nullable Pointer parent;
  private final @Nullable String name;
  private final int index;
  private @Nullable String text;

  private Pointer(@Nullable Pointer parent, @Nullable String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  /** A pointer already rendered, such as one the model's violation path led to. */
  static Pointer rendered(String text) {
    Pointer p = new Pointer(null, null, -1);
    p.text = text;
    return p;
  }

  /** The whole document: {@code ""}. */
  static Pointer root() {
    return ROOT;
  }

  /** Property {@code name} of the object here. */
  Pointer at(String name) {
    return new Pointer(this, name, -1);
  }

  /** Element {@code index} of the array here. */
  Pointer at(int index) {
    return new Pointer(this, null, index);
  }

  /** The pointer as text, for example {@code /keyAccount/stakeholders/3/hcp/npi}. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      StringBuilder b = new StringBuilder();
      append(b);
      t = b.toString();
      text = t;
    }
    return t;
  }

  private void append(StringBuilder b) {
    String t = text;
    Pointer up = parent;
    if (t != null || up == null) {
      b.append(t);
      return;
    }
    up.append(b);
    b.append('/').append(name == null ? String.valueOf(index) : UnknownProperties.escape(name));
  }
}
