package dev.kamkit.model.base;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Collects the invariant violations of one model object and throws them together.
 *
 * <p>Model types call it from their {@code @Value.Check} method:
 *
 * <pre>{@code
 * ModelCheck.of("Action", id())
 *     .nonBlank("title", title())
 *     .notBefore("dueDate", dueDate(), "startDate", startDate())
 *     .throwIfInvalid();
 * }</pre>
 *
 * Every check records a {@link ModelViolation} naming the field and the bad value, and the final
 * {@link #throwIfInvalid()} reports all of them at once. Hosts can use it for their own value types
 * too; it is not thread-safe and is meant to live for one check.
 */
public final class ModelCheck {

  /** How an absent value is shown in a violation. */
  public static final String MISSING = "<missing>";

  private final String type;
  private final @Nullable Object id;
  private @Nullable String subject;

  // Allocated on the first violation: nearly every check of a valid value finds none.
  private @Nullable List<ModelViolation> violations;

  private ModelCheck(String type, @Nullable Object id) {
    this.type = type;
    this.id = id;
  }

  /**
   * Starts a check of one object.
   *
   * @param type the type's simple name, for example {@code "Stakeholder"}
   * @param id the object's id, shown after the type; may be null for objects without one
   * @return a new, empty check
   */
  public static ModelCheck of(String type, @Nullable Object id) {
    return new ModelCheck(type, id);
  }

  /** The subject this check reports violations against, for example {@code "Action a-1"}. */
  public String subject() {
    String s = subject;
    if (s == null) {
      // named on demand: every model value and result runs a check, and almost all pass
      s = id == null ? type : type + " " + id;
      subject = s;
    }
    return s;
  }

  /**
   * Records a violation when {@code condition} is false.
   *
   * @param condition the invariant
   * @param field the field name
   * @param value the value, rendered with {@link #show(Object)}
   * @param problem what is wrong when the invariant fails
   * @return this check
   */
  public ModelCheck require(
      boolean condition, String field, @Nullable Object value, String problem) {
    if (!condition) {
      found().add(new ModelViolation(subject(), field, show(value), problem));
    }
    return this;
  }

  /** Records a violation unless {@code value} has at least one non-whitespace character. */
  public ModelCheck nonBlank(String field, String value) {
    return require(!value.isBlank(), field, value, "must not be blank");
  }

  /** Like {@link #nonBlank(String, String)} for an optional text: absent is fine, blank is not. */
  public ModelCheck nonBlank(String field, Optional<String> value) {
    value.ifPresent(text -> nonBlank(field, text));
    return this;
  }

  /** Records a violation for every blank element of {@code values}. */
  public ModelCheck allNonBlank(String field, Collection<String> values) {
    int index = 0;
    for (String value : values) {
      if (value.isBlank()) {
        nonBlank(field + "[" + index + "]", value);
      }
      index++;
    }
    return this;
  }

  /** Records a violation when {@code value} is below {@code min} or above {@code max}. */
  public ModelCheck between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      require(false, field, value, "must be between " + min + " and " + max);
    }
    return this;
  }

  /** Like {@link #between(String, long, long, long)} for an optional value. */
  public ModelCheck between(String field, Optional<? extends Number> value, long min, long max) {
    value.ifPresent(number -> between(field, number.longValue(), min, max));
    return this;
  }

  /** Records a violation when {@code value} is negative. */
  public ModelCheck notNegative(String field, long value) {
    return require(value >= 0, field, value, "must not be negative");
  }

  /** Like {@link #notNegative(String, long)} for an optional value. */
  public ModelCheck notNegative(String field, Optional<? extends Number> value) {
    value.ifPresent(number -> notNegative(field, number.longValue()));
    return this;
  }

  /** Records a violation when both dates are present and {@code date} lies before {@code floor}. */
  public ModelCheck notBefore(
      String field, Optional<LocalDate> date, String floorField, Optional<LocalDate> floor) {
    if (date.isPresent() && floor.isPresent() && date.get().isBefore(floor.get())) {
      require(false, field, date.get(), "must not be before " + floorField + " " + floor.get());
    }
    return this;
  }

  /** Convenience overload of {@link #notBefore(String, Optional, String, Optional)}. */
  public ModelCheck notBefore(String field, LocalDate date, String floorField, LocalDate floor) {
    return notBefore(field, Optional.of(date), floorField, Optional.of(floor));
  }

  /** Convenience overload of {@link #notBefore(String, Optional, String, Optional)}. */
  public ModelCheck notBefore(
      String field, Optional<LocalDate> date, String floorField, LocalDate floor) {
    return notBefore(field, date, floorField, Optional.of(floor));
  }

  /** Records one violation for every key that two or more elements of {@code items} share. */
  public <T, K> ModelCheck unique(String field, Collection<T> items, Function<T, K> key) {
    if (items.size() < 2) {
      return this;
    }
    Set<K> seen = new HashSet<>();
    Set<K> reported = new HashSet<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k) && reported.add(k)) {
        require(false, field, k, "is used by more than one element; ids must be unique");
      }
    }
    return this;
  }

  /**
   * Records a violation unless {@code code} is dotted lower-case words, such as {@code
   * "coverage.role.unheld"}: two or more words of {@code a-z}, {@code 0-9} and {@code -}, joined by
   * single dots. Stable codes of reasons, criteria and rules have this form.
   */
  public ModelCheck dottedCode(String field, String code) {
    return require(isDottedCode(code), field, code, "must be dotted lower-case words");
  }

  /** True if {@code code} is dotted lower-case words; see {@link #dottedCode(String, String)}. */
  public static boolean isDottedCode(String code) {
    int dots = 0;
    int wordLength = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '.') {
        if (wordLength == 0) {
          return false;
        }
        dots++;
        wordLength = 0;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-') {
        wordLength++;
      } else {
        return false;
      }
    }
    return wordLength > 0 && dots >= 1; // the last word is not empty, and there are two or more
  }

  /** Checks the keys of a custom-attribute map: each non-blank and without outer whitespace. */
  public ModelCheck attributeKeys(Map<String, AttributeValue> attributes) {
    if (attributes.isEmpty()) {
      return this; // most values carry none; even an empty key set costs an iterator
    }
    for (String key : attributes.keySet()) {
      require(
          !key.isBlank() && key.strip().equals(key),
          "attributes",
          key,
          "keys must be non-blank and carry no leading or trailing whitespace");
    }
    return this;
  }

  /** Records a violation unless {@code code} is an ISO 3166-1 alpha-2 country code such as "US". */
  public ModelCheck countryCode(String field, String code) {
    return require(
        Countries.isCode(code), field, code, "is not an ISO 3166-1 alpha-2 country code");
  }

  /** True if {@code code} is an ISO 3166-1 alpha-2 country code such as "US". */
  public static boolean isCountryCode(String code) {
    return Countries.isCode(code);
  }

  /** Like {@link #countryCode(String, String)} for an optional code: absent is fine. */
  public ModelCheck countryCode(String field, Optional<String> code) {
    code.ifPresent(c -> countryCode(field, c));
    return this;
  }

  /** Adds violations found elsewhere, for example by a nested check. */
  public ModelCheck addAll(Collection<ModelViolation> found) {
    if (!found.isEmpty()) {
      found().addAll(found);
    }
    return this;
  }

  /** The violations recorded so far, in the order they were found. */
  public List<ModelViolation> violations() {
    return violations == null ? List.of() : List.copyOf(violations);
  }

  /** Throws {@link InvalidModelException} with every recorded violation, if there is any. */
  public void throwIfInvalid() {
    if (violations != null) {
      throw new InvalidModelException(violations);
    }
  }

  private List<ModelViolation> found() {
    List<ModelViolation> v = violations;
    if (v == null) {
      v = new ArrayList<>();
      violations = v;
    }
    return v;
  }

  /** Renders a value for a violation: text in quotes, absent as {@value #MISSING}. */
  public static String show(@Nullable Object value) {
    if (value == null) {
      return MISSING;
    }
    if (value instanceof Optional<?> optional) {
      return optional.map(ModelCheck::show).orElse(MISSING);
    }
    if (value instanceof CharSequence text) {
      return '"' + text.toString() + '"';
    }
    return String.valueOf(value);
  }
}
