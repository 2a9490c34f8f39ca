package dev.kamkit.scoring.coverage;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Score;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What coverage remains if one of our people leaves: the rep-leaves-and-the-account-leaves problem
 * (Prolifiq, "Pharma Key Account Management"). The stakeholders only that person holds are
 * orphaned.
 */
@Value.Immutable
public abstract class AbstractTurnoverImpact implements AccountResult {
  // Only the generated TurnoverImpact extends this: no host subclass.
  AbstractTurnoverImpact() {}

  /** The account. */
  public abstract AccountId account();

  /** The day of the coverage before and after. */
  public abstract LocalDate asOf();

  /** The version of the coverage policy both were scored under. */
  public abstract String policyVersion();

  /** The team member who would leave. */
  public abstract TeamMemberId teamMember();

  /** Coverage today. */
  public abstract Score before();

  /**
   * Coverage without the member's relationships: its value and components, with the reasons its
   * figures give; the look-ups made only to explain (who of ours holds each role, risks, stale
   * threads, sentiment) are left out, since the score before has them.
   */
  public abstract Score after();

  /** Stakeholders nobody else of ours holds actively, sorted by id. */
  public abstract Set<StakeholderId> orphaned();

  /**
   * The status the account would have without the member, judged as {@link
   * CoverageScorer#score(dev.kamkit.model.KeyAccount, LocalDate)} judges today's: the same policy,
   * the same thresholds, red when we would hold nobody or be single-threaded (if the policy says
   * so). A departure never improves the status.
   */
  public abstract RagStatus statusAfter();

  /**
   * Why {@link #statusAfter()} has its colour, with the codes of {@link
   * AbstractCoverageResult#statusReason()}: {@link CoverageCode#STATUS_NOBODY_ENGAGED} when the
   * member held everyone we hold, {@link CoverageCode#STATUS_SINGLE_THREADED} or {@link
   * CoverageCode#STATUS_SINGLE_THREADED_BOTH} naming who would be left as the only thread, else the
   * score after and the threshold it was held against.
   */
  public abstract Message statusReasonAfter();

  /** Points of coverage lost; zero or more. */
  public BigDecimal loss() {
    return before().value().subtract(after().value());
  }

  /**
   * The impact in one line ({@link #line()}), then how coverage stands without the member,
   * component by component, and last the status after with its reason ({@link
   * CoverageCode#STATUS}), as a coverage explanation ends.
   */
  @Override
  public Explanation explanation() {
    List<Explanation> lines = new ArrayList<>(after().explanation().details());
    lines.add(
        Explanation.of(
            Message.of(CoverageCode.STATUS, Arg.of(statusAfter()), Arg.of(statusReasonAfter()))));
    return Explanation.of(line(), lines);
  }

  /**
   * The impact in one line: who leaves, the points lost, the coverage left, who is orphaned and the
   * status after.
   */
  public Message line() {
    return Message.of(
        CoverageCode.TURNOVER_IMPACT,
        Arg.of(teamMember()),
        Arg.of(loss()),
        Arg.of(after().value()),
        Arg.of(orphaned().size()),
        Arg.list(orphaned(), Arg::of),
        Arg.of(statusAfter()));
  }
}
