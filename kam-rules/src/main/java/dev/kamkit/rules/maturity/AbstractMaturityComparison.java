package dev.kamkit.rules.maturity;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * Two maturity snapshots of a portfolio compared: which accounts regressed and what they lost,
 * which advanced, which stayed, and which joined or left. Every list is sorted by account id.
 */
@Value.Immutable
public abstract class AbstractMaturityComparison implements PortfolioResult {
  // Only the generated MaturityComparison extends this: no host subclass.
  AbstractMaturityComparison() {}

  /** The day of the earlier snapshot. */
  public abstract LocalDate since();

  /** The day of the later snapshot. */
  @Override
  public abstract LocalDate asOf();

  /** The version of the {@link MaturityPolicy} both snapshots were classified by. */
  @Override
  public abstract String policyVersion();

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

  /**
   * The explanation as data: the counts, then each regression with what it lost, then each advance.
   */
  @Override
  public Explanation explanation() {
    Arg regressed = Arg.of(regressed().size());
    Arg advanced = Arg.of(advanced().size());
    Arg unchanged = Arg.of(unchanged().size());
    Message headline =
        added().isEmpty() && removed().isEmpty()
            ? Message.of(MaturityCode.COMPARISON, regressed, advanced, unchanged)
            : Message.of(
                MaturityCode.COMPARISON_MEMBERSHIP,
                regressed,
                advanced,
                unchanged,
                Arg.of(added().size()),
                Arg.of(removed().size()));
    List<Explanation> changes = new ArrayList<>();
    regressed().forEach(c -> changes.add(change(MaturityCode.COMPARISON_REGRESSED, c)));
    advanced().forEach(c -> changes.add(change(MaturityCode.COMPARISON_ADVANCED, c)));
    return Explanation.of(headline, changes);
  }

  private static Explanation change(MaturityCode code, StageChange c) {
    return Explanation.of(Message.of(code, Arg.of(c.headline())), c.explanation().details());
  }
}
