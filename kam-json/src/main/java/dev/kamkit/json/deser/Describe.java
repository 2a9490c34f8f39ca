package dev.kamkit.json.deser;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Renders what a document holds for the "found" part of a problem: short, quoted, safe. */
final class Describe {
  /** Longer text is cut: a message quotes the input, it does not repeat it. */
  private static final int MAX_QUOTED = 60;

  private Describe() {}

  /** For example {@code text "IDN"}, {@code the number 12}, {@code null}, {@code an object}. */
  static String found(@Nullable JsonNode node) {
    if (node == null || node.isMissingNode()) {
      return "nothing";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isString()) {
      return "text " + quote(node.stringValue());
    }
    if (node.isBoolean()) {
      return String.valueOf(node.booleanValue());
    }
    if (node.isNumber()) {
      // toString, never toPlainString: 1e999999999 must not become a billion digits
      return "the number " + cut(node.numberValue().toString());
    }
    return node.isArray() ? "an array" : "an object";
  }

  /** What the cursor is at, in the words of {@link #found(JsonNode)}. */
  static String found(Cursor in) {
    switch (in.token()) {
      case VALUE_NULL:
        return "null";
      case VALUE_STRING:
        return "text " + quote(in.string());
      case VALUE_TRUE:
        return "true";
      case VALUE_FALSE:
        return "false";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "the number " + cut(in.string());
      case START_ARRAY:
        return "an array";
      default:
        return "an object";
    }
  }

  /** Text in double quotes, control characters escaped, cut to a readable length. */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) : text;
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (Character.isISOControl(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    out.append('"');
    if (shown.length() < text.length()) {
      out.append("... (").append(text.length()).append(" characters)");
    }
    return out.toString();
  }

  private static String cut(String text) {
    return text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
  }
}
