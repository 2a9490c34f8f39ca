package dev.kamkit.rules.tiering;

import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
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
public abstract class AbstractTierResult implements AccountResult {
  // Only the generated TierResult extends this: no host subclass.
  AbstractTierResult() {}

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

  /**
   * The explanation as data: the tier and priority, then each reason with its effect. (Tiering sets
   * the tier and the priority together; a priority without a tier is not worded.)
   */
  @Override
  public Explanation explanation() {
    Arg account = Arg.of(account(), accountName());
    Arg id = Arg.text(account().value());
    Arg asOf = Arg.of(asOf());
    Arg policy = Arg.text(policyVersion());
    Message headline;
    if (tier().isEmpty()) {
      headline = Message.of(TieringCode.RESULT_UNTIERED, account, id, asOf, policy);
    } else if (priority().isEmpty()) {
      headline =
          Message.of(
              TieringCode.RESULT_WITHOUT_PRIORITY, account, id, Arg.of(tier().get()), asOf, policy);
    } else {
      headline =
          Message.of(
              TieringCode.RESULT,
              account,
              id,
              Arg.of(tier().get()),
              Arg.of(priority().get()),
              asOf,
              policy);
    }
    return Explanation.of(headline, reasons().stream().map(AbstractTierResult::reason).toList());
  }

  /** A reason on its line with its effect: {@code "[STRENGTH] reason"}. */
  static Explanation reason(Reason r) {
    return Explanation.of(r.line());
  }
}
