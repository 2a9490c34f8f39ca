package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import java.util.List;
import org.immutables.value.Value;

/**
 * Which accounts of a portfolio get strategic account management under the cap, in rank order, and
 * which candidates were held back and why. Never more accounts are selected than the cap.
 */
@Value.Immutable
public abstract class AbstractSamAllocation {

  /** Accounts in the portfolio. */
  public abstract int portfolioSize();

  /** The most SAM accounts the policy allows for this portfolio. */
  public abstract int cap();

  /** How the cap was reached, in plain words. */
  public abstract String capReason();

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

  /** A short plain-text explanation. */
  public String explain() {
    StringBuilder text =
        new StringBuilder("Strategic account management: ")
            .append(selected().size())
            .append(" of ")
            .append(Texts.count(candidates().size(), "candidate", "candidates"))
            .append(" selected; cap ")
            .append(cap())
            .append(" (")
            .append(capReason())
            .append(") [policy ")
            .append(policyVersion())
            .append("]\n");
    if (!selected().isEmpty()) {
      text.append("  Selected: ")
          .append(String.join(", ", selected().stream().map(AccountId::value).toList()))
          .append('\n');
    }
    heldBack()
        .forEach(
            h ->
                text.append("  Held back ")
                    .append(h.account())
                    .append(": ")
                    .append(h.why())
                    .append('\n'));
    return text.toString().stripTrailing();
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("SamAllocation", null)
        .require(
            selected().size() <= cap(),
            "selected",
            selected().size(),
            "must not exceed the cap " + cap())
        .require(cap() <= portfolioSize(), "cap", cap(), "must not exceed the portfolio size")
        .throwIfInvalid();
  }
}
