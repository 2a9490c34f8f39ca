package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/** One kind of record left out of a view, in aggregate: how many, and what the viewer is told. */
@Value.Immutable
public abstract class AbstractWithheld {
  // Only the generated Withheld extends this: no host subclass.
  AbstractWithheld() {}

  /** What was left out. */
  @Value.Parameter
  public abstract WithheldKind kind();

  /** How many records. */
  @Value.Parameter
  public abstract int count();

  /**
   * The aggregate the viewer may see in their place, as a message ({@code firewall.withheld.*});
   * {@code summary().toString()} gives English words.
   */
  @Value.Parameter
  public abstract Message summary();

  /**
   * Ids the viewer may see: those of the account's side (stakeholders), never our medical records.
   */
  @Value.Parameter
  public abstract List<KamId> visibleSubjects();
}
