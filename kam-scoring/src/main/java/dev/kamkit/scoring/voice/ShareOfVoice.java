package dev.kamkit.scoring.voice;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Measures share of voice: our share of the field interactions in an account against the
 * competitors' the host knows of, and, across a portfolio, each account against our average over
 * its peers (Veeva Business Consulting, "Unlocking True KAM Transformation": an above-average share
 * of voice raises the likelihood of a formulary listing in the account by 70%).
 *
 * <pre>{@code
 * ShareOfVoice voice = ShareOfVoice.withDefaults();
 * ShareOfVoiceResult r = voice.evaluate(account, LocalDate.of(2027, 3, 31));
 * r.share();            // Optional<BigDecimal>, 0-100
 * r.aboveAverage();     // above the average company's share
 * r.toAboveAverage();   // how many more interactions of ours would get it there
 * ShareOfVoicePortfolioResult all = voice.assess(portfolio, LocalDate.of(2027, 3, 31));
 * all.belowPeerShare(); // accounts below our average share over their peers
 * }</pre>
 *
 * <p>Competitor activity ({@code KeyAccount.competitorActivity}) counts when its period ends within
 * the policy's window. The period compared runs from the earliest such record's first day to the
 * latest one's last day, and our completed interactions in the policy's channels are counted over
 * exactly those days, so both sides cover the same time. Without such a record the share is
 * unknown, with the reason, and our interactions in the window are still counted.
 *
 * <p>Peers are the other accounts of the same tier (untiered accounts are peers of each other):
 * effort follows tier (Prolifiq, "Pharma Key Account Management"), so a tier-one IDN is compared
 * with what we give other tier-one accounts, not with a clinic. The account itself is not among its
 * peers.
 *
 * <p>The results do not depend on the order of interactions, records or accounts. More interactions
 * of ours never lower our share. Instances are immutable and thread-safe.
 */
public final class ShareOfVoice {
  private final ShareOfVoicePolicy policy;

