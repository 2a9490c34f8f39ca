package dev.kamkit.scoring.health;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.voice.PeerVoice;
import dev.kamkit.scoring.voice.ShareOfVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Finds the accounts of a portfolio whose activity is well below what their potential warrants
 * (Veeva Business Consulting, "Unlocking True KAM Transformation": one in five high-value accounts
 * is under-called relative to its potential).
 *
 * <pre>{@code
 * UnderServedReport report = UnderServedAccounts.withDefaults().assess(portfolio, asOf);
 * report.underServed().forEach(a -> System.out.println(a.reasons().get(0)));
 * }</pre>
 *
 * <p>Each account's potential is its net revenue in the latest complete fiscal year plus the
 * estimated value of its unsold whitespace, in the policy's reporting currency (other currencies
 * are left out with a reason, never converted); its activity is its completed interactions in the
 * window. An account is under-served when it is high-value (potential at least the policy's
 * multiple of the average) and its share of activity is below the policy's fraction of its share of
 * potential, or (unless the policy turns it off) its share of voice is below our average share over
 * its peers, the other accounts of its tier ({@link ShareOfVoice}). Accounts whose potential is
 * unknown are left out of the shares and listed with the reason. The result does not depend on the
 * order of the accounts.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnderServedAccounts {
  private final UnderServedPolicy policy;

  private UnderServedAccounts(UnderServedPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** An assessor using {@code policy}. */
  public static UnderServedAccounts of(UnderServedPolicy policy) {
    return new UnderServedAccounts(policy);
  }

  /** An assessor using {@link UnderServedPolicy#defaults()}. */
  public static UnderServedAccounts withDefaults() {
    return new UnderServedAccounts(UnderServedPolicy.defaults());
  }

  /** The policy in use. */
  public UnderServedPolicy policy() {
    return policy;
  }

  /** Assesses every account of {@code portfolio} as of {@code asOf}. */
  public UnderServedReport assess(Portfolio portfolio, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    Optional<ShareOfVoicePortfolioResult> voice =
        policy.belowPeerShareOfVoice() && !portfolio.accounts().isEmpty()
            ? Optional.of(ShareOfVoice.of(policy.shareOfVoice()).assess(portfolio, asOf))
            : Optional.empty();
    return assess(portfolio, asOf, voice);
  }

  /**
   * Like {@link #assess(Portfolio, LocalDate)}, reading share of voice against peers from {@code
   * voice}, measured already (by an evaluator that reports it too), rather than measuring it again.
   * It is read only when the policy asks for it.
   *
   * @throws IllegalArgumentException if {@code voice} is as of another day, by another policy than
   *     {@link UnderServedPolicy#shareOfVoice()}, or lacks an account of {@code portfolio}
   */
  public UnderServedReport assess(
      Portfolio portfolio, LocalDate asOf, ShareOfVoicePortfolioResult voice) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    requireNonNull(voice, "voice");
    if (!voice.asOf().equals(asOf) || !voice.policy().equals(policy.shareOfVoice())) {
      throw new IllegalArgumentException(
          "share of voice as of "
              + voice.asOf()
              + " by policy "
              + voice.policyVersion()
              + " for under-served accounts as of "
              + asOf
              + " by policy "
              + policy.shareOfVoice().version());
    }
    for (KeyAccount account : portfolio.accounts()) {
      if (voice.account(account.id()).isEmpty()) {
        throw new IllegalArgumentException("no share of voice for account " + account.id());
      }
    }
    return assess(
        portfolio, asOf, policy.belowPeerShareOfVoice() ? Optional.of(voice) : Optional.empty());
  }

  private UnderServedReport assess(
      Portfolio portfolio, LocalDate asOf, Optional<ShareOfVoicePortfolioResult> voice) {
    Window window = Window.lookingBack(asOf, policy.activityWindowDays());
    List<KeyAccount> accounts =
        portfolio.accounts().stream().sorted(Comparator.comparing(KeyAccount::id)).toList();
    List<Judged> judged = new ArrayList<>();
    List<Reason> notAssessed = new ArrayList<>();
    for (KeyAccount account : accounts) {
      Potential potential = Potential.of(account, asOf, policy.reportingCurrency());
      if (potential.known()) {
        judged.add(
            new Judged(
                account,
                potential,
                interactions(account, window),
                voice.flatMap(v -> v.account(account.id()))));
      } else {
        notAssessed.add(
            Reason.of(
                HealthCode.POTENTIAL_UNKNOWN,
                Effect.GAP,
                List.of(account.id()),
                Arg.of(account.id(), account.account().name()),
                Arg.of(potential.revenueMissing().orElseThrow()),
                Arg.text(policy.reportingCurrency().getCurrencyCode())));
      }
    }
    Money total =
        judged.stream()
            .map(j -> j.potential().total())
            .reduce(Money.zero(policy.reportingCurrency()), Money::plus);
    int activity = judged.stream().mapToInt(Judged::interactions).sum();
    Shares shares = new Shares(total.amount(), activity, judged.size(), policy, window);
    List<AccountFocus> focus = judged.stream().map(shares::focus).toList();
    List<AccountFocus> ranked =
        focus.stream().filter(AccountFocus::underServed).sorted(Shares.RANKING).toList();
    return UnderServedReport.builder()
        .asOf(asOf)
        .totalPotential(total)
        .totalInteractions(activity)
        .accounts(focus)
        .underServed(ranked)
        .notAssessed(notAssessed)
        .notes(notes(total, activity, judged.size(), window))
        .policy(policy)
        .build();
  }

  /**
   * One account whose potential is known, with its completed interactions in the window and, where
   * the policy asks for it, its share of voice against its peers.
   */
  record Judged(
      KeyAccount account, Potential potential, int interactions, Optional<PeerVoice> voice) {}

  private static int interactions(KeyAccount account, Window window) {
    return (int)
        account.interactions().stream()
            .filter(i -> i.status() == InteractionStatus.COMPLETED && window.contains(i.date()))
            .count();
  }

  private List<Reason> notes(Money total, int activity, int judged, Window window) {
    List<Reason> notes = new ArrayList<>();
    if (judged == 0) {
      notes.add(
          Reason.of(
              HealthCode.PORTFOLIO_NOTHING_JUDGED,
              Effect.GAP,
              List.of(),
              Arg.text(policy.reportingCurrency().getCurrencyCode())));
    } else if (!total.isPositive()) {
      notes.add(Reason.of(HealthCode.PORTFOLIO_NO_POTENTIAL, Effect.GAP, List.of()));
    }
    if (judged > 0 && activity == 0) {
      notes.add(
          Reason.of(
              HealthCode.PORTFOLIO_NO_ACTIVITY,
              Effect.RISK,
              List.of(),
              window.daysArg(),
              window.endArg()));
    }
    return notes;
  }
}
