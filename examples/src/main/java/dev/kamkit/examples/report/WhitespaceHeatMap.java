package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whitespace grid as an inline SVG heat map that prints on a portrait page however many sites
 * the account has: one column per product, one row per clinical unit, the rows grouped by site (the
 * site's name shortened to what tells it apart from the account's other sites, shaded band by
 * band). A cell's fill is its status alone (green sold, yellow in evaluation, orange open, dark red
 * competitor-held, grey not indicated), so the legend's swatches are the cells' colours; its
 * estimated value is written in it as a short amount in the report's language ({@code $1.8M},
 * {@code 1,8 Mio. $}) and drawn as a bar along its foot, longer for larger values. Product and unit
 * pairs the grid does not assess are dashed outlines.
 *
 * <p>Its words (tooltips, the values in the cells, the legend) are in the report's language; the
 * coordinates, colours and data attributes are not.
 */
public final class WhitespaceHeatMap {
  static final int SITE_W = 120;
  static final int UNIT_W = 124;
  static final int CELL_W = 100;
  static final int CELL_H = 26;
  static final int HEADER_H = 40;
  private static final double FONT = 11;

  private WhitespaceHeatMap() {}

  /**
   * The heat map of {@code account}'s whitespace grid, worded in {@code locale}'s language; a note
   * when the grid is empty.
   */
  public static String svg(KeyAccount account, Locale locale) {
    return svg(account, ReportWords.in(locale));
  }

