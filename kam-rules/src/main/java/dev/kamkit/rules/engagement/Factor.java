package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.FactKey;
import java.util.ArrayList;
import java.util.List;

/**
 * One factor of an axis. Veeva Business Consulting's "Unlocking True KAM Transformation" names the
 * complexity factors (competitors, payer affordability, decision-making complexity, the ability to
 * find patients) and the value factors (size of the patient population, degree of unmet need, level
 * of differentiation); kamkit adds the growth opportunity left on the whitespace grid as a value
 * factor it can read from data, and the strategic-fit factors the paper suggests upweighting for
 * SAM.
 *
 * <p>Which factors the account's data can stand in for, and how, is documented on {@link
 * EngagementAssessor}; every factor can be rated by the host in {@link EngagementInputs}. Their
 * names for people ({@code "Unmet need"}) are in this package's bundles.
 */
public enum Factor {
  /** How many competitors and how threatening (more is more complex). */
  COMPETITIVE_INTENSITY(Axis.COMPLEXITY, "competitive-intensity"),
  /** How hard payers find it to afford the therapy (harder is more complex). */
  PAYER_AFFORDABILITY_PRESSURE(Axis.COMPLEXITY, "payer-affordability-pressure"),
  /** How many bodies, levels and functions decide (more is more complex). */
  DECISION_MAKING_COMPLEXITY(Axis.COMPLEXITY, "decision-making-complexity"),
  /** How hard it is to find the patients (harder is more complex). */
  PATIENT_FINDING_DIFFICULTY(Axis.COMPLEXITY, "patient-finding-difficulty"),
  /** Size of the patient population the account serves. */
  PATIENT_POPULATION(Axis.VALUE, "patient-population"),
  /** Degree of unmet need among those patients. */
  UNMET_NEED(Axis.VALUE, "unmet-need"),
  /** Level of differentiation of our therapy for them. */
  DIFFERENTIATION(Axis.VALUE, "differentiation"),
  /** Growth opportunity still open on the whitespace grid. */
  GROWTH_OPPORTUNITY(Axis.VALUE, "growth-opportunity"),
  /** The account's openness to partnering. */
  OPENNESS_TO_PARTNERING(Axis.STRATEGIC_FIT, "openness-to-partnering"),
  /** Collaboration opportunities on clinical trials. */
  CLINICAL_TRIAL_COLLABORATION(Axis.STRATEGIC_FIT, "clinical-trial-collaboration"),
  /** Collaboration opportunities on innovation. */
  INNOVATION_COLLABORATION(Axis.STRATEGIC_FIT, "innovation-collaboration");

  /** The prefix of the names of the facts a host may rate factors with on an account. */
  public static final String FACT_PREFIX = "kamkit.engagement.";

  private final Axis axis;
  private final String key;
  private final FactKey<Rating> fact;

  Factor(Axis axis, String key) {
    this.axis = axis;
    this.key = key;
    this.fact = FactKey.code(FACT_PREFIX + key, Rating.class);
  }

  /** The axis the factor belongs to. */
  public Axis axis() {
    return axis;
  }

  /** Stable key, for example {@code "unmet-need"}. */
  public String key() {
    return key;
  }

  /**
   * The account fact a host rates the factor with, named for example {@code
   * "kamkit.engagement.unmet-need"}: {@code Fact.of(Factor.UNMET_NEED.fact(), Rating.HIGH)}.
   */
  public FactKey<Rating> fact() {
    return fact;
  }

  /** The facts of every factor, in order. */
  public static List<FactKey<?>> facts() {
    List<FactKey<?>> keys = new ArrayList<>();
    for (Factor f : values()) {
      keys.add(f.fact);
    }
    return List.copyOf(keys);
  }
}
