package dev.kamkit.examples.report;

import static dev.kamkit.examples.report.Html.esc;
import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Site;
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
 */
public final class WhitespaceHeatMap {
  static final int CELL_W = 64;
  static final int CELL_H = 34;
  static final int LABEL_W = 110;
  static final int HEADER_H = 120;

  private WhitespaceHeatMap() {}

  /** The heat map of {@code account}'s whitespace grid; a note when the grid is empty. */
  public static String svg(KeyAccount account) {
    if (account.whitespace().isEmpty()) {
      return "<p class=\"note\">No whitespace cell is recorded.</p>\n";
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
                + " aria-label=\"Whitespace grid of %s\">\n",
            width,
            height,
            width,
            height,
            esc(account.account().name())));
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
                      + " fill=\"none\" stroke=\"#ccc\"><title>%s in %s: not assessed</title>"
                      + "</rect>\n",
                  x + 1,
                  y + 1,
                  CELL_W - 2,
                  CELL_H - 2,
                  esc(product.name()),
                  esc(unit.name())));
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
                esc(title(product, unit, requireNonNull(siteOf.get(unit.id())), cell)),
                x + 6,
                y + CELL_H / 2 + 4,
                esc(text(cell))));
      }
    }
    return svg.append("</svg>\n").toString();
  }

  /** The legend, as HTML. */
  public static String legend() {
    StringBuilder html = new StringBuilder("<p class=\"legend\">");
    for (WhitespaceStatus status : WhitespaceStatus.values()) {
      html.append("<span class=\"swatch\" style=\"background:")
          .append(colour(status))
          .append("\"></span>")
          .append(RelationshipGraph.label(status.name()))
          .append(' ');
    }
    return html.append("; darker = larger estimated value (k = thousands)</p>\n").toString();
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

  private static String text(WhitespaceCell cell) {
    if (cell.status() == WhitespaceStatus.NOT_INDICATED) {
      return "n/i";
    }
    return cell.estimatedValue()
        .map(
            m ->
                m.amount().divide(BigDecimal.valueOf(1000), 0, RoundingMode.HALF_UP).toPlainString()
                    + "k")
        .orElse(cell.status() == WhitespaceStatus.SOLD ? "sold" : "?");
  }

  private static String title(
      Product product, ClinicalUnit unit, String site, WhitespaceCell cell) {
    return product.name()
        + " in "
        + unit.name()
        + " at "
        + site
        + ": "
        + RelationshipGraph.label(cell.status().name())
        + cell.estimatedValue()
            .map(m -> ", worth " + m.amount().toPlainString() + " " + m.currency())
            .orElse("")
        + cell.competitorProduct().map(p -> ", held by " + p).orElse("");
  }

  private static String shortSite(String site) {
    return site.length() <= 18 ? site : site.substring(0, 16) + "..";
  }

  private static String key(ProductId product, ClinicalUnitId unit) {
    return product.value() + "|" + unit.value();
  }
}
