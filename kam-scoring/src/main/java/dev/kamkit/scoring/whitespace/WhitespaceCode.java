package dev.kamkit.scoring.whitespace;

import static dev.kamkit.model.explain.Param.choice;
import static dev.kamkit.model.explain.Param.count;
import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.list;
import static dev.kamkit.model.explain.Param.money;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What a whitespace analysis says, as codes: the penetration score's title and per-product labels,
 * how far each product has penetrated, why a cell is left out, and what each opportunity is.
 *
 * <p>{@code product} is a product reference, {@code unit} a clinical unit reference, {@code status}
 * a {@link dev.kamkit.model.portfolio.WhitespaceStatus}; {@code country} is the account's country
 * code and {@code competitor} the competitor product's name, both as the host recorded them.
 */
public enum WhitespaceCode implements MessageCode {
  /** The title of the penetration score. */
  TITLE("whitespace.title"),
  /** The label of a product's penetration component: the product itself. */
  PRODUCT("whitespace.component.product", ref("product")),

  /**
   * The product is sold in every addressable clinical unit: {@code sold} of {@code units}. A
   * strength.
   */
  PRODUCT_SATURATED("whitespace.product.saturated", ref("product"), count("sold"), count("units")),
  /**
   * The product is sold in only {@code sold} of the {@code units} addressable clinical units. A
   * gap.
   */
  PRODUCT_OPEN("whitespace.product.open", ref("product"), count("sold"), count("units")),

  /** A cell of a competitor's product is left out: it is not our whitespace. */
  EXCLUDED_COMPETITOR("whitespace.cell.excluded.competitor", ref("product"), ref("unit")),
  /** A cell marked not indicated is left out. */
  EXCLUDED_NOT_INDICATED("whitespace.cell.excluded.not-indicated", ref("product"), ref("unit")),
  /**
   * A cell naming no indication is left out: the product has no approval in force in {@code
   * country} on {@code date} for any indication.
   */
  EXCLUDED_UNAPPROVED(
      "whitespace.cell.excluded.unapproved",
      ref("product"),
      ref("unit"),
      text("country"),
      date("date")),
  /**
   * A cell is left out: the {@code indication} it names has no approval in force in {@code country}
   * on {@code date}.
   */
  EXCLUDED_UNAPPROVED_INDICATION(
      "whitespace.cell.excluded.unapproved-indication",
      ref("product"),
      ref("unit"),
      ref("indication"),
      text("country"),
      date("date")),
  /**
   * A cell naming no indication is left out: the clinical unit records no specialty, so nothing
   * shows that the product's approved therapeutic {@code areas} (in order) are treated there.
   * Naming the approved indication the unit treats, or recording the unit's specialty, changes it.
   */
  EXCLUDED_NO_SPECIALTY(
      "whitespace.cell.excluded.no-specialty", ref("product"), ref("unit"), list("areas")),
  /**
   * A cell naming no indication is left out: the product's approved therapeutic {@code areas} (in
   * order) do not fit the unit's {@code specialty}, as recorded, which fits only the areas in
   * {@code fitting} ({@link SpecialtyFit#fittingAreas(String)}). Naming an approved indication the
   * unit treats, or a {@link SpecialtyFit#areasBySpecialty() policy entry} mapping the specialty to
   * one of the areas, changes it.
   */
  EXCLUDED_SPECIALTY_MISFIT(
      "whitespace.cell.excluded.specialty-misfit",
      ref("product"),
      ref("unit"),
      text("specialty"),
      list("areas"),
      list("fitting")),

  /** An opportunity: an addressable, unsold cell in {@code status}, with no value estimated. */
  OPPORTUNITY("whitespace.opportunity", ref("product"), ref("unit"), choice("status")),
  /** An opportunity in {@code status} that the host estimates at {@code value} a year. */
  OPPORTUNITY_VALUED(
      "whitespace.opportunity.valued",
      ref("product"),
      ref("unit"),
      choice("status"),
      money("value")),
  /** A competitor-held opportunity whose holder, {@code competitor}, is recorded; no value. */
  OPPORTUNITY_COMPETITOR(
      "whitespace.opportunity.competitor", ref("product"), ref("unit"), text("competitor")),
  /** A competitor-held opportunity with its holder, estimated at {@code value} a year. */
  OPPORTUNITY_COMPETITOR_VALUED(
      "whitespace.opportunity.competitor.valued",
      ref("product"),
      ref("unit"),
      text("competitor"),
      money("value")),
  /** The explanation's headline when no cell is addressable, so nothing is scored. */
  NOT_SCORED("whitespace.not-scored"),
  /** The line above the open opportunities, largest first; {@code count} of them. */
  OPPORTUNITIES("whitespace.opportunities", count("count"));

  private final String code;
  private final List<Param> params;

  WhitespaceCode(String code, Param... params) {
    this.code = code;
    this.params = List.of(params);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public List<Param> params() {
    return params;
  }
}
