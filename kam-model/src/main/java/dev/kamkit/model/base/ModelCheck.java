package dev.kamkit.model.base;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 *     .require(!parent().equals(Optional.of(id())), "parent", parent(), ModelCode.ACTION_OWN_PARENT)
 *     .throwIfInvalid();
 * }</pre>
 *
 * Every check records a {@link ModelViolation} naming the field by its {@link FieldPath path}, the
 * bad value and a {@link Message} (a {@link MessageCode} with typed arguments); the final {@link
 * #throwIfInvalid()} reports all of them at once. Hosts can use it for their own value types too;
 * it is not thread-safe and is meant to live for one check.
 *
 * <p>Every model value and result runs a check, and nearly all pass: the subject, paths, messages
 * and arguments are made only once a violation is found. A check whose path or arguments cost
 * something to make tests its condition first and calls {@link #fail(FieldPath, Object,
 * MessageCode, Arg...)} only when it is broken.
 */
public final class ModelCheck {

  /** How an absent value is shown in a violation. */
  public static final String MISSING = "<missing>";

  private final String type;
  private final @Nullable Object id;
  private final @Nullable Object otherKey;
  private @Nullable ModelSubject subject;

  // Allocated on the first violation: nearly every check of a valid value finds none.
  private @Nullable List<ModelViolation> violations;

  private ModelCheck(String type, @Nullable Object id, @Nullable Object otherKey) {
    this.type = type;
    this.id = id;
    this.otherKey = otherKey;
  }

  /**
   * Starts a check of one object.
   *
   * @param type the type's simple name, for example {@code "Stakeholder"}
   * @param id the object's id, or what else tells it apart (a name, a date); may be null for
   *     objects without one
   * @return a new, empty check
   */
  public static ModelCheck of(String type, @Nullable Object id) {
    return new ModelCheck(type, id, null);
  }

  /**
   * Starts a check of an object known by a composite key, such as a relationship by its team member
   * and stakeholder.
   */
  public static ModelCheck of(String type, Object key, Object otherKey) {
    return new ModelCheck(type, key, otherKey);
  }

  /** The subject this check reports violations against, for example {@code Action a-1}. */
  public ModelSubject subject() {
    ModelSubject s = subject;
    if (s == null) {
      // named on demand: every model value and result runs a check, and almost all pass
      List<Arg> key = new ArrayList<>(Values.key(id));
      key.addAll(Values.key(otherKey));
      s = new ModelSubject(type, key);
      subject = s;
    }
    return s;
  }

  /**
   * The path of an element of a list: {@code at("relationships", 3, List.of(tm, s))} is the fourth
   * relationship, keyed by its team member and stakeholder.
   *
   * @param list the list's field name
   * @param index the element's position, from zero
   * @param key the element's id, or a {@code List} of the parts of its key, or null for none
   */
  public static FieldPath at(String list, int index, @Nullable Object key) {
    return FieldPath.of(list).element(index, Values.key(key));
  }

  /** The parts of an id or key as arguments; a {@code List} is a composite key. */
  public static List<Arg> keyOf(@Nullable Object key) {
    return Values.key(key);
  }

  /**
   * Records a violation when {@code condition} is false.
   *
   * @param condition the invariant
   * @param field the field's name
   * @param value the value, shown with {@link #show(Object)}
   * @param code what is wrong when the invariant fails; a code without parameters
   * @return this check
   */
  public ModelCheck require(
      boolean condition, String field, @Nullable Object value, MessageCode code) {
    if (!condition) {
      add(FieldPath.of(field), value, Message.of(code));
    }
    return this;
  }

  /**
   * Records a violation when {@code condition} is false, with arguments for the code's parameters.
   * The arguments are made whether or not the condition holds: where that costs, test the condition
   * first and call {@link #fail(String, Object, MessageCode, Arg...)}.
   */
  public ModelCheck require(
      boolean condition, String field, @Nullable Object value, MessageCode code, Arg... args) {
    if (!condition) {
      add(FieldPath.of(field), value, Message.of(code, args));
    }
    return this;
  }

  /** Records a violation of {@code field} unconditionally: call it once a check has failed. */
  public ModelCheck fail(String field, @Nullable Object value, MessageCode code, Arg... args) {
    return fail(FieldPath.of(field), value, code, args);
  }

