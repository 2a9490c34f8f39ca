package dev.kamkit.rules.tiering;

import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.criteria.Texts;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The tier of one account: its priority (potential value, and strategic fit when the policy weighs
 * it), the tier the cut-offs give, the previous tier and whether hysteresis kept it, and why. Tier
 * and priority are empty when the potential value could not be placed.
 */
@Value.Immutable
public abstract class AbstractTierResult {

  /** The account. */
  public abstract AccountId account();

  /** Its name, for explanations. */
  public abstract String accountName();

  /** The day it was tiered for. */
  public abstract LocalDate asOf();

  /** The tier; empty when the potential value could not be placed. */
  public abstract Optional<AccountTier> tier();

  /** The exact priority, 0-100, the cut-offs were applied to. */
  public abstract Optional<BigDecimal> priority();

  /** The priority explained component by component. */
  public abstract Optional<Score> score();

  /** The tier the account had before, as recorded on it. */
  public abstract Optional<AccountTier> previous();

  /** True if hysteresis kept the previous tier where the plain cut-offs would change it. */
  public abstract boolean keptByHysteresis();

  /** Why the account has its tier, or why it has none. */
  public abstract List<Reason> reasons();

  /** The version of the policy that tiered it. */
  public abstract String policyVersion();

  /** True if the tier differs from the previous one. */
  public boolean changed() {
    return previous().isPresent() && !previous().equals(tier());
  }

  /** A short plain-text explanation. */
  public String explain() {
    StringBuilder text =
        new StringBuilder(accountName())
            .append(" (")
            .append(account())
            .append("): ")
            .append(tier().map(Texts::words).orElse("no tier"))
            .append(priority().map(p -> ", priority " + Texts.points(p) + " / 100").orElse(""))
            .append(" as of ")
            .append(asOf())
            .append(" [policy ")
            .append(policyVersion())
            .append(']');
    reasons().forEach(r -> text.append("\n  ").append(r));
    return text.toString();
  }
}
