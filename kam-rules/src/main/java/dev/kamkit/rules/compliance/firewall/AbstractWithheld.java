package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/** One kind of record left out of a view, in aggregate: how many, and why. */
@Value.Immutable
public abstract class AbstractWithheld {

  /** What was left out, for example {@code "medical interactions"}. */
  @Value.Parameter
  public abstract String what();

  /** How many records. */
  @Value.Parameter
  public abstract int count();

  /** The aggregate the viewer may see in their place, in plain words. */
  @Value.Parameter
  public abstract String summary();

  /**
   * Ids the viewer may see: those of the account's side (stakeholders), never our medical records.
   */
  @Value.Parameter
  public abstract List<KamId> visibleSubjects();
}
