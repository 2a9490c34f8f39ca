package dev.kamkit.json.deser;

import dev.kamkit.model.engagement.CompetitorActivity;

/** Reads what the host knows of competitors' field activity in the account, period by period. */
final class CompetitorReader {
  static final Conv<CompetitorActivity> ACTIVITY_OBJECT =
      Conv.table(() -> CompetitorReader.ACTIVITY);

  static final PropertyTable<CompetitorActivity, CompetitorActivity.Builder> ACTIVITY =
      PropertyTable.of(
              "a competitor activity object",
              CompetitorActivity::builder,
              CompetitorActivity.Builder::build)
          .req(
              "competitor",
              Scalars.TEXT,
              CompetitorActivity::competitor,
              CompetitorActivity.Builder::competitor)
          .req(
              "start",
              Scalars.DATE_VALUE,
              CompetitorActivity::start,
              CompetitorActivity.Builder::start)
          .req("end", Scalars.DATE_VALUE, CompetitorActivity::end, CompetitorActivity.Builder::end)
          .req(
              "interactions",
              Scalars.INTEGER,
              CompetitorActivity::interactions,
              CompetitorActivity.Builder::interactions)
          .set(
              "products",
              ProductReader.PRODUCT_ID,
              CompetitorActivity::products,
              CompetitorActivity.Builder::addAllProducts)
          .opt(
              "source",
              Scalars.TEXT,
              CompetitorActivity::source,
              CompetitorActivity.Builder::source);

  private CompetitorReader() {}
}
