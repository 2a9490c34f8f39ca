package dev.kamkit.json.deser;

import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads where our products stand in the account: whitespace cells and formulary entries. */
final class GridReader {
  static final List<String> WHITESPACE =
      List.of(
          "product", "clinicalUnit", "status", "indication", "competitorProduct", "estimatedValue");
  static final List<String> FORMULARY =
      List.of("product", "status", "effectiveFrom", "tier", "restrictions", "decidedBy");

  static final Conv<WhitespaceCell> WHITESPACE_OBJECT =
      Conv.of("a whitespace cell object", GridReader::whitespace);
  static final Conv<FormularyEntry> FORMULARY_OBJECT =
      Conv.of("a formulary entry object", GridReader::formulary);

  private static final Conv<WhitespaceStatus> CELL_STATUS = Scalars.enumOf(WhitespaceStatus.class);
  private static final Conv<FormularyStatus> LISTING = Scalars.enumOf(FormularyStatus.class);
  private static final Conv<FormularyRestriction> RESTRICTION =
      Scalars.enumOf(FormularyRestriction.class);

  private GridReader() {}

  private static @Nullable WhitespaceCell whitespace(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a whitespace cell object", WHITESPACE);
    if (in == null) {
      return null;
    }
    WhitespaceCell.Builder b = WhitespaceCell.builder();
    in.req("product", ProductReader.PRODUCT_ID, b::product);
    in.req("clinicalUnit", StakeholderReader.CLINICAL_UNIT_ID, b::clinicalUnit);
    in.req("status", CELL_STATUS, b::status);
    in.opt("indication", ProductReader.INDICATION_ID, b::indication);
    in.opt("competitorProduct", Scalars.TEXT, b::competitorProduct);
    in.opt("estimatedValue", ValueReader.MONEY, b::estimatedValue);
    return in.build(b::build);
  }

  private static @Nullable FormularyEntry formulary(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a formulary entry object", FORMULARY);
    if (in == null) {
      return null;
    }
    FormularyEntry.Builder b = FormularyEntry.builder();
    in.req("product", ProductReader.PRODUCT_ID, b::product);
    in.req("status", LISTING, b::status);
    in.req("effectiveFrom", Scalars.DATE_VALUE, b::effectiveFrom);
    in.opt("tier", Scalars.INTEGER, b::tier);
    in.set("restrictions", RESTRICTION, b::addAllRestrictions);
    in.opt("decidedBy", StakeholderReader.DECISION_BODY_ID, b::decidedBy);
    return in.build(b::build);
  }
}
