package dev.kamkit.model.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds code that builds sentences: text joined with {@code +} to a string literal, {@code
 * String.format}, {@code formatted}, {@code StringBuilder}, {@code String.join}, {@code
 * Collectors.joining}, {@code MessageFormat} and {@code concat}. Results are data; their words come
 * from message bundles on demand, so the evaluating modules must hold none of these.
 *
 * <p>The message of an exception thrown for a programmer's error is exempt (a statement that
 * creates an {@code ...Exception} or {@code ...Error}): it is for the developer, in English, like
 * the JDK's own. So is a class constant ({@code static final}), made once when its class loads,
 * such as a rule's description for the catalogue. It reads source text, so comments and string
 * contents never count.
 *
 * <pre>{@code
 * @Test
 * void evaluationBuildsNoSentences() {
 *   assertEquals(List.of(), ProseScan.of(Path.of("src/main/java")).findings());
 * }
 * }</pre>
 */
public final class ProseScan {
  private static final Pattern BUILDS_TEXT =
      Pattern.compile(
          "\"\\s*\\+|\\+\\s*\"|\\bString\\.format\\(|\\.formatted\\(|\\bStringBuilder\\b"
              + "|\\bString\\.join\\(|\\bjoining\\(|\\bMessageFormat\\b|\\.concat\\(\\s*\"");
  private static final Pattern EXEMPT = Pattern.compile("\\bnew\\s+\\w*(Exception|Error)\\s*\\(");
  // a class constant is made once, when the class loads: never while an account is evaluated
  private static final Pattern CONSTANT =
      Pattern.compile("^(@\\w+(\\([^)]*\\))? )*((public|protected|private) )?static final ");

  private final Path root;

  private ProseScan(Path root) {
    this.root = root;
  }

  /** A scan of every {@code .java} file below {@code root}. */
  public static ProseScan of(Path root) {
    return new ProseScan(root);
  }

  /** One line per offending statement: {@code path:line: statement}, in path order. */
  public List<String> findings() {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        scan(
            root.relativize(file).toString(),
            Files.readString(file, StandardCharsets.UTF_8),
            found);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** Scans one source text; visible for its tests. */
  static void scan(String name, String source, List<String> found) {
    StringBuilder statement = new StringBuilder();
    int line = 1;
    int statementLine = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
      }
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '/') {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
        continue;
      }
      if (c == '/' && i + 1 < n && source.charAt(i + 1) == '*') {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
        continue;
      }
      if (statement.toString().isBlank()) {
        statementLine = line;
      }
      if (c == '"' || c == '\'') {
        int end = endOfLiteral(source, i);
        line += count(source, i, end);
        // the literal's contents never count: only that a literal stands here
        statement.append(c == '"' ? "\"S\"" : "'C'");
        i = end;
        continue;
      }
      if (c == ';' || c == '{' || c == '}') {
        check(name, statementLine, statement.toString(), found);
        statement.setLength(0);
      } else {
        statement.append(c);
      }
      i++;
    }
    check(name, statementLine, statement.toString(), found);
  }

  private static void check(String name, int line, String statement, List<String> found) {
    String text = statement.strip().replaceAll("\\s+", " ");
    if (BUILDS_TEXT.matcher(text).find()
        && !EXEMPT.matcher(text).find()
        && !CONSTANT.matcher(text).find()) {
      found.add(name + ":" + line + ": " + text);
    }
  }

  /** The index just past the string, text block or char literal starting at {@code start}. */
  private static int endOfLiteral(String s, int start) {
    char quote = s.charAt(start);
    if (quote == '"' && s.startsWith("\"\"\"", start)) {
      int end = s.indexOf("\"\"\"", start + 3);
      return end < 0 ? s.length() : end + 3;
    }
    int i = start + 1;
    while (i < s.length() && s.charAt(i) != quote) {
      i += s.charAt(i) == '\\' ? 2 : 1;
    }
    return Math.min(i + 1, s.length());
  }

  private static int count(String s, int from, int to) {
    int lines = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }
}
