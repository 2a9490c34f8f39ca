package dev.kamkit.model.explain;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.KamId;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.regex.Matcher;

/**
 * Words {@link Message messages}, {@link Explanation explanations} and enum values in one language,
 * from the message bundles of the packages that declare them.
 *
 * <p>kamkit ships English (the root bundles), German and French. A locale of another language gets
 * English: the words never fall back to the JVM's default locale. Numbers, amounts and dates are
 * worded for the same language as the words, so a German text never carries English numbers.
 *
 * <p>An instance caches the bundles and parsed patterns it has used; it is cheap to make and not
 * thread-safe, so make one per thread or per request. A pattern or display name that a bundle lacks
 * is worded as its code and arguments, never as an exception: the bundle tests keep that from
 * happening in kamkit's own codes.
 */
public final class Messages {
  private static final String OWN_BUNDLE = Messages.class.getPackageName() + ".messages";
  private static final Function<KamId, Optional<String>> NO_NAMES = id -> Optional.empty();
  private static final java.util.regex.Pattern NAMED_ARGUMENT =
      java.util.regex.Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(,\\s*lower\\s*}|[,}])");

  private final Locale locale;
  private final Locale bundleLocale;
  private final Map<String, Optional<ResourceBundle>> bundles = new HashMap<>();
  private final Map<MessageCode, Pattern> formats = new HashMap<>();
  private final DateTimeFormatter dates;
  private final String listSeparator;
  private final MoneyStyle moneyStyle;
  private final Function<? super KamId, Optional<String>> names;

  private Messages(
      Locale requested, MoneyStyle moneyStyle, Function<? super KamId, Optional<String>> names) {
    this.moneyStyle = moneyStyle;
    this.names = names;
    ResourceBundle own =
        ResourceBundle.getBundle(OWN_BUNDLE, requested, Messages.class.getModule());
    boolean translated =
        !own.getLocale().getLanguage().isEmpty()
            && own.getLocale().getLanguage().equals(requested.getLanguage());
    this.locale = translated ? requested : Locale.ENGLISH;
    this.bundleLocale = translated ? requested : Locale.ROOT;
    ResourceBundle words = translated ? own : load(OWN_BUNDLE, Messages.class);
    this.dates = DateTimeFormatter.ofPattern(words.getString("format.date"), locale);
    this.listSeparator = words.getString("format.list.separator");
  }

  /** Messages in {@code locale}'s language where kamkit has it, else in English. */
  public static Messages in(Locale locale) {
    return new Messages(locale, MoneyStyle.FULL, NO_NAMES);
  }

  /** Messages in English. */
  public static Messages english() {
    return new Messages(Locale.ROOT, MoneyStyle.FULL, NO_NAMES);
  }

  /**
   * These messages with money worded in {@code style}; {@link MoneyStyle#FULL} unless asked. A
   * report asks for {@link MoneyStyle#COMPACT}.
   */
  public Messages withMoneyStyle(MoneyStyle style) {
    Objects.requireNonNull(style, "style");
    return style == moneyStyle ? this : new Messages(locale, style, names);
  }

  /**
   * These messages with the records a result names by id alone ({@link Arg#of(KamId)}) worded by
   * {@code names} where it knows them: a report that has the portfolio at hand says "Owen Price",
   * not {@code team-sales-owen-price}. An id {@code names} does not know, or that the result named
   * itself ({@link Arg#of(KamId, String)}), is worded as before. {@code names} is asked once per
   * mention, and must not fail.
   *
   * <pre>{@code
   * Map<KamId, String> byId = Map.of(TeamMemberId.of("team-sales-owen-price"), "Owen Price");
   * Messages words = Messages.in(Locale.ENGLISH).withNames(id -> Optional.ofNullable(byId.get(id)));
   * }</pre>
   */
  public Messages withNames(Function<? super KamId, Optional<String>> names) {
    Objects.requireNonNull(names, "names");
    return new Messages(locale, moneyStyle, names);
  }

  /** How money is worded. */
  public MoneyStyle moneyStyle() {
    return moneyStyle;
  }

  /** The locale the words and numbers are in: the requested one, or English. */
  public Locale locale() {
    return locale;
  }

  /** The words of {@code message}. */
  public String format(Message message) {
    MessageCode code = message.code();
    Pattern compiled = formats.get(code);
    if (compiled == null) {
      Optional<String> pattern = lookup(code.bundleName(), code.bundleAnchor(), code.code());
      if (pattern.isEmpty()) {
        return fallback(message);
      }
      compiled = compile(pattern.get(), code.params());
      formats.put(code, compiled);
    }
    List<Arg> args = message.args();
    int n = args.size();
    // positions n and up hold the mid-sentence forms that {name,lower} asks for, made only there
    Object[] values = new Object[2 * n];
    for (int i = 0; i < n; i++) {
      values[i] = value(args.get(i));
      if (compiled.lowered()[i]) {
        values[n + i] = lower(args.get(i));
      }
    }
    MessageFormat format = compiled.format();
    return format.format(values);
  }

  /** The words for one argument on its own, as a pattern would show it. */
  public String format(Arg arg) {
    return String.valueOf(value(arg));
  }

  /**
   * The display name of {@code value}, from its package's bundle under {@code Enum.CONSTANT}, or
   * its constant's words in lower case when the bundle lacks it.
   */
  public String name(Enum<?> value) {
    Class<?> type = value.getDeclaringClass();
    // every value in a bundle is written as a pattern, so an apostrophe is doubled there too
    return lookup(type.getPackageName() + ".messages", type, enumKey(value))
        .map(name -> name.replace("''", "'"))
        .orElseGet(() -> value.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  /** The key an enum constant's display name is kept under: {@code BuyingRole.ECONOMIC_BUYER}. */
  public static String enumKey(Enum<?> value) {
    return value.getDeclaringClass().getSimpleName() + "." + value.name();
  }

  /** The words of {@code explanation}: one line per message, indented two spaces per level. */
  public String explain(Explanation explanation) {
    StringBuilder text = new StringBuilder();
    explain(explanation, 0, text);
    return text.toString();
  }

  private void explain(Explanation e, int depth, StringBuilder text) {
    if (text.length() > 0) {
      text.append('\n');
    }
    text.append("  ".repeat(depth)).append(format(e.line()));
    for (Explanation detail : e.details()) {
      explain(detail, depth + 1, text);
    }
  }

  private Object value(Arg arg) {
    if (arg instanceof Arg.Ref r) {
      // a result that named the record itself keeps its name; an id alone is worded by the host's
      return r.name().equals(r.id().value()) ? names.apply(r.id()).orElse(r.name()) : r.name();
    } else if (arg instanceof Arg.Text t) {
      return t.text();
    } else if (arg instanceof Arg.Count c) {
      return c.value();
    } else if (arg instanceof Arg.Number n) {
      return n.value();
    } else if (arg instanceof Arg.Amount a) {
      return money(a.value());
    } else if (arg instanceof Arg.Day d) {
      return dates.format(d.value());
    } else if (arg instanceof Arg.Year y) {
      return Integer.toString(y.value());
    } else if (arg instanceof Arg.Choice c) {
      return name(c.value());
    } else if (arg instanceof Arg.Nested n) {
      return format(n.value());
    } else {
      List<Arg> values = ((Arg.Many) arg).values();
      StringBuilder joined = new StringBuilder();
      for (Arg value : values) {
        if (joined.length() > 0) {
          joined.append(listSeparator);
        }
        joined.append(value(value));
      }
      return joined.toString();
    }
  }

  /** An amount with its currency's decimals and the language's separators: {@code 1.800,00 EUR}. */
  private String money(Money money) {
    if (moneyStyle == MoneyStyle.COMPACT) {
      return compact(money);
    }
    int digits = Math.max(0, money.currency().getDefaultFractionDigits());
    DecimalFormat format =
        new DecimalFormat(
            digits == 0 ? "#,##0" : "#,##0." + "0".repeat(digits),
            DecimalFormatSymbols.getInstance(locale));
    BigDecimal amount = money.amount();
    return format.format(amount) + "\u00a0" + money.currency().getCurrencyCode();
  }

  /**
   * Thousands and millions abbreviated to at most one decimal, smaller sums exact, with the
   * currency's symbol.
   */
  private String compact(Money money) {
    NumberFormat digits;
    if (money.amount().abs().compareTo(BigDecimal.valueOf(1000)) < 0) {
      // nothing to abbreviate: small sums (a meal, a threshold) keep their cents
      int cents = Math.max(0, money.currency().getDefaultFractionDigits());
      digits = NumberFormat.getNumberInstance(locale);
      // the amount has exactly its currency's decimals (Money keeps that scale), and a minimum
      // above the format's maximum raises the maximum too
      digits.setMinimumFractionDigits(cents);
    } else {
      digits = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
      digits.setMaximumFractionDigits(1);
    }
    // a double, not the BigDecimal: the JDK's compact format rounds a BigDecimal to whole units
    // (1.8 million becomes "2M"), whatever its fraction digits say
    String number = digits.format(money.amount().doubleValue());
    String symbol = money.currency().getSymbol(locale);
    return symbolFirst() ? symbol + number : number + "\u00a0" + symbol;
  }

  /** Whether the language writes the currency before the amount, as English does. */
  private boolean symbolFirst() {
    NumberFormat currency = NumberFormat.getCurrencyInstance(locale);
    return currency instanceof DecimalFormat d && d.toPattern().startsWith("\u00a4");
  }

  private Optional<String> lookup(String bundleName, Class<?> anchor, String key) {
    Optional<ResourceBundle> bundle =
        bundles.computeIfAbsent(bundleName, name -> bundle(name, anchor));
    if (bundle.isEmpty() || !bundle.get().containsKey(key)) {
      return Optional.empty();
    }
    return Optional.of(bundle.get().getString(key));
  }

  private Optional<ResourceBundle> bundle(String name, Class<?> anchor) {
    try {
      return Optional.of(ResourceBundle.getBundle(name, bundleLocale, anchor.getModule()));
    } catch (MissingResourceException e) {
      return Optional.empty();
    }
  }

  private static ResourceBundle load(String name, Class<?> anchor) {
    return ResourceBundle.getBundle(name, Locale.ROOT, anchor.getModule());
  }

  /**
   * The mid-sentence form of an argument: an enum value's display name with its first letter
   * lower-cased unless it starts an acronym ("P&amp;T committee", "GPO"), element by element in a
   * list. Names of people and things and the host's own text are never changed.
   */
  private Object lower(Arg arg) {
    if (arg instanceof Arg.Choice c) {
      String name = name(c.value());
      boolean acronym = name.length() > 1 && !Character.isLowerCase(name.charAt(1));
      if (name.isEmpty() || acronym || !Character.isUpperCase(name.charAt(0))) {
        return name;
      }
      return name.substring(0, 1).toLowerCase(locale) + name.substring(1);
    }
    if (arg instanceof Arg.Many many) {
      StringBuilder joined = new StringBuilder();
      for (Arg value : many.values()) {
        if (joined.length() > 0) {
          joined.append(listSeparator);
        }
        joined.append(lower(value));
      }
      return joined.toString();
    }
    return value(arg);
  }

  /** A parsed pattern, and which arguments it asks for in their mid-sentence form. */
  private record Pattern(MessageFormat format, boolean[] lowered) {}

  private Pattern compile(String pattern, List<Param> params) {
    boolean[] lowered = new boolean[params.size()];
    String positional = positional(pattern, params, lowered);
    return new Pattern(new MessageFormat(positional, locale), lowered);
  }

  /**
   * Turns the named arguments of a pattern into MessageFormat's positions; {@code {name,lower}}
   * becomes the position of that argument's mid-sentence form, and is marked in {@code lowered}.
   */
  static String positional(String pattern, List<Param> params, boolean[] lowered) {
    Matcher m = NAMED_ARGUMENT.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int index = indexOf(params, m.group(1));
      boolean lower = index >= 0 && m.group(2).length() > 1;
      if (lower) {
        lowered[index] = true;
      }
      String replacement =
          index < 0
              ? m.group()
              : lower ? "{" + (params.size() + index) + "}" : "{" + index + m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static int indexOf(List<Param> params, String name) {
    for (int i = 0; i < params.size(); i++) {
      if (params.get(i).name().equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private String fallback(Message message) {
    StringBuilder text = new StringBuilder(message.code().code()).append('(');
    List<Param> params = message.code().params();
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        text.append(", ");
      }
      text.append(params.get(i).name()).append('=').append(value(message.args().get(i)));
    }
    return text.append(')').toString();
  }
}
