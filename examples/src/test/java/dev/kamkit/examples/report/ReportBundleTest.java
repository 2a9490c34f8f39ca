package dev.kamkit.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.model.explain.Param;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.RagStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The report's bundles, {@code report.properties} and its German and French translations, hold the
 * same keys, one per {@link ReportCode}, with the same arguments formatted the same way; every
 * pattern renders, and German and French are not English left over.
 */
class ReportBundleTest {
  private static final Map<Locale, String> FILES = new LinkedHashMap<>();

  static {
    FILES.put(Locale.ROOT, "report.properties");
    FILES.put(Locale.GERMAN, "report_de.properties");
    FILES.put(Locale.FRENCH, "report_fr.properties");
  }

  /** An argument in a pattern: its name, and its format type if it has one ({@code number}). */
  private static final Pattern ARGUMENT =
      Pattern.compile("\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(?:,\\s*([a-z]+))?");

  private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

  private static Properties load(String file) throws IOException {
    Properties bundle = new Properties();
    try (InputStream in = ReportBundleTest.class.getResourceAsStream(file)) {
      assertNotNull(in, file);
      bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return bundle;
  }

  @Test
  void everyLanguageHasExactlyOneKeyPerCode() throws IOException {
    Set<String> codes =
        Arrays.stream(ReportCode.values())
            .map(ReportCode::code)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(ReportCode.values().length, codes.size(), "a code is declared twice");
    for (Map.Entry<Locale, String> file : FILES.entrySet()) {
      assertEquals(
          codes, new TreeSet<>(load(file.getValue()).stringPropertyNames()), file.getValue());
    }
  }

  /**
   * The same arguments in every language, each with the same format type ({@code {count,number}},
   * {@code {accounts,choice}}); {@code {role,lower}} is a kamkit style a language may leave out.
   */
  @Test
  void everyLanguageNamesTheSameArgumentsFormattedTheSameWay() throws IOException {
    Properties english = load(FILES.get(Locale.ROOT));
    List<String> problems = new ArrayList<>();
    for (ReportCode code : ReportCode.values()) {
      Set<String> params =
          code.params().stream().map(Param::name).collect(Collectors.toCollection(TreeSet::new));
      Set<String> englishArguments = arguments(english.getProperty(code.code(), ""));
      Set<String> englishNames = names(englishArguments);
      if (!englishNames.equals(params)) {
        problems.add(code.code() + ": English names " + englishNames + ", parameters " + params);
      }
      for (Locale l : List.of(Locale.GERMAN, Locale.FRENCH)) {
        Set<String> translated = arguments(load(FILES.get(l)).getProperty(code.code(), ""));
        if (!translated.equals(englishArguments)) {
          problems.add(
              code.code()
                  + " ("
                  + l
                  + "): "
                  + translated
                  + " where English has "
                  + englishArguments);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyPatternRendersInItsLanguage() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<Locale, String> file : FILES.entrySet()) {
      Properties bundle = load(file.getValue());
      Locale l = file.getKey().equals(Locale.ROOT) ? Locale.ENGLISH : file.getKey();
      for (ReportCode code : ReportCode.values()) {
        String pattern = bundle.getProperty(code.code(), "");
        if (LONE_APOSTROPHE.matcher(pattern).find()) {
          problems.add(code.code() + " (" + l + "): a lone apostrophe; write '' or ’");
        }
        for (long n : new long[] {0, 1, 2, 1234}) {
          String words;
          try {
            words = Messages.in(l).format(Message.of(code, samples(code, n)));
          } catch (IllegalArgumentException e) {
            problems.add(code.code() + " (" + l + "): does not render: " + e.getMessage());
            break;
          }
          if (words.startsWith(code.code() + "(") || words.contains("{")) {
            problems.add(code.code() + " (" + l + "): rendered as " + words);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** German and French differ from English wherever the English pattern has words. */
  @Test
  void germanAndFrenchAreNotEnglishLeftOver() throws IOException {
    Properties english = load(FILES.get(Locale.ROOT));
    List<String> problems = new ArrayList<>();
    for (Locale l : List.of(Locale.GERMAN, Locale.FRENCH)) {
      Properties translated = load(FILES.get(l));
      for (ReportCode code : ReportCode.values()) {
        String pattern = english.getProperty(code.code(), "");
        if (SampleLanguagesTest.hasWords(pattern)
            && pattern.equals(translated.getProperty(code.code()))) {
          problems.add(code.code() + " (" + l + "): the English pattern " + pattern);
        }
        String words = Messages.english().format(Message.of(code, samples(code, 2)));
        if (SampleLanguagesTest.hasWords(pattern)
            && words.equals(Messages.in(l).format(Message.of(code, samples(code, 2))))) {
          problems.add(code.code() + " (" + l + "): the English words " + words);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  /** The arguments of a pattern, as {@code name} or {@code name,type}. */
  private static Set<String> arguments(String pattern) {
    Set<String> out = new TreeSet<>();
    Matcher m = ARGUMENT.matcher(pattern);
    while (m.find()) {
      String type = m.group(2);
      out.add(type == null || type.equals("lower") ? m.group(1) : m.group(1) + "," + type);
    }
    return out;
  }

  private static Set<String> names(Set<String> arguments) {
    return arguments.stream()
        .map(a -> a.replaceFirst(",.*", ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** Arguments of the right kinds for {@code code}, every count {@code n}. */
  private static Arg[] samples(ReportCode code, long n) {
    return code.params().stream().map(p -> sample(p, n)).toArray(Arg[]::new);
  }

  private static Arg sample(Param param, long n) {
    return switch (param.kind()) {
      case REF -> Arg.of(AccountId.of("riverside-health"), "Riverside Health System");
      case TEXT -> Arg.text("Oncoxa");
      case COUNT -> Arg.of(n);
      case NUMBER -> Arg.of(new BigDecimal("93.1"));
      case MONEY -> Arg.of(Money.of("600000.00", "USD"));
      case DATE -> Arg.of(LocalDate.of(2026, 11, 2));
      case YEAR -> Arg.year(2026);
      case ENUM -> Arg.of(RagStatus.AMBER);
      case MESSAGE -> Arg.of(Message.of(ReportCode.LABEL_PORTFOLIO));
      case LIST -> Arg.list(Arg.text("Cardiva"), Arg.of(RagStatus.GREEN));
    };
  }
}
