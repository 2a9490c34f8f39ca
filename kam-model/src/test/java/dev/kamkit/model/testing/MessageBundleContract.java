package dev.kamkit.model.testing;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.ArgKind;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.explain.Param;
import dev.kamkit.model.id.StakeholderId;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that message codes and enum display names are worded completely and consistently in every
 * language kamkit ships: English (the root bundle), German and French.
 *
 * <p>For every code: it is dotted lower-case words, named once, with parameters of unique names;
 * each bundle has a pattern for it that parses, names only the code's parameters, names the same
 * ones in every language, writes apostrophes as {@code ''} (display names too: every value is
 * written as a pattern) and renders sample arguments; German and French differ from English
 * wherever the English has words. For every enum: each constant has a display name in every bundle.
 * Every key in the bundles is a code or a constant (no stale words).
 *
 * <pre>{@code
 * @Test
 * void everyCodeIsWordedInEveryLanguage() {
 *   MessageBundleContract.check(List.of(CoverageCode.values()), List.of(AccountScale.class));
 * }
 * }</pre>
 */
public final class MessageBundleContract {
  /** The languages kamkit ships, English first (the root bundles). */
  public static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.GERMAN, Locale.FRENCH);

  private static final Pattern NAMED = Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*[,}]");
  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}]*(\\{[^{}]*}[^{}]*)*}");

  private MessageBundleContract() {}

  /**
   * Checks {@code codes} and the display names of {@code enums}, and that their packages' bundles
   * hold nothing else.
   *
   * @throws AssertionError listing every problem found
   */
  public static void check(
      Collection<? extends MessageCode> codes,
      Collection<? extends Class<? extends Enum<?>>> enums) {
    List<String> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    // bundle name -> anchor, and the keys each bundle should hold
    Map<String, Class<?>> anchors = new TreeMap<>();
    Map<String, Set<String>> expected = new TreeMap<>();
    for (MessageCode code : codes) {
      if (!ModelCheck.isDottedCode(code.code())) {
        problems.add(code.code() + ": not dotted lower-case words");
      }
      if (!seen.add(code.code())) {
        problems.add(code.code() + ": declared twice");
        continue;
      }
      Set<String> names = new HashSet<>();
      for (Param p : code.params()) {
        if (!names.add(p.name())) {
          problems.add(code.code() + ": parameter " + p.name() + " declared twice");
        }
      }
      anchors.putIfAbsent(code.bundleName(), code.bundleAnchor());
      expected.computeIfAbsent(code.bundleName(), k -> new TreeSet<>()).add(code.code());
      checkCode(code, problems);
    }
    for (Class<? extends Enum<?>> type : enums) {
      String bundle = type.getPackageName() + ".messages";
      anchors.putIfAbsent(bundle, type);
      for (Enum<?> constant : type.getEnumConstants()) {
        String key = Messages.enumKey(constant);
        expected.computeIfAbsent(bundle, k -> new TreeSet<>()).add(key);
        Map<Locale, String> words = words(bundle, type, key, problems);
        words.forEach(
            (l, name) -> {
              if (LONE_APOSTROPHE.matcher(name).find()) {
                problems.add(key + " (" + language(l) + "): a lone apostrophe; write '' for one");
              }
            });
        if (words.size() == LANGUAGES.size()) {
          for (Locale l : List.of(Locale.GERMAN, Locale.FRENCH)) {
            if (hasWords(words.get(Locale.ROOT))
                && words.get(l).equals(words.get(Locale.ROOT))
                && !sameInEveryLanguage(words.get(Locale.ROOT))) {
              problems.add(key + ": the " + l + " name is the English one");
            }
          }
        }
      }
    }
    for (Map.Entry<String, Set<String>> e : expected.entrySet()) {
      for (Locale l : LANGUAGES) {
        Properties b = exact(e.getKey(), anchors.get(e.getKey()), l, problems);
        if (b != null) {
          for (String key : b.stringPropertyNames()) {
            if (!e.getValue().contains(key)) {
              problems.add(
                  e.getKey()
                      + " ("
                      + language(l)
                      + "): "
                      + key
                      + " is neither a code nor a constant");
            }
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(
          problems.size() + " message bundle problems:\n  " + String.join("\n  ", problems));
    }
  }

  private static void checkCode(MessageCode code, List<String> problems) {
    Map<Locale, String> patterns =
        words(code.bundleName(), code.bundleAnchor(), code.code(), problems);
    Set<String> params = new HashSet<>();
    code.params().forEach(p -> params.add(p.name()));
    Set<String> englishNames = null;
    for (Map.Entry<Locale, String> e : patterns.entrySet()) {
      String where = code.code() + " (" + language(e.getKey()) + ")";
      String pattern = e.getValue();
      Set<String> used = new TreeSet<>();
      Matcher m = NAMED.matcher(pattern);
      while (m.find()) {
        used.add(m.group(1));
      }
      boolean known = true;
      for (String name : used) {
        if (!params.contains(name)) {
          problems.add(where + ": names {" + name + "}, which is not a parameter " + code.params());
          known = false;
        }
      }
      if (e.getKey().equals(Locale.ROOT)) {
        englishNames = used;
      } else if (englishNames != null && !englishNames.equals(used)) {
        problems.add(where + ": names " + used + " where English names " + englishNames);
      }
      if (LONE_APOSTROPHE.matcher(pattern).find()) {
        problems.add(where + ": a lone apostrophe; MessageFormat needs '' for one");
      }
      try {
        if (!known) {
          continue;
        }
        new MessageFormat(
            pattern
                .replaceAll("\\s*,\\s*lower\\s*}", "}")
                .replaceAll("\\{\\s*[A-Za-z_][A-Za-z0-9_]*", "{0"));
        String text =
            Messages.in(e.getKey().equals(Locale.ROOT) ? Locale.ENGLISH : e.getKey())
                .format(Message.of(code, samples(code.params())));
        if (text.startsWith(code.code() + "(")) {
          problems.add(where + ": not found when rendering");
        }
      } catch (IllegalArgumentException ex) {
        problems.add(where + ": does not parse or render: " + ex.getMessage());
      }
      if (!e.getKey().equals(Locale.ROOT)
          && hasWords(patterns.getOrDefault(Locale.ROOT, ""))
          && pattern.equals(patterns.get(Locale.ROOT))
          && !sameInEveryLanguage(pattern)) {
        problems.add(where + ": the same as the English");
      }
    }
  }

  /** Sample arguments of the right kinds, to render every pattern once. */
  public static Arg[] samples(List<Param> params) {
    Arg[] args = new Arg[params.size()];
    for (int i = 0; i < args.length; i++) {
      args[i] = sample(params.get(i).kind());
    }
    return args;
  }

  private static Arg sample(ArgKind kind) {
    switch (kind) {
      case REF:
        return Arg.of(StakeholderId.of("s-1"), "Dr. Ada Okafor");
      case TEXT:
        return Arg.text("Oncoxa");
      case COUNT:
        return Arg.of(2);
      case NUMBER:
        return Arg.of(new BigDecimal("12.5"));
      case MONEY:
        return Arg.of(Money.of("1800.00", "USD"));
      case DATE:
        return Arg.of(LocalDate.of(2027, 3, 31));
      case YEAR:
        return Arg.year(2026);
      case ENUM:
        return Arg.of(ArgKind.TEXT);
      case MESSAGE:
        return Arg.of(Message.of(ModelCode.BLANK));
      default:
        return Arg.list(Arg.text("a"), Arg.text("b"));
    }
  }

  private static Map<Locale, String> words(
      String bundle, Class<?> anchor, String key, List<String> problems) {
    Map<Locale, String> found = new LinkedHashMap<>();
    for (Locale l : LANGUAGES) {
      Properties b = exact(bundle, anchor, l, problems);
      if (b == null) {
        continue;
      }
      String words = b.getProperty(key);
      if (words == null) {
        problems.add(key + ": missing from " + bundle + " (" + language(l) + ")");
      } else {
        found.put(l, words);
      }
    }
    return found;
  }

  /** The bundle file of exactly this language, without its parents; null if there is none. */
  private static Properties exact(String bundle, Class<?> anchor, Locale l, List<String> problems) {
    String path =
        bundle.replace('.', '/')
            + (l.equals(Locale.ROOT) ? "" : "_" + l.getLanguage())
            + ".properties";
    try (InputStream in = anchor.getModule().getResourceAsStream(path)) {
      if (in == null) {
        problems.add(bundle + ": no " + language(l) + " bundle (" + path + ")");
        return null;
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasWords(String pattern) {
    return PLACEHOLDER.matcher(pattern).replaceAll("").chars().filter(Character::isLetter).count()
        > 1;
  }

  /** Words the same in every language: symbols, codes, "OK". */
  private static boolean sameInEveryLanguage(String pattern) {
    String words = PLACEHOLDER.matcher(pattern).replaceAll("").strip();
    // symbols, numbers and acronyms (NPI, GPO, SWOT) are the same in every language
    return words.matches("[\\p{Punct}\\s\\d\\p{Lu}]*");
  }

  private static String language(Locale l) {
    return l.equals(Locale.ROOT) ? "English" : l.getDisplayLanguage(Locale.ENGLISH);
  }
}
