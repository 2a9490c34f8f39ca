package dev.kamkit.rules.compliance.firewall;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.team.Division;
import java.util.List;
import org.immutables.value.Value;

/**
 * The part of a key account one side of the firewall may see, and what was withheld from it. The
 * account is a valid {@link KeyAccount}, so every scorer and rule can run on the view.
 */
@Value.Immutable
public abstract class AbstractAccountView {
  // Only the generated AccountView extends this: no host subclass.
  AbstractAccountView() {}

  /** The side the view is for. */
  public abstract Division viewer();

  /** What the viewer may see. */
  public abstract KeyAccount account();

  /** What was left out, in aggregate; empty when nothing was. */
  public abstract List<Withheld> withheld();
}
