package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.voice.PeerVoice;
import dev.kamkit.scoring.voice.VoiceCode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts one account's potential and activity against the portfolio's: its shares, whether it is
 * high-value and under-served, and the reason that says so. Every comparison is made exactly, by
 * cross multiplication, so rounding never decides a flag or a rank.
 */
final class Shares {
  /**
   * Most under-served first: the lowest share of activity for its share of potential, then the
   * largest shortfall, then the largest potential, then by account id.
   */
  static final Comparator<AccountFocus> RANKING =
      ((Comparator<AccountFocus>) Shares::compareFocus)
          .thenComparing(Shares::gap, Comparator.reverseOrder())
          .thenComparing(a -> a.potential().amount(), Comparator.reverseOrder())
          .thenComparing(AccountFocus::account);

  private final BigDecimal potential;
  private final BigDecimal activity;
  private final int accounts;
  private final UnderServedPolicy policy;
  private final Window window;

  Shares(
      BigDecimal potential, int activity, int accounts, UnderServedPolicy policy, Window window) {
    this.potential = potential;
    this.activity = BigDecimal.valueOf(activity);
    this.accounts = accounts;
    this.policy = policy;
    this.window = window;
  }

  AccountFocus focus(UnderServedAccounts.Judged judged) {
    KeyAccount account = judged.account();
    Potential own = judged.potential();
    BigDecimal p = own.total().amount();
    BigDecimal a = BigDecimal.valueOf(judged.interactions());
    boolean anyPotential = potential.signum() > 0;
    boolean anyActivity = activity.signum() > 0;
    BigDecimal expected =
        anyPotential
            ? p.multiply(activity).divide(potential, 1, RoundingMode.HALF_EVEN)
            : BigDecimal.ZERO.setScale(1);
    boolean highValue =
        anyPotential
            && p.signum() > 0
            && p.multiply(BigDecimal.valueOf(accounts))
                    .compareTo(policy.highValueFromAverage().multiply(potential))
                >= 0;
    boolean below =
        anyActivity
            && p.signum() > 0
            && a.multiply(potential)
                    .compareTo(policy.underServedBelow().multiply(p).multiply(activity))
                < 0;
    AccountFocus.Builder focus =
        AccountFocus.builder()
            .account(account.id())
            .name(account.account().name())
            .fiscalYear(own.fiscalYear())
            .netRevenue(own.netRevenue())
            .whitespace(own.whitespace())
            .interactions(judged.interactions())
            .potentialShare(anyPotential ? ratio(p, potential) : BigDecimal.ZERO)
            .activityShare(anyActivity ? ratio(a, activity) : BigDecimal.ZERO)
            .focus(
                anyActivity && p.signum() > 0
                    ? Optional.of(ratio(a.multiply(potential), p.multiply(activity)))
                    : Optional.empty())
            .expectedInteractions(expected)
            .highValue(highValue);
    // a share of voice below the peers' average: the voice's own reason, a risk
    Optional<Reason> quiet =
        judged.voice().filter(PeerVoice::belowPeerShare).flatMap(Shares::peerShareReason);
    List<Reason> reasons = new ArrayList<>();
    Reason verdict = verdict(account, own, judged.interactions(), expected, highValue, below);
    if (highValue && !below && quiet.isPresent()) {
      reasons.add(quiet.get()); // what makes it under-served comes first
      reasons.add(verdict);
    } else {
      reasons.add(verdict);
      quiet.ifPresent(reasons::add);
    }
    reasons.addAll(own.reasons());
    focus.underServed(highValue && (below || quiet.isPresent()));
    return focus.reasons(reasons).build();
  }

  private Reason verdict(
      KeyAccount account,
      Potential own,
      int interactions,
      BigDecimal expected,
      boolean highValue,
      boolean below) {
    Arg name = Arg.of(account.id(), account.account().name());
    List<KamId> subjects = List.of(account.id());
    if (!own.total().isPositive()) {
      return Reason.of(
          HealthCode.FOCUS_NO_POTENTIAL,
          Effect.GAP,
          subjects,
          name,
          Arg.of(own.total()),
          Arg.of(interactions));
    }
    Arg potentialShare = Arg.of(ratio(own.total().amount(), potential));
    Arg composition = Arg.of(composition(own));
    if (activity.signum() == 0) {
      return Reason.of(
          HealthCode.FOCUS_NO_ACTIVITY,
          Effect.GAP,
          subjects,
          name,
          potentialShare,
          composition,
          window.daysArg(),
          window.endArg());
    }
    List<Arg> shares =
        new ArrayList<>(
            List.of(
                name,
                potentialShare,
                composition,
                Arg.of(ratio(BigDecimal.valueOf(interactions), activity)),
                Arg.of(interactions),
                Arg.of(activity.longValueExact()),
                window.daysArg(),
                window.endArg()));
    HealthCode code;
    Effect effect;
    if (highValue && below) {
      long shortfall =
          expected
              .subtract(BigDecimal.valueOf(interactions))
              .setScale(0, RoundingMode.HALF_UP)
              .longValueExact();
      code = HealthCode.FOCUS_UNDER_SERVED;
      effect = Effect.RISK;
      shares.add(Arg.of(shortfall));
    } else if (below) {
      code = HealthCode.FOCUS_BELOW_POTENTIAL;
      effect = Effect.GAP;
      shares.add(Arg.of(policy.highValueFromAverage()));
    } else {
      code = HealthCode.FOCUS_IN_LINE;
      effect = Effect.STRENGTH;
    }
    return Reason.of(new Message(code, shares), effect, subjects);
  }

  private static Optional<Reason> peerShareReason(PeerVoice voice) {
    return voice.reasons().stream()
        .filter(r -> r.message().code() == VoiceCode.PEER_SHARE_BELOW)
        .findFirst();
  }

  /** What the account's potential is made of: a fiscal year's net revenue and unsold whitespace. */
  private static Message composition(Potential own) {
    Arg total = Arg.of(own.total());
    return own.netRevenue()
        .map(
            r ->
                Message.of(
                    HealthCode.POTENTIAL_MADE_OF,
                    total,
                    Arg.year(own.fiscalYear()),
                    Arg.of(r),
                    Arg.of(own.whitespace())))
        .orElseGet(() -> Message.of(HealthCode.POTENTIAL_WHITESPACE_ONLY, total));
  }

  private static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, 6, RoundingMode.HALF_EVEN);
  }

  /** Compares focus exactly: a1 / p1 against a2 / p2 as a1 * p2 against a2 * p1. */
  private static int compareFocus(AccountFocus x, AccountFocus y) {
    BigDecimal left = BigDecimal.valueOf(x.interactions()).multiply(y.potential().amount());
    BigDecimal right = BigDecimal.valueOf(y.interactions()).multiply(x.potential().amount());
    return left.compareTo(right);
  }

  /** Expected minus actual interactions. */
  private static BigDecimal gap(AccountFocus a) {
    return a.expectedInteractions().subtract(BigDecimal.valueOf(a.interactions()));
  }
}
