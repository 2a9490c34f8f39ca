package dev.kamkit.model.plan;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.ObjectiveId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/** A key performance indicator of the plan, with its target and latest measured value. */
@Value.Immutable
public abstract class AbstractKpi {
  // Only the generated Kpi extends this: no host subclass.
  AbstractKpi() {}

  /** The KPI's id. */
  public abstract KpiId id();

  /** What is measured, for example {@code "Patients started on therapy per quarter"}. */
  public abstract String name();

  /** Leading or lagging. */
  public abstract KpiKind kind();

  /** Company or customer. */
  public abstract KpiPerspective perspective();

  /** How values are expressed. */
  @Value.Default
  public KpiUnit unit() {
    return KpiUnit.NUMBER;
  }

  /** The target value. */
  public abstract Optional<BigDecimal> target();

  /** The latest measured value. */
  public abstract Optional<BigDecimal> current();

  /** When {@link #current()} was measured. */
  public abstract Optional<LocalDate> measuredOn();

  /** The objective it measures, if any. */
  public abstract Optional<ObjectiveId> objective();

  @Value.Check
  protected void check() {
    ModelCheck.of("Kpi", id())
        .nonBlank("name", name())
        .require(
            measuredOn().isEmpty() || current().isPresent(),
            "measuredOn",
            measuredOn(),
            ModelCode.KPI_MEASURED_WITHOUT_VALUE)
        .throwIfInvalid();
  }
}
