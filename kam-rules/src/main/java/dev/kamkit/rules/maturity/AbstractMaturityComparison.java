package dev.kamkit.rules.maturity;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.Texts;
import java.util.List;
import org.immutables.value.Value;

/**
 * Two maturity snapshots of a portfolio compared: which accounts regressed and what they lost,
 * which advanced, which stayed, and which joined or left. Every list is sorted by account id.
 */
@Value.Immutable
public abstract class AbstractMaturityComparison {

  /** Accounts at a lower stage in the later snapshot, with the criteria they lost. */
  public abstract List<StageChange> regressed();

  /** Accounts at a higher stage in the later snapshot. */
  public abstract List<StageChange> advanced();

  /** Accounts at the same stage in both. */
  public abstract List<AccountId> unchanged();

  /** Accounts only in the later snapshot. */
  public abstract List<AccountId> added();

  /** Accounts only in the earlier snapshot. */
  public abstract List<AccountId> removed();

  /** Regressions first, then advances, then the counts of the rest. */
  public String explain() {
    StringBuilder text =
        new StringBuilder("Maturity changes: ")
            .append(regressed().size())
            .append(" regressed, ")
            .append(advanced().size())
            .append(" advanced, ")
            .append(unchanged().size())
            .append(" unchanged");
    if (!added().isEmpty() || !removed().isEmpty()) {
      text.append(", ")
          .append(Texts.count(added().size(), "account", "accounts"))
          .append(" added, ")
          .append(removed().size())
          .append(" removed");
    }
    regressed().forEach(c -> text.append("\n  Regressed: ").append(c.explain()));
    advanced().forEach(c -> text.append("\n  Advanced: ").append(c.explain()));
    return text.toString();
  }
}