  private ShareOfVoice(ShareOfVoicePolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** Measures by {@code policy}. */
  public static ShareOfVoice of(ShareOfVoicePolicy policy) {
    return new ShareOfVoice(policy);
  }

  /** Measures by {@link ShareOfVoicePolicy#defaults()}. */
  public static ShareOfVoice withDefaults() {
    return new ShareOfVoice(ShareOfVoicePolicy.defaults());
  }

  /** The policy in use. */
  public ShareOfVoicePolicy policy() {
    return policy;
  }

  /** The share of voice of {@code account} as of {@code asOf}. */
  public ShareOfVoiceResult evaluate(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    LocalDate start = asOf.minusDays(policy.windowDays());
    List<CompetitorActivity> counted =
        account.competitorActivity().stream()
            .filter(c -> !c.end().isBefore(start) && !c.end().isAfter(asOf))
            .toList();
    List<AccountId> subject = List.of(account.id());
    int inWindow = ours(account, start, asOf);
    ShareOfVoiceResult.Builder result =
        ShareOfVoiceResult.builder()
            .account(account.id())
            .tier(account.account().tier())
            .asOf(asOf)
            .policy(policy)
            .inWindow(inWindow);
    if (counted.isEmpty()) {
      Optional<LocalDate> latest =
          account.competitorActivity().stream()
              .map(CompetitorActivity::end)
              .filter(to -> to.isBefore(start))
              .max(Comparator.naturalOrder());
      Reason why =
          latest
              .map(
                  l ->
                      Reason.of(
                          VoiceCode.UNKNOWN_OUTDATED,
                          Effect.GAP,
                          subject,
                          Arg.of(l),
                          Arg.of(start)))
              .orElseGet(() -> Reason.of(VoiceCode.UNKNOWN_NO_RECORDS, Effect.GAP, subject));
      return result
          .start(start)
          .end(asOf)
          .ours(inWindow)
          .addReasons(why)
          .addRemedies(Message.of(VoiceCode.REMEDY_RECORD, Arg.of(start), Arg.of(asOf)))
          .build();
    }
    LocalDate from =
        counted.stream()
            .map(CompetitorActivity::start)
            .min(Comparator.naturalOrder())
            .orElseThrow();
    LocalDate to =
        counted.stream().map(CompetitorActivity::end).max(Comparator.naturalOrder()).orElseThrow();
    Map<String, int[]> byCompetitor = new TreeMap<>();
    for (CompetitorActivity c : counted) {
      int[] sums = byCompetitor.computeIfAbsent(c.competitor(), k -> new int[2]);
      sums[0] = Math.addExact(sums[0], c.interactions());
      sums[1]++;
    }
    byCompetitor.forEach(
        (name, sums) -> result.addCompetitors(CompetitorVoice.of(name, sums[0], sums[1])));
    ShareOfVoiceResult partial = result.start(from).end(to).ours(ours(account, from, to)).build();
    return partial.withReasons(verdict(partial, subject)).withRemedies(remedies(partial));
  }

  /** The share's verdict: above the average company's share, not above it, or nobody active. */
  private static Reason verdict(ShareOfVoiceResult r, List<AccountId> subject) {
    if (!r.known()) {
      return Reason.of(
          VoiceCode.UNKNOWN_SILENT, Effect.GAP, subject, Arg.of(r.start()), Arg.of(r.end()));
    }
    Arg share = Arg.of(r.share().orElseThrow());
    Arg fair = Arg.of(r.fairShare().orElseThrow());
    return r.aboveAverage()
        ? Reason.of(
            VoiceCode.ABOVE_AVERAGE, Effect.STRENGTH, subject, share, fair, Arg.of(r.companies()))
        : Reason.of(
            VoiceCode.NOT_ABOVE_AVERAGE, Effect.GAP, subject, share, fair, Arg.of(r.companies()));
  }

  private static List<Message> remedies(ShareOfVoiceResult r) {
    if (!r.known() || r.aboveAverage()) {
      return List.of();
    }
    return List.of(
        Message.of(
            VoiceCode.REMEDY_MORE,
            Arg.of(r.toAboveAverage().orElseThrow()),
            Arg.of(r.fairShare().orElseThrow())));
  }

  /**
   * Each account of {@code portfolio} as of {@code asOf}, against its peers: {@link #rollUp} of
   * {@link #evaluate} over every account.
   */
  public ShareOfVoicePortfolioResult assess(Portfolio portfolio, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    requireNonNull(asOf, "asOf");
    if (portfolio.accounts().isEmpty()) {
      return ShareOfVoicePortfolioResult.builder().asOf(asOf).policy(policy).build();
    }
    return rollUp(portfolio.accounts().stream().map(a -> evaluate(a, asOf)).toList());
  }

  /**
   * Rolls account results up into a portfolio result, each account against its peers: the other
   * accounts of its tier among {@code results}.
   *
   * @throws IllegalArgumentException if there are none, a result is as of another day or by another
   *     policy version, or two are for the same account
   */
  public ShareOfVoicePortfolioResult rollUp(Collection<ShareOfVoiceResult> results) {
    requireNonNull(results, "results");
    if (results.isEmpty()) {
      throw new IllegalArgumentException("no account results to roll up");
    }
    LocalDate asOf = results.iterator().next().asOf();
    AccountResult.requireJudgedBy(results, asOf, policy.version());
    List<ShareOfVoiceResult> sorted =
        results.stream().sorted(Comparator.comparing(ShareOfVoiceResult::account)).toList();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).account().equals(sorted.get(i - 1).account())) {
        throw new IllegalArgumentException("two results for account " + sorted.get(i).account());
      }
    }
    List<PeerVoice> accounts = new ArrayList<>(sorted.size());
    for (ShareOfVoiceResult r : sorted) {
      List<ShareOfVoiceResult> peers =
          sorted.stream()
              .filter(p -> p.tier().equals(r.tier()) && !p.account().equals(r.account()))
              .toList();
      accounts.add(peerVoice(r, peers));
    }
    return ShareOfVoicePortfolioResult.builder()
        .asOf(asOf)
        .policy(policy)
        .accounts(accounts)
        .build();
  }

  private static PeerVoice peerVoice(ShareOfVoiceResult r, List<ShareOfVoiceResult> peers) {
    List<AccountId> subject = List.of(r.account());
    Arg account = Arg.of(r.account());
    List<BigDecimal> shares = peers.stream().flatMap(p -> p.share().stream()).toList();
    Optional<BigDecimal> averageInteractions =
        mean(peers.stream().map(p -> BigDecimal.valueOf(p.inWindow())).toList());
    Optional<BigDecimal> averageShare = mean(shares);
    List<Reason> reasons = new ArrayList<>();
    if (peers.isEmpty()) {
      reasons.add(Reason.of(VoiceCode.NO_PEERS, Effect.GAP, subject, account));
    }
    averageInteractions.ifPresent(
        avg -> {
          boolean above = BigDecimal.valueOf(r.inWindow()).compareTo(avg) > 0;
          reasons.add(
              Reason.of(
                  above ? VoiceCode.PEER_INTERACTIONS_ABOVE : VoiceCode.PEER_INTERACTIONS_NOT_ABOVE,
                  above ? Effect.STRENGTH : Effect.GAP,
                  subject,
                  account,
                  Arg.of(r.inWindow()),
                  Arg.of(avg),
                  Arg.of(peers.size())));
        });
    PeerVoice.Builder voice =
        PeerVoice.builder()
            .result(r)
            .peers(peers.size())
            .peerAverageInteractions(averageInteractions)
            .peersKnown(shares.size())
            .peerAverageShare(averageShare);
    if (r.share().isPresent() && averageShare.isPresent()) {
      boolean below = r.share().get().compareTo(averageShare.get()) < 0;
      reasons.add(
          Reason.of(
              below ? VoiceCode.PEER_SHARE_BELOW : VoiceCode.PEER_SHARE_NOT_BELOW,
              below ? Effect.RISK : Effect.STRENGTH,
              subject,
              account,
              Arg.of(r.share().get()),
              Arg.of(averageShare.get()),
              Arg.of(shares.size())));
    }
    return voice.reasons(reasons).build();
  }

  /** The mean, one decimal, half-even; empty for none. Exact sums: order does not matter. */
  private static Optional<BigDecimal> mean(List<BigDecimal> values) {
    if (values.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return Optional.of(sum.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_EVEN));
  }

  /** Our completed interactions in the policy's channels from {@code from} to {@code to}. */
  private int ours(KeyAccount account, LocalDate from, LocalDate to) {
    int n = 0;
    for (Interaction i : account.interactions()) {
      if (i.status() == InteractionStatus.COMPLETED
          && policy.channels().contains(i.channel())
          && !i.date().isBefore(from)
          && !i.date().isAfter(to)) {
        n++;
      }
    }
    return n;
  }
}
