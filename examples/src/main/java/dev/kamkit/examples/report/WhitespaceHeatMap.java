package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;
import static java.util.Objects.requireNonNull;

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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The whitespace grid as an inline SVG heat map: one row per product, one column per clinical unit
 * (grouped by site), one coloured cell per whitespace cell. The colour is the status (green sold,
 * yellow in evaluation, orange open, red competitor-held, grey not indicated); for open,
 * in-evaluation and competitor-held cells, the stronger the colour the larger the estimated value,
 * written in the cell in thousands. Product and unit pairs the grid does not assess are drawn as
 * empty outlines.
 *
 * <p>Its words (tooltips, the values in the cells, the legend) are in the report's language; the
 * coordinates, colours and data attributes are not.
 */
public final class WhitespaceHeatMap {
  static final int CELL_W = 64;
  static final int CELL_H = 34;
  static final int LABEL_W = 110;
  static final int HEADER_H = 120;

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
    List<ClinicalUnit> units = new ArrayList<>();
    Map<ClinicalUnitId, String> siteOf = new HashMap<>();
    for (Site site : account.account().sites()) {
      for (ClinicalUnit unit : site.clinicalUnits()) {
        units.add(unit);
        siteOf.put(unit.id(), site.name());
      }
    }
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
    int width = LABEL_W + units.size() * CELL_W + 10;
    int height = HEADER_H + products.size() * CELL_H + 10;
    StringBuilder svg = new StringBuilder();
    svg.append(
        String.format(
            Locale.ROOT,
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"whitespace-heat-map\""
                + " viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\""
                + " aria-label=\"%s\">\n",
            width,
            height,
            width,
            height,
            esc(words.say(ReportCode.HEATMAP_LABEL, Arg.text(account.account().name())))));
    for (int c = 0; c < units.size(); c++) {
      ClinicalUnit unit = units.get(c);
      int x = LABEL_W + c * CELL_W + CELL_W / 2;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"unit\" transform=\"translate(%d,%d) rotate(-55)\">%s</text>\n",
              x,
              HEADER_H - 6,
              esc(shortSite(requireNonNull(siteOf.get(unit.id()))) + " / " + unit.name())));
    }
    for (int r = 0; r < products.size(); r++) {
      Product product = products.get(r);
      int y = HEADER_H + r * CELL_H;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text class=\"product\" x=\"4\" y=\"%d\">%s</text>\n",
              y + CELL_H / 2 + 4,
              esc(product.name())));
      for (int c = 0; c < units.size(); c++) {
        ClinicalUnit unit = units.get(c);
        int x = LABEL_W + c * CELL_W;
        WhitespaceCell cell = cells.get(key(product.id(), unit.id()));
        if (cell == null) {
          svg.append(
              String.format(
                  Locale.ROOT,
                  "<rect class=\"ws-unassessed\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\""
                      + " fill=\"none\" stroke=\"#ccc\"><title>%s</title></rect>\n",
                  x + 1,
                  y + 1,
                  CELL_W - 2,
                  CELL_H - 2,
                  esc(
                      words.say(
                          ReportCode.HEATMAP_UNASSESSED,
                          Arg.text(product.name()),
                          Arg.text(unit.name())))));
          continue;
        }
        svg.append(
            String.format(
                Locale.ROOT,
                "<g class=\"ws-cell\" data-product=\"%s\" data-unit=\"%s\" data-status=\"%s\">"
                    + "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\""
                    + " fill-opacity=\"%s\"><title>%s</title></rect>"
                    + "<text x=\"%d\" y=\"%d\" class=\"value\">%s</text></g>\n",
                esc(product.id().value()),
                esc(unit.id().value()),
                cell.status(),
                x + 1,
                y + 1,
                CELL_W - 2,
                CELL_H - 2,
                colour(cell.status()),
                opacity(cell, max),
                esc(
                    words.format(
                        title(product, unit, requireNonNull(siteOf.get(unit.id())), cell))),
                x + 6,
                y + CELL_H / 2 + 4,
                esc(text(cell, words))));
      }
    }
    return svg.append("</svg>\n").toString();
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
    return html.append(esc(words.say(ReportCode.LEGEND_WHITESPACE))).append("</p>\n").toString();
  }

  static String colour(WhitespaceStatus status) {
    return switch (status) {
      case SOLD -> "#1a9850";
      case IN_EVALUATION -> "#fee08b";
      case OPEN -> "#f46d43";
      case COMPETITOR_HELD -> "#a50026";
      case NOT_INDICATED -> "#bdbdbd";
    };
  }

  private static String opacity(WhitespaceCell cell, BigDecimal max) {
    if (cell.status() == WhitespaceStatus.SOLD
        || cell.status() == WhitespaceStatus.NOT_INDICATED
        || cell.estimatedValue().isEmpty()) {
      return "1";
    }
    BigDecimal share = cell.estimatedValue().get().amount().divide(max, 4, RoundingMode.HALF_UP);
    return new BigDecimal("0.35")
        .add(new BigDecimal("0.65").multiply(share))
        .setScale(2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** What a cell says inside it: its value in thousands, or that it is sold or not indicated. */
  private static String text(WhitespaceCell cell, ReportWords words) {
    if (cell.status() == WhitespaceStatus.NOT_INDICATED) {
      return words.say(ReportCode.HEATMAP_NOT_INDICATED);
    }
    return cell.estimatedValue()
        .map(
            m ->
                words.say(
                    ReportCode.HEATMAP_THOUSANDS,
                    Arg.of(
                        m.amount()
                            .divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP)
                            .longValueExact())))
        .orElseGet(
            () ->
                cell.status() == WhitespaceStatus.SOLD ? words.say(ReportCode.HEATMAP_SOLD) : "?");
  }

  /** A cell's tooltip: product, unit, site, status, value and the competitor holding it. */
  private static Message title(
      Product product, ClinicalUnit unit, String site, WhitespaceCell cell) {
    List<Arg> details = new ArrayList<>();
    details.add(Arg.of(cell.status()));
    cell.estimatedValue()
        .ifPresent(m -> details.add(Arg.of(Message.of(ReportCode.HEATMAP_WORTH, Arg.of(m)))));
    cell.competitorProduct()
        .ifPresent(p -> details.add(Arg.of(Message.of(ReportCode.HEATMAP_HELD_BY, Arg.text(p)))));
    return Message.of(
        ReportCode.HEATMAP_CELL,
        Arg.text(product.name()),
        Arg.text(unit.name()),
        Arg.text(site),
        Arg.list(details));
  }

  private static String shortSite(String site) {
    return site.length() <= 18 ? site : site.substring(0, 16) + "..";
  }

  private static String key(ProductId product, ClinicalUnitId unit) {
    return product.value() + "|" + unit.value();
  }
}
