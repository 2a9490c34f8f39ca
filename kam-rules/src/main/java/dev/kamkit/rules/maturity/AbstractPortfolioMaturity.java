package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import dev.kamkit.model.id.AccountId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The maturity stages of a portfolio: every account's result, sorted by account id, and how many
 * accounts sit at each stage. Build it with {@link MaturityClassifier#summarise} or {@link
 * MaturityClassifier#classifyAll}; the order the accounts came in does not matter.
 */
@Value.Immutable
public abstract class AbstractPortfolioMaturity implements PortfolioResult {
  // Only the generated PortfolioMaturity extends this: no host subclass.
  AbstractPortfolioMaturity() {}

  /** The day the portfolio was classified as of. */
  public abstract LocalDate asOf();

  /** The version of the {@link MaturityPolicy} it was classified by. */
  public abstract String policyVersion();

  /** One result per account, sorted by account id. */
  public abstract List<MaturityResult> results();

  /** How many accounts sit at each stage, every stage listed (with 0 where none do). */
  public Map<MaturityStage, Integer> counts() {
    Map<MaturityStage, Integer> counts = new EnumMap<>(MaturityStage.class);
    for (MaturityStage s : MaturityStage.values()) {
      counts.put(s, 0);
    }
    results().forEach(r -> counts.merge(r.stage(), 1, Integer::sum));
    return counts;
  }

  /** The accounts at {@code stage}, sorted by id. */
  public List<AccountId> accountsAt(MaturityStage stage) {
    return results().stream().filter(r -> r.stage() == stage).map(MaturityResult::account).toList();
  }

  /** The explanation as data: how many accounts, then one line per stage with how many, which. */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    counts()
        .forEach(
            (stage, n) ->
                lines.add(
                    Explanation.of(
                        Message.of(
                            MaturityCode.PORTFOLIO_STAGE,
                            Arg.of(stage.number()),
                            Arg.of(stage),
                            Arg.of(n),
                            Arg.list(accountsAt(stage), Arg::of)))));
    return Explanation.of(Message.of(MaturityCode.PORTFOLIO, Arg.of(results().size())), lines);
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    List<AccountId> ids = results().stream().map(MaturityResult::account).toList();
    ModelCheck.of("PortfolioMaturity", null)
        .unique("results.account", ids, id -> id)
        .require(
            ids.stream().sorted().toList().equals(ids),
            "results",
            ids,
            ModelCode.NOT_SORTED,
            Arg.text("account"))
        .throwIfInvalid();
  }
}