  static String svg(KeyAccount account, ReportWords words) {
    if (account.whitespace().isEmpty()) {
      return "<p class=\"note\">" + esc(words.say(ReportCode.HEATMAP_EMPTY)) + "</p>\n";
    }
    List<Site> sites = account.account().sites();
    List<String> shortNames = shortNames(sites.stream().map(Site::name).toList());
    List<Product> products = account.products();
    Map<String, WhitespaceCell> cells = new HashMap<>();
    BigDecimal max = BigDecimal.ONE;
    for (WhitespaceCell cell : account.whitespace()) {
      cells.put(key(cell.product(), cell.clinicalUnit()), cell);
      if (cell.estimatedValue().isPresent()
          && cell.estimatedValue().get().amount().compareTo(max) > 0) {
        max = cell.estimatedValue().get().amount();
      }
    }
    int rows = sites.stream().mapToInt(s -> s.clinicalUnits().size()).sum();
    int width = SITE_W + UNIT_W + products.size() * CELL_W + 2;
    int height = HEADER_H + rows * CELL_H + 2;
    ReportMoney money = new ReportMoney(words.locale());
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"whitespace-heat-map\""
                + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-labelledby=\"%s\"><title id=\"%s\">%s</title>\n",
            width,
            height,
            width,
            height,
            "ws-title-" + esc(account.id().value()),
            "ws-title-" + esc(account.id().value()),
            esc(words.say(ReportCode.HEATMAP_LABEL, Arg.text(account.account().name())))));
    for (int p = 0; p < products.size(); p++) {
      int x = SITE_W + UNIT_W + p * CELL_W;
      List<String> lines = SvgText.wrap(products.get(p).name(), CELL_W - 8, FONT, true, 2);
      for (int l = 0; l < lines.size(); l++) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"product fits\" x=\"%d\" y=\"%d\" data-box-x=\"%d\""
                    + " data-box-w=\"%d\">%s</text>\n",
                x + 4,
                HEADER_H - 8 - (lines.size() - 1 - l) * 13,
                x,
                CELL_W,
                esc(lines.get(l))));
      }
    }
    int row = 0;
    for (int s = 0; s < sites.size(); s++) {
      Site site = sites.get(s);
      if (site.clinicalUnits().isEmpty()) {
        continue;
      }
      int top = HEADER_H + row * CELL_H;
      int bandHeight = site.clinicalUnits().size() * CELL_H;
      svg.append(
          String.format(
              Locale.ROOT,
              "<g class=\"ws-site\" data-site=\"%s\"><title>%s</title>"
                  + "<rect x=\"0\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>",
              esc(site.id().value()),
              esc(site.name()),
              top,
              width,
              bandHeight,
              s % 2 == 0 ? "#f2f4f7" : "#ffffff"));
      List<String> siteLines =
          SvgText.wrap(shortNames.get(s), SITE_W - 10, FONT, true, Math.max(1, bandHeight / 13));
      for (int l = 0; l < siteLines.size(); l++) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"site fits\" x=\"4\" y=\"%d\" data-box-x=\"0\" data-box-w=\"%d\">"
                    + "%s</text>",
                top + 17 + l * 13,
                SITE_W,
                esc(siteLines.get(l))));
      }
      svg.append("</g>\n");
      for (ClinicalUnit unit : site.clinicalUnits()) {
        int y = HEADER_H + row * CELL_H;
        svg.append(
            String.format(
                Locale.ROOT,
                "<text class=\"unit fits\" x=\"%d\" y=\"%d\" data-box-x=\"%d\" data-box-w=\"%d\">"
                    + "%s</text>\n",
                SITE_W + 4,
                y + 17,
                SITE_W,
                UNIT_W,
                esc(SvgText.fit(unit.name(), UNIT_W - 8, FONT, false))));
        for (int p = 0; p < products.size(); p++) {
          svg.append(cell(products.get(p), unit, site, cells, max, p, y, money, words));
        }
        row++;
      }
    }
    return svg.append("</svg>\n").toString();
  }

  private static String cell(
      Product product,
      ClinicalUnit unit,
      Site site,
      Map<String, WhitespaceCell> cells,
      BigDecimal max,
      int column,
      int y,
      ReportMoney money,
      ReportWords words) {
    int x = SITE_W + UNIT_W + column * CELL_W;
    WhitespaceCell cell = cells.get(key(product.id(), unit.id()));
    if (cell == null) {
      return String.format(
          Locale.ROOT,
          "<rect class=\"ws-unassessed\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
              + " fill=\"none\" stroke=\"#b0b0b0\" stroke-dasharray=\"3 3\"><title>%s</title>"
              + "</rect>\n",
          x + 2,
          y + 2,
          CELL_W - 4,
          CELL_H - 4,
          esc(
              words.say(
                  ReportCode.HEATMAP_UNASSESSED, Arg.text(product.name()), Arg.text(unit.name()))));
    }
    String ink = ink(cell.status());
    StringBuilder g = new StringBuilder();
    g.append(
        String.format(
            Locale.ROOT,
            "<g class=\"ws-cell\" data-product=\"%s\" data-unit=\"%s\" data-status=\"%s\">"
                + "<title>%s</title>"
                + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>"
                + "<text x=\"%d\" y=\"%d\" class=\"value fits\" fill=\"%s\" data-box-x=\"%d\""
                + " data-box-w=\"%d\">%s</text>",
            esc(product.id().value()),
            esc(unit.id().value()),
            cell.status(),
            esc(words.format(title(product, unit, site.name(), cell, money))),
            x + 2,
            y + 2,
            CELL_W - 4,
            CELL_H - 4,
            colour(cell.status()),
            x + 7,
            y + 15,
            ink,
            x + 2,
            CELL_W - 4,
            esc(SvgText.fit(text(cell, money, words), CELL_W - 14, FONT, false))));
    if (cell.estimatedValue().isPresent() && cell.status() != WhitespaceStatus.NOT_INDICATED) {
      BigDecimal share = cell.estimatedValue().get().amount().divide(max, 4, RoundingMode.HALF_UP);
      double bar = Math.max(2, (CELL_W - 12) * share.doubleValue());
      g.append(
          String.format(
              Locale.ROOT,
              "<rect class=\"ws-value\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"3\""
                  + " fill=\"%s\"/>",
              x + 6,
              y + CELL_H - 7,
              bar,
              ink));
    }
    return g.append("</g>\n").toString();
  }

  /** The legend, as HTML, worded in {@code locale}'s language. */
  public static String legend(Locale locale) {
    return legend(ReportWords.in(locale));
  }

  static String legend(ReportWords words) {
    StringBuilder html = new StringBuilder("<p class=\"legend\">");
    for (WhitespaceStatus status : WhitespaceStatus.values()) {
      html.append("<span class=\"swatch\" style=\"background:")
          .append(colour(status))
          .append("\"></span>")
          .append(esc(words.name(status)))
          .append(' ');
    }
    html.append("<span class=\"swatch unassessed\"></span>")
        .append(esc(words.say(ReportCode.LEGEND_UNASSESSED)))
        .append(' ');
    return html.append(esc(words.say(ReportCode.LEGEND_WHITESPACE))).append("</p>\n").toString();
  }

  /** A status's fill; each is a distinct hue and lightness, so no two statuses look alike. */
  static String colour(WhitespaceStatus status) {
    return switch (status) {
      case SOLD -> "#1a7a3a";
      case IN_EVALUATION -> "#fee08b";
      case OPEN -> "#fdae61";
      case COMPETITOR_HELD -> "#8e0b2a";
      case NOT_INDICATED -> "#d9d9d9";
    };
  }

  /** The colour of text on a status's fill, with a contrast of at least 4.5:1 (WCAG AA). */
  static String ink(WhitespaceStatus status) {
    return switch (status) {
      case SOLD, COMPETITOR_HELD -> "#ffffff";
      case IN_EVALUATION, OPEN, NOT_INDICATED -> "#1a1a1a";
    };
  }

  /** What a cell says inside it: its value, or that it is sold or not indicated. */
  private static String text(WhitespaceCell cell, ReportMoney money, ReportWords words) {
    if (cell.status() == WhitespaceStatus.NOT_INDICATED) {
      return words.say(ReportCode.HEATMAP_NOT_INDICATED);
    }
    return cell.estimatedValue()
        .map(money::compact)
        .orElseGet(
            () ->
                cell.status() == WhitespaceStatus.SOLD ? words.say(ReportCode.HEATMAP_SOLD) : "?");
  }

  /** A cell's tooltip: product, unit, site, status, value and the competitor holding it. */
  private static Message title(
      Product product, ClinicalUnit unit, String site, WhitespaceCell cell, ReportMoney money) {
    List<Arg> details = new ArrayList<>();
    details.add(Arg.of(cell.status()));
    cell.estimatedValue()
        .ifPresent(
            m ->
                details.add(
                    Arg.of(Message.of(ReportCode.HEATMAP_WORTH, Arg.text(money.compact(m))))));
    cell.competitorProduct()
        .ifPresent(p -> details.add(Arg.of(Message.of(ReportCode.HEATMAP_HELD_BY, Arg.text(p)))));
    return Message.of(
        ReportCode.HEATMAP_CELL,
        Arg.text(product.name()),
        Arg.text(unit.name()),
        Arg.text(site),
        Arg.list(details));
  }

  /**
   * The sites' names shortened to what tells them apart: the words every name starts with and ends
   * with are dropped ("Riverside St. Luke's Hospital" becomes "St. Luke's" among the other
   * Riverside hospitals). A single site, or names that would be left empty, keep their full names.
   */
  static List<String> shortNames(List<String> names) {
    if (names.size() < 2) {
      return names;
    }
    List<String[]> words = names.stream().map(n -> n.strip().split("\\s+")).toList();
    int shortest = words.stream().mapToInt(w -> w.length).min().orElse(0);
    int prefix = 0;
    while (prefix < shortest && same(words, prefix, true)) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < shortest - prefix && same(words, suffix, false)) {
      suffix++;
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String[] w = words.get(i);
      String rest = String.join(" ", Arrays.copyOfRange(w, prefix, w.length - suffix));
      out.add(rest.isEmpty() ? names.get(i) : rest);
    }
    return out;
  }

  /** Whether every name has the same word {@code at} from the front (or the back). */
  private static boolean same(List<String[]> words, int at, boolean front) {
    String first = word(words.get(0), at, front);
    return words.stream().allMatch(w -> word(w, at, front).equals(first));
  }

  private static String word(String[] w, int at, boolean front) {
    return front ? w[at] : w[w.length - 1 - at];
  }

  private static String key(ProductId product, ClinicalUnitId unit) {
    return product.value() + "|" + unit.value();
  }
}
