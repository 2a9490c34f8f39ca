package dev.kamkit.json.deser;

import dev.kamkit.json.format.ProblemKind;
import dev.kamkit.model.id.KamId;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
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

  private Catalogue(String property, String what) {
    this.property = property;
    this.what = what;
  }

  /**
   * Reads the catalogue in property {@code property} of the portfolio document.
   *
   * @param what the singular, for messages: {@code "product"}
   */
  static <T> Catalogue<T> read(
      In portfolio, String property, String what, Conv<T> conv, Function<T, KamId> id) {
    Catalogue<T> catalogue = new Catalogue<>(property, what);
    ReadContext cx = portfolio.context();
    JsonNode array = portfolio.node().get(property);
    Pointer at = portfolio.at(property);
    if (array == null) {
      return catalogue;
    }
    if (!array.isArray()) {
      cx.wrongType(at, "an array of " + conv.expected(), array);
      return catalogue;
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode rawId = array.get(i).path("id");
      if (rawId.isString()) {
        catalogue.listed.putIfAbsent(rawId.stringValue(), at.at(i)); // even if broken
      }
      T entry = conv.read(cx, array.get(i), at.at(i));
      if (entry == null) {
        continue;
      }
      String key = id.apply(entry).value();
      if (catalogue.byId.containsKey(key)) {
        cx.invalid(at.at(i).at("id"), "an id that no other entry of " + property + " has", rawId);
      } else {
        catalogue.byId.put(key, entry);
        catalogue.pointers.put(key, at.at(i));
      }
    }
    return catalogue;
  }

  /** Reads an id that refers to an entry, as a portfolio account lists it. */
  Conv<T> reference() {
    String expected = "the id of a " + what + " in the portfolio's " + property;
    return Conv.of(
        expected,
        (cx, node, at) -> {
          String id = Scalars.text(cx, node, at, expected);
          if (id == null) {
            return null;
          }
          used.add(id);
          T entry = byId.get(id);
          if (entry == null) {
            // a listed but broken entry is reported too, or the account would read without it
            Pointer broken = listed.get(id);
            cx.problem(
                ProblemKind.BROKEN_REFERENCE,
                at,
                broken == null
                    ? "refers to a " + what + " that is not in the portfolio's " + property
                    : "refers to a " + what + " whose entry at " + broken + " could not be read",
                id);
          }
          return entry;
        });
  }

  /** Records a problem for every entry no account refers to. */
  void reportUnused(ReadContext cx) {
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
}
