package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Division;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An objective of the account plan: what we want to achieve, how it is measured and by when. An
 * objective is measurable when it has a {@link #measure()} and dated when it has a {@link
 * #dueDate()}; plan completeness counts only objectives that are both.
 */
@Value.Immutable
public abstract class AbstractObjective {
  // Only the generated Objective extends this: no host subclass.
  AbstractObjective() {}

  /** The objective's id. */
  public abstract ObjectiveId id();

  /** What is to be achieved, for example {@code "Add Oncoxa to the system formulary"}. */
  public abstract String title();

  /** How success is measured, for example {@code "listed by the system P&T committee"}. */
  public abstract Optional<String> measure();

  /** When work starts, where planned. */
  public abstract Optional<LocalDate> startDate();

  /** When it is due. */
  public abstract Optional<LocalDate> dueDate();

  /** Where it stands. */
  @Value.Default
  public ObjectiveStatus status() {
    return ObjectiveStatus.NOT_STARTED;
  }

  /** The team member who owns it. */
  public abstract Optional<TeamMemberId> owner();

  /**
   * The side of the firewall the objective belongs to: commercial or medical. Absent when the host
   * does not record it; kamkit does not infer it from the owner.
   */
  public abstract Optional<Division> division();

  /**
   * The team member who sets the objective's direction, when that is not its owner: for example a
   * sales lead steering a medical objective. Absent when the owner directs it or it is not
   * recorded.
   */
  public abstract Optional<TeamMemberId> directedBy();

  /** The product it concerns, if product-specific. */
  public abstract Optional<ProductId> product();

  /** The indication it concerns, if indication-specific. */
  public abstract Optional<IndicationId> indication();

  /** The account needs it answers. */
  public abstract Set<NeedId> needs();

  /**
   * The clinical units of the account it targets, if unit-specific: with a {@link #product()}, the
   * whitespace cells (product by unit) it works to win or keep. Empty when it is not tied to units.
   */
  public abstract Set<ClinicalUnitId> clinicalUnits();

  /**
   * The revenue the objective is to bring in, where it is a revenue objective (Salesforce keeps it
   * as an {@code AccountPlanObjectiveMeasure} whose {@code ValueType} is Currency): what a pipeline
   * analysis weighs the opportunities serving the objective against. Above zero.
   */
  public abstract Optional<Money> revenueTarget();

  /**
   * True if the pipeline should serve it: it has a revenue target, or it concerns a product and is
   * not on the medical side of the firewall. A medical objective about a product (an evidence
   * programme, an investigator-initiated study) is not sold to, so no opportunity belongs behind
   * it.
   */
  public boolean seeksRevenue() {
    return revenueTarget().isPresent()
        || (product().isPresent() && division().filter(d -> d == Division.MEDICAL).isEmpty());
  }

  /**
   * True if an open or won opportunity should stand behind it on {@code asOf}: it {@linkplain
   * #seeksRevenue() seeks revenue}, is still being worked (not started or in progress) and is not
   * past due. Pipeline analysis calls such an objective without an opportunity unbacked, and plan
   * completeness counts it as unlinked.
   */
  public boolean needsPipelineOn(LocalDate asOf) {
    return seeksRevenue()
        && (status() == ObjectiveStatus.NOT_STARTED || status() == ObjectiveStatus.IN_PROGRESS)
        && dueDate().map(d -> !d.isBefore(asOf)).orElse(true);
  }

  /** True if it has both a measure and a due date. */
  public boolean isMeasurableAndDated() {
    return measure().isPresent() && dueDate().isPresent();
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("Objective", id())
        .nonBlank("title", title())
        .nonBlank("measure", measure())
        .notBefore("dueDate", dueDate(), "startDate", startDate())
        .positive("revenueTarget", revenueTarget())
        .require(
            indication().isEmpty() || product().isPresent(),
            "indication",
            indication(),
            ModelCode.OBJECTIVE_INDICATION_WITHOUT_PRODUCT)
        .throwIfInvalid();
  }
}
