package dev.kamkit.scoring.committee;

import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.PortfolioResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Committee progression across a portfolio: the accounts' results under one policy on one day, with
 * the share and the days per stage over all their submissions. Make one with {@link
 * CommitteeProgression#rollUp(java.util.Collection)}.
 */
@Value.Immutable
public abstract class AbstractCommitteePortfolioResult implements PortfolioResult {
  // Only the generated CommitteePortfolioResult extends this: no host subclass.
  AbstractCommitteePortfolioResult() {}

  /** The day judged. */
  @Override
  public abstract LocalDate asOf();

  /** The policy every account was judged by. */
  public abstract CommitteeProgressionPolicy policy();

  /** The version of the policy. */
  @Override
  public String policyVersion() {
    return policy().version();
  }

  /** Each account's result, in account id order. */
  public abstract List<CommitteeProgressionResult> accounts();

  /** Submissions approved across the accounts. */
  public int approved() {
    return accounts().stream().mapToInt(CommitteeProgressionResult::approved).sum();
  }

  /** Submissions judged across the accounts. */
  public int judged() {
    return accounts().stream().mapToInt(CommitteeProgressionResult::judged).sum();
  }

  /** Approved out of judged over every account, 0-100 with one decimal; empty when none judged. */
  public Optional<BigDecimal> approvalShare() {
    return AbstractCommitteeProgressionResult.share(approved(), judged());
  }

  /** The days per stage over every account's submissions, in stage order. */
  public List<StageTime> stageTimes() {
    Map<SubmissionStage, StageTime> pooled = new EnumMap<>(SubmissionStage.class);
    for (CommitteeProgressionResult r : accounts()) {
      for (StageTime t : r.stageTimes()) {
        pooled.merge(t.stage(), t, StageTime::plus);
      }
    }
    return List.copyOf(pooled.values());
  }

  /** The stalled submissions of every account, account by account. */
  public List<SubmissionProgress> stalled() {
    return accounts().stream().flatMap(r -> r.stalled().stream()).toList();
  }

  /**
   * The headline (accounts, submissions, open, stalled), the share and the days per stage over all,
   * then each account with stalled submissions and their reasons.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>();
    lines.add(
        Explanation.of(
            AbstractCommitteeProgressionResult.shareLine(approved(), judged(), policy())));
    stageTimes()
        .forEach(t -> lines.add(Explanation.of(AbstractCommitteeProgressionResult.line(t))));
    int submissions = 0;
    int open = 0;
    for (CommitteeProgressionResult r : accounts()) {
      submissions += r.submissions().size();
      open += r.open().size();
      List<SubmissionProgress> stalled = r.stalled();
      if (!stalled.isEmpty()) {
        lines.add(
            Explanation.of(
                Message.of(
                    CommitteeCode.PORTFOLIO_ACCOUNT,
                    Arg.of(r.account()),
                    Arg.of(stalled.size()),
                    Arg.of(r.open().size())),
                stalled.stream().map(SubmissionProgress::explanation).toList()));
      }
    }
    return Explanation.of(
        Message.of(
            CommitteeCode.PORTFOLIO_HEADLINE,
            Arg.of(accounts().size()),
            Arg.of(submissions),
            Arg.of(open),
            Arg.of(stalled().size())),
        lines);
  }
}
