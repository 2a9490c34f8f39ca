package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
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
 * Which accounts of a portfolio get strategic account management under the cap, in rank order, and
 * which candidates were held back and why. Never more accounts are selected than the cap.
 */
@Value.Immutable
public abstract class AbstractSamAllocation implements PortfolioResult {
  // Only the generated SamAllocation extends this: no host subclass.
  AbstractSamAllocation() {}

  /** The day the portfolio's assessments are as of. */
  public abstract LocalDate asOf();

  /** Accounts in the portfolio. */
  public abstract int portfolioSize();

  /** The most SAM accounts the policy allows for this portfolio. */
  public abstract int cap();

  /** How the cap was reached: {@code engagement.sam.cap} or {@code engagement.sam.cap.raised}. */
  public abstract Message capReason();

  /** Candidates ranked: SAM as primary model first, then by potential value, complexity, id. */
  public abstract List<AccountId> candidates();

  /** The accounts that get SAM, in rank order. */
  public abstract List<AccountId> selected();

  /** The candidates the cap held back, in rank order. */
  public abstract List<HeldBack> heldBack();

  /** The version of the policy that allocated. */
  public abstract String policyVersion();

  /** True if {@code account} was selected for SAM. */
  public boolean isSelected(AccountId account) {
    return selected().contains(account);
  }

  /**
   * How many candidates were selected under which cap and why; the accounts selected; each one held
   * back and why.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> details = new ArrayList<>();
    if (!selected().isEmpty()) {
      details.add(
          Explanation.of(Message.of(EngagementCode.SAM_SELECTED, Arg.list(selected(), Arg::of))));
    }
    heldBack()
        .forEach(
            h ->
                details.add(
                    Explanation.of(
                        Message.of(
                            EngagementCode.SAM_HELD_BACK, Arg.of(h.account()), Arg.of(h.why())))));
    return Explanation.of(
        Message.of(
            EngagementCode.SAM_ALLOCATION,
            Arg.of(selected().size()),
            Arg.of(candidates().size()),
            Arg.of(cap()),
            Arg.of(capReason()),
            Arg.text(policyVersion())),
        details);
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("SamAllocation", null)
        .notAbove("selected", selected().size(), "cap", cap())
        .notAbove("cap", cap(), "portfolioSize", portfolioSize())
        .throwIfInvalid();
  }
}
