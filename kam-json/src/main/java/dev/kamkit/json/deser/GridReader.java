package dev.kamkit.json.deser;

import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;

/** Reads where our products stand in the account: whitespace cells and formulary entries. */
final class GridReader {
  static final Conv<WhitespaceCell> WHITESPACE_OBJECT = Conv.table(() -> GridReader.WHITESPACE);
  static final Conv<FormularyEntry> FORMULARY_OBJECT = Conv.table(() -> GridReader.FORMULARY);

  private static final Conv<WhitespaceStatus> CELL_STATUS = Scalars.enumOf(WhitespaceStatus.class);
  private static final Conv<FormularyStatus> LISTING = Scalars.enumOf(FormularyStatus.class);
  private static final Conv<FormularyRestriction> RESTRICTION =
      Scalars.enumOf(FormularyRestriction.class);

  static final PropertyTable<WhitespaceCell, WhitespaceCell.Builder> WHITESPACE =
      PropertyTable.of(
              "a whitespace cell object", WhitespaceCell::builder, WhitespaceCell.Builder::build)
          .req(
              "product",
              ProductReader.PRODUCT_ID,
              WhitespaceCell::product,
              WhitespaceCell.Builder::product)
          .req(
              "clinicalUnit",
              StakeholderReader.CLINICAL_UNIT_ID,
              WhitespaceCell::clinicalUnit,
              WhitespaceCell.Builder::clinicalUnit)
          .req("status", CELL_STATUS, WhitespaceCell::status, WhitespaceCell.Builder::status)
          .opt(
              "indication",
              ProductReader.INDICATION_ID,
              WhitespaceCell::indication,
              WhitespaceCell.Builder::indication)
          .opt(
              "competitorProduct",
              Scalars.TEXT,
              WhitespaceCell::competitorProduct,
              WhitespaceCell.Builder::competitorProduct)
          .opt(
              "estimatedValue",
              ValueReader.MONEY,
              WhitespaceCell::estimatedValue,
              WhitespaceCell.Builder::estimatedValue);

  static final PropertyTable<FormularyEntry, FormularyEntry.Builder> FORMULARY =
      PropertyTable.of(
              "a formulary entry object", FormularyEntry::builder, FormularyEntry.Builder::build)
          .req(
              "product",
              ProductReader.PRODUCT_ID,
              FormularyEntry::product,
              FormularyEntry.Builder::product)
          .req("status", LISTING, FormularyEntry::status, FormularyEntry.Builder::status)
          .req(
              "effectiveFrom",
              Scalars.DATE_VALUE,
              FormularyEntry::effectiveFrom,
              FormularyEntry.Builder::effectiveFrom)
          .opt("tier", Scalars.INTEGER, FormularyEntry::tier, FormularyEntry.Builder::tier)
          .set(
              "restrictions",
              RESTRICTION,
              FormularyEntry::restrictions,
              FormularyEntry.Builder::addAllRestrictions)
          .opt(
              "decidedBy",
              StakeholderReader.DECISION_BODY_ID,
              FormularyEntry::decidedBy,
              FormularyEntry.Builder::decidedBy);

  private GridReader() {}
}
