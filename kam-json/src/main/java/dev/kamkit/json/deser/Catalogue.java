package dev.kamkit.json.deser;

import dev.kamkit.json.format.JsonProblem;
import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.id.KamId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;

/**
 * A portfolio's shared catalogue ({@code products} or {@code team}): read once, referred to by id
 * from each account. Every entry must be used by some account, since the model keeps products and
 * team members per account and an unused entry would be lost.
 *
 * @param <T> the model value catalogued
 */
final class Catalogue<T> {
  private final String property;
  private final String what;
  private final Map<String, T> byId = new LinkedHashMap<>();
  private final Map<String, Pointer> pointers = new LinkedHashMap<>();
  private final Map<String, Pointer> listed = new LinkedHashMap<>();
  private final Set<String> used = new HashSet<>();

  /** True if the catalogue is there but not an array: reported already, references aside. */
  private boolean unreadable;

  private Catalogue(String property, String what) {
    this.property = property;
    this.what = what;
  }

  /** A catalogue the portfolio does not have: every reference into it is broken. */
  static <T> Catalogue<T> absent(String property, String what) {
    return new Catalogue<>(property, what);
  }

  /**
   * Reads the catalogue the cursor is at, property {@code property} of the portfolio document. Each
   * entry is read as a tree first, so that an entry whose id can be read is known as listed even
   * when the rest of it is broken.
   *
   * @param what the singular, for messages: {@code "product"}
   */
  static <T> Catalogue<T> read(
      ReadContext cx,
      Cursor in,
      String property,
      String what,
      Conv<T> conv,
      Function<T, KamId> id) {
    Catalogue<T> catalogue = new Catalogue<>(property, what);
    if (in.token() != JsonToken.START_ARRAY) {
      cx.wrongType(in, "an array of " + conv.expected());
      catalogue.unreadable = true;
      return catalogue;
    }
    int level = in.depth();
    while (in.nextElement(level)) {
      Pointer at = in.pointer();
      JsonNode element = in.tree();
      JsonNode rawId = element.path("id");
      if (rawId.isString()) {
        catalogue.listed.putIfAbsent(rawId.stringValue(), at); // even if broken
      }
      T entry = conv.read(cx, element, at);
      if (entry == null) {
        continue;
      }
      String key = id.apply(entry).value();
      if (catalogue.byId.containsKey(key)) {
        cx.invalid(at.at("id"), "an id that no other entry of " + property + " has", rawId);
      } else {
        catalogue.byId.put(key, entry);
        catalogue.pointers.put(key, at);
      }
    }
    return catalogue;
  }

  /**
   * Reads an id that refers to an entry of the catalogue {@code catalogue} finds in the read's
   * context, as a portfolio account lists it; writes the entry's {@code id}.
   */
  static <T> Conv<T> reference(
      String what,
      String property,
      Function<ReadContext, Catalogue<T>> catalogue,
      Function<T, ? extends KamId> id) {
    String expected = "the id of a " + what + " in the portfolio's " + property;
    return Conv.of(
        expected,
        (cx, in) -> {
          String text = Scalars.text(cx, in, expected);
          return text == null ? null : catalogue.apply(cx).resolve(cx, in, text);
        },
        (out, entry) -> Scalars.writeText(out, id.apply(entry).value()));
  }

  private @Nullable T resolve(ReadContext cx, Cursor in, String id) {
    used.add(id);
    T entry = byId.get(id);
    if (entry == null && !unreadable) {
      // a listed but broken entry is reported too, or the account would read without it;
      // not so a catalogue that is not an array: every id into it would only follow on
      Pointer broken = listed.get(id);
      cx.problem(
          ProblemKind.BROKEN_REFERENCE,
          in.pointer(),
          broken == null
              ? "refers to a " + what + " that is not in the portfolio's " + property
              : "refers to a " + what + " whose entry at " + broken + " could not be read",
          id);
    }
    return entry;
  }

  /**
   * Records a problem for every entry no account refers to, unless a problem recorded since {@code
   * mark} in {@code accounts} may have kept a reference from being read: then an entry listed as
   * unused would only follow on from the problem already reported.
   */
  void reportUnused(ReadContext cx, int mark, Pointer accounts) {
    if (referencesUnread(cx.problemsSince(mark), accounts.toString())) {
      return;
    }
    pointers.forEach(
        (id, pointer) -> {
          if (!used.contains(id)) {
            cx.problem(
                ProblemKind.INVALID_VALUE,
                pointer,
                "a " + what + " that at least one account lists in its " + property,
                what + " " + Describe.quote(id) + ", which no account lists");
          }
        });
  }

  /**
   * True if one of {@code problems} hid references: {@code accounts} or one of its entries is not
   * what it should be (null, the wrong type), or an account's list of references is not, or holds
   * something other than an id, or an account holds an unknown property (perhaps the list,
   * misspelt).
   */
  private boolean referencesUnread(List<JsonProblem> problems, String accounts) {
    for (JsonProblem p : problems) {
      boolean hiding =
          p.kind() == ProblemKind.WRONG_TYPE || p.kind() == ProblemKind.UNKNOWN_PROPERTY;
      if (!hiding || !(p.pointer() + "/").startsWith(accounts + "/")) {
        continue;
      }
      // "", then the entry's index, the property, the element: /accounts/3/products/0
      String[] below = p.pointer().substring(accounts.length()).split("/", -1);
      if (below.length <= 2
          || (below.length == 3 && p.kind() == ProblemKind.UNKNOWN_PROPERTY)
          || (below.length <= 4 && below[2].equals(property))) {
        return true;
      }
    }
    return false;
  }
}
