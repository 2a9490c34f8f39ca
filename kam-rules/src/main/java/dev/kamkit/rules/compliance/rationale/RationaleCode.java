package dev.kamkit.rules.compliance.rationale;

import static dev.kamkit.model.explain.Param.date;
import static dev.kamkit.model.explain.Param.ref;
import static dev.kamkit.model.explain.Param.text;

import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.explain.Param;
import java.util.List;

/**
 * What the documented-rationale pack's findings say. A held and a planned interaction are worded
 * apart, and the value proposition has one code for each rationale it lacks.
 *
 * <p>Arguments: {@code interaction} the interaction (its id); {@code date} its day; {@code purpose}
 * its purpose as recorded; {@code statement} the value proposition's statement as recorded; {@code
 * initiative} the shared-value initiative.
 */
public enum RationaleCode implements MessageCode {
  /** The pack's name, for people: {@code RulePack.name()}. */
  PACK_NAME("rationale.pack.name"),

  /**
   * An interaction that took place has no documented rationale (rule {@code
   * rationale.interaction.missing}).
   */
  INTERACTION_MISSING(
      "rationale.interaction.missing", ref("interaction"), date("date"), text("purpose")),
  /**
   * A planned interaction has no documented rationale (rule {@code rationale.interaction.missing}).
   */
  PLANNED_INTERACTION_MISSING(
      "rationale.interaction.planned.missing", ref("interaction"), date("date"), text("purpose")),
  /**
   * The value proposition documents neither a business nor a clinical rationale (rule {@code
   * rationale.value-proposition.missing}).
   */
  VALUE_PROPOSITION_MISSING("rationale.value-proposition.missing", text("statement")),
  /**
   * The value proposition documents a clinical rationale but no business one (rule {@code
   * rationale.value-proposition.missing}).
   */
  VALUE_PROPOSITION_BUSINESS_MISSING(
      "rationale.value-proposition.business.missing", text("statement")),
  /**
   * The value proposition documents a business rationale but no clinical one (rule {@code
   * rationale.value-proposition.missing}).
   */
  VALUE_PROPOSITION_CLINICAL_MISSING(
      "rationale.value-proposition.clinical.missing", text("statement")),
  /**
   * A shared-value initiative has no documented rationale (rule {@code
   * rationale.initiative.missing}).
   */
  INITIATIVE_MISSING("rationale.initiative.missing", ref("initiative"));

  private final String code;
  private final List<Param> params;

  RationaleCode(String code, Param... params) {
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
