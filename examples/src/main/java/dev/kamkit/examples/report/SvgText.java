package dev.kamkit.examples.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Text laid out for SVG, which does not wrap: a conservative estimate of a line's width and lines
 * broken at spaces to fit a box. The estimate errs wide (DejaVu Sans, the widest common default
 * sans-serif, averages about 0.55 em a character), so text fits its box in any browser; the browser
 * test measures that it does.
 */
final class SvgText {
  private static final double EM_NORMAL = 0.58;
  private static final double EM_BOLD = 0.62;

  private SvgText() {}

  /** The estimated width in pixels of {@code text} at {@code size} pixels. */
  static double width(String text, double size, boolean bold) {
    double em = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\u2026') {
        em += 1.0;
      } else if (c == ' ' || c == '.' || c == ',' || c == '\'' || c == 'i' || c == 'l'
          || c == 'j') {
        em += 0.32;
      } else if (Character.isUpperCase(c) || c == 'm' || c == 'w' || c == 'M' || c == 'W') {
        em += bold ? 0.74 : 0.68;
      } else {
        em += bold ? EM_BOLD : EM_NORMAL;
      }
    }
    // a margin for fonts wider than the averages above
    return em * size * 1.06;
  }

  /**
   * {@code text} broken at spaces into lines no wider than {@code max} pixels; a word wider than a
   * line is cut with an ellipsis. At most {@code maxLines} lines; the last one ends with an
   * ellipsis when text is left over.
   */
  static List<String> wrap(String text, double max, double size, boolean bold, int maxLines) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      String word = words[i];
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (width(candidate, size, bold) <= max) {
        line.setLength(0);
        line.append(candidate);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (lines.size() == maxLines) {
        return ellipsis(lines, max, size, bold);
      }
      line.append(fit(word, max, size, bold));
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    if (lines.size() > maxLines) {
      return ellipsis(lines.subList(0, maxLines), max, size, bold);
    }
    return lines;
  }

  private static List<String> ellipsis(List<String> lines, double max, double size, boolean bold) {
    List<String> out = new ArrayList<>(lines);
    int last = out.size() - 1;
    out.set(last, fit(out.get(last) + "\u2026", max, size, bold));
    return out;
  }

  /** {@code text} cut with an ellipsis to fit {@code max} pixels. */
  static String fit(String text, double max, double size, boolean bold) {
    if (width(text, size, bold) <= max) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && width(cut + "\u2026", size, bold) > max) {
      cut = cut.substring(0, cut.length() - 1);
    }
    return cut.strip() + "\u2026";
  }
}