  /** Records a violation at {@code path} unconditionally: call it once a check has failed. */
  public ModelCheck fail(FieldPath path, @Nullable Object value, MessageCode code, Arg... args) {
    add(path, value, Message.of(code, args));
    return this;
  }

  /** Records a violation unless {@code value} has at least one non-whitespace character. */
  public ModelCheck nonBlank(String field, String value) {
    if (value.isBlank()) {
      fail(field, value, ModelCode.BLANK);
    }
    return this;
  }

  /** Like {@link #nonBlank(String, String)} for an optional text: absent is fine, blank is not. */
  public ModelCheck nonBlank(String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      fail(field, value.get(), ModelCode.BLANK);
    }
    return this;
  }

  /** Records a violation for every blank element of {@code values}, at its index. */
  public ModelCheck allNonBlank(String field, Collection<String> values) {
    if (values.isEmpty()) {
      return this;
    }
    int index = 0;
    for (String value : values) {
      if (value.isBlank()) {
        fail(FieldPath.of(field).element(index), value, ModelCode.BLANK);
      }
      index++;
    }
    return this;
  }

  /** Records a violation when {@code value} is below {@code min} or above {@code max}. */
  public ModelCheck between(String field, long value, long min, long max) {
    if (value < min || value > max) {
      fail(
          field,
          value,
          ModelCode.OUT_OF_RANGE,
          Arg.of(BigDecimal.valueOf(min)),
          Arg.of(BigDecimal.valueOf(max)));
    }
    return this;
  }

  /** Like {@link #between(String, long, long, long)} for an optional value. */
  public ModelCheck between(String field, Optional<? extends Number> value, long min, long max) {
    if (value.isPresent()) {
      between(field, value.get().longValue(), min, max);
    }
    return this;
  }

  /** Records a violation when {@code value} is below {@code min} or above {@code max}. */
  public ModelCheck between(String field, BigDecimal value, BigDecimal min, BigDecimal max) {
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      fail(field, value, ModelCode.OUT_OF_RANGE, Arg.of(min), Arg.of(max));
    }
    return this;
  }

  /** Records a violation when {@code value} is negative. */
  public ModelCheck notNegative(String field, long value) {
    if (value < 0) {
      fail(field, value, ModelCode.NEGATIVE);
    }
    return this;
  }

  /** Like {@link #notNegative(String, long)} for an optional value. */
  public ModelCheck notNegative(String field, Optional<? extends Number> value) {
    if (value.isPresent()) {
      notNegative(field, value.get().longValue());
    }
    return this;
  }

  /** Records a violation when {@code value} is negative. */
  public ModelCheck notNegative(String field, BigDecimal value) {
    if (value.signum() < 0) {
      fail(field, value, ModelCode.NEGATIVE);
    }
    return this;
  }

  /** Records a violation when {@code value} is a negative amount. */
  public ModelCheck notNegative(String field, Money value) {
    if (value.isNegative()) {
      fail(field, value, ModelCode.NEGATIVE);
    }
    return this;
  }

  /** Records a violation unless {@code value} is an amount above zero. */
  public ModelCheck positive(String field, Money value) {
    if (!value.isPositive()) {
      fail(field, value, ModelCode.NOT_POSITIVE);
    }
    return this;
  }

  /** Like {@link #positive(String, Money)} for an optional amount. */
  public ModelCheck positive(String field, Optional<Money> value) {
    value.ifPresent(v -> positive(field, v));
    return this;
  }

  /** Records a violation unless {@code value} is above zero. */
  public ModelCheck positive(String field, BigDecimal value) {
    if (value.signum() <= 0) {
      fail(field, value, ModelCode.NOT_POSITIVE);
    }
    return this;
  }

  /** Records a violation unless {@code value} is above zero and at most one. */
  public ModelCheck share(String field, BigDecimal value) {
    if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
      fail(field, value, ModelCode.NOT_A_SHARE);
    }
    return this;
  }

  /**
   * Records a violation when {@code value} is above {@code limit}, the value of {@code limitField}.
   */
  public ModelCheck notAbove(String field, BigDecimal value, String limitField, BigDecimal limit) {
    if (value.compareTo(limit) > 0) {
      fail(field, value, ModelCode.EXCEEDS, Arg.text(limitField), Arg.of(limit));
    }
    return this;
  }

  /** Like {@link #notAbove(String, BigDecimal, String, BigDecimal)} for whole numbers. */
  public ModelCheck notAbove(String field, long value, String limitField, long limit) {
    if (value > limit) {
      fail(
          field, value, ModelCode.EXCEEDS, Arg.text(limitField), Arg.of(BigDecimal.valueOf(limit)));
    }
    return this;
  }

  /**
   * Records a violation unless {@code value} is below {@code ceiling}, the value of {@code
   * ceilingField}.
   */
  public ModelCheck below(String field, BigDecimal value, String ceilingField, BigDecimal ceiling) {
    if (value.compareTo(ceiling) >= 0) {
      fail(field, value, ModelCode.NOT_BELOW, Arg.text(ceilingField), Arg.of(ceiling));
    }
    return this;
  }

  /**
   * Records a violation unless {@code value} is above {@code floor}, the value of {@code
   * floorField}.
   */
  public ModelCheck above(String field, BigDecimal value, String floorField, BigDecimal floor) {
    if (value.compareTo(floor) <= 0) {
      fail(field, value, ModelCode.NOT_ABOVE, Arg.text(floorField), Arg.of(floor));
    }
    return this;
  }

  /** Records a violation when {@code values} has no element. */
  public ModelCheck nonEmpty(String field, Collection<?> values) {
    if (values.isEmpty()) {
      fail(field, values, ModelCode.EMPTY);
    }
    return this;
  }

  /** Records a violation when {@code map} has no entry. */
  public ModelCheck nonEmpty(String field, Map<?, ?> map) {
    if (map.isEmpty()) {
      fail(field, map, ModelCode.EMPTY);
    }
    return this;
  }

  /** Records a violation when {@code year} lies before {@code first}. */
  public ModelCheck notBefore(String field, int year, int first) {
    if (year < first) {
      fail(field, year, ModelCode.TOO_EARLY, Arg.year(first));
    }
    return this;
  }

  /** Records a violation when {@code rounding} is {@link RoundingMode#UNNECESSARY}. */
  public ModelCheck rounds(String field, RoundingMode rounding) {
    if (rounding == RoundingMode.UNNECESSARY) {
      fail(field, rounding, ModelCode.ROUNDING_UNNECESSARY);
    }
    return this;
  }

  /** Records a violation when both dates are present and {@code date} lies before {@code floor}. */
  public ModelCheck notBefore(
      String field, Optional<LocalDate> date, String floorField, Optional<LocalDate> floor) {
    if (date.isPresent() && floor.isPresent() && date.get().isBefore(floor.get())) {
      fail(field, date.get(), ModelCode.BEFORE, Arg.text(floorField), Arg.of(floor.get()));
    }
    return this;
  }

  /** Convenience overload of {@link #notBefore(String, Optional, String, Optional)}. */
  public ModelCheck notBefore(String field, LocalDate date, String floorField, LocalDate floor) {
    if (date.isBefore(floor)) {
      fail(field, date, ModelCode.BEFORE, Arg.text(floorField), Arg.of(floor));
    }
    return this;
  }

  /** Convenience overload of {@link #notBefore(String, Optional, String, Optional)}. */
  public ModelCheck notBefore(
      String field, Optional<LocalDate> date, String floorField, LocalDate floor) {
    if (date.isPresent()) {
      notBefore(field, date.get(), floorField, floor);
    }
    return this;
  }

  /**
   * Records one violation for every id that two or more elements of {@code items} share, at the
   * second element that has it: {@code unique("stakeholders", "id", stakeholders(),
   * Stakeholder::id)} reports {@code stakeholders[1].id}.
   *
   * @param list the list's field name
   * @param idField the field of each element holding its id
   * @param items the elements, in order
   * @param id each element's id; a {@code List} for a composite key
   */
  public <T, K> ModelCheck unique(
      String list, String idField, Collection<T> items, Function<T, K> id) {
    if (items.size() < 2) {
      return this;
    }
    Set<K> seen = new HashSet<>();
    @Nullable Set<K> reported = null;
    int index = 0;
    for (T item : items) {
      K k = id.apply(item);
      if (!seen.add(k)) {
        if (reported == null) {
          reported = new HashSet<>();
        }
        if (reported.add(k)) {
          fail(at(list, index, k).field(idField), k, ModelCode.DUPLICATE);
        }
      }
      index++;
    }
    return this;
  }

  /**
   * Records one violation for every key that two or more elements of {@code items} share, at the
   * second element that has it, the element itself standing for its key: relationships keyed by
   * team member and stakeholder, products listed by id.
   *
   * <p>{@code list} may also name the key's field after a dot, {@code "hostThresholds.year"}, as
   * checks written before {@link #unique(String, String, Collection, Function)} did.
   *
   * @param key each element's key; a {@code List} for a composite key
   */
  public <T, K> ModelCheck unique(String list, Collection<T> items, Function<T, K> key) {
    if (items.size() < 2) {
      return this;
    }
    int dot = list.indexOf('.');
    if (dot > 0) {
      return unique(list.substring(0, dot), list.substring(dot + 1), items, key);
    }
    Set<K> seen = new HashSet<>();
    @Nullable Set<K> reported = null;
    int index = 0;
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k)) {
        if (reported == null) {
          reported = new HashSet<>();
        }
        if (reported.add(k)) {
          fail(at(list, index, k), k, ModelCode.DUPLICATE);
        }
      }
      index++;
    }
    return this;
  }

  /**
   * Like {@link #unique(String, String, Collection, Function)} where the id lies deeper than one
   * field of the element: {@code where} makes the path of the second element with an id.
   */
  public <T, K> ModelCheck unique(Collection<T> items, Function<T, K> id, Where<K> where) {
    if (items.size() < 2) {
      return this;
    }
    Set<K> seen = new HashSet<>();
    @Nullable Set<K> reported = null;
    int index = 0;
    for (T item : items) {
      K k = id.apply(item);
      if (!seen.add(k)) {
        if (reported == null) {
          reported = new HashSet<>();
        }
        if (reported.add(k)) {
          fail(where.at(index, k), k, ModelCode.DUPLICATE);
        }
      }
      index++;
    }
    return this;
  }

  /** Makes the path of the element at {@code index} whose id is {@code id}. */
  @FunctionalInterface
  public interface Where<K> {
    /** The path of the element at {@code index} with id {@code id}. */
    FieldPath at(int index, K id);
  }

  /**
   * Records a violation unless {@code code} is dotted lower-case words, such as {@code
   * "coverage.role.unheld"}: two or more words of {@code a-z}, {@code 0-9} and {@code -}, joined by
   * single dots. Stable codes of reasons, criteria and rules have this form.
   */
  public ModelCheck dottedCode(String field, String code) {
    if (!isDottedCode(code)) {
      fail(field, code, ModelCode.NOT_DOTTED);
    }
    return this;
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

  /**
   * Checks the keys of a custom-attribute map: each non-blank and without outer whitespace. A bad
   * key is reported at its entry, {@code attributes[" segment"]}.
   */
  public ModelCheck attributeKeys(Map<String, AttributeValue> attributes) {
    if (attributes.isEmpty()) {
      return this; // most values carry none; even an empty key set costs an iterator
    }
    for (String key : attributes.keySet()) {
      if (key.isBlank() || !key.strip().equals(key)) {
        fail(FieldPath.of("attributes").entry(key), key, ModelCode.ATTRIBUTE_KEY);
      }
    }
    return this;
  }

  /** Records a violation unless {@code code} is an ISO 3166-1 alpha-2 country code such as "US". */
  public ModelCheck countryCode(String field, String code) {
    if (!Countries.isCode(code)) {
      fail(field, code, ModelCode.NOT_A_COUNTRY);
    }
    return this;
  }

  /** True if {@code code} is an ISO 3166-1 alpha-2 country code such as "US". */
  public static boolean isCountryCode(String code) {
    return Countries.isCode(code);
  }

  /** Like {@link #countryCode(String, String)} for an optional code: absent is fine. */
  public ModelCheck countryCode(String field, Optional<String> code) {
    if (code.isPresent()) {
      countryCode(field, code.get());
    }
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

  private void add(FieldPath path, @Nullable Object value, Message message) {
    found().add(ModelViolation.of(subject(), path, value, message));
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
