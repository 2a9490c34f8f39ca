package dev.kamkit.scoring.coverage;

import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Explanation;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.scoring.Score;
import java.math.BigDecimal;
import java.time.LocalDate;
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

  /** Points of coverage lost; zero or more. */
  public BigDecimal loss() {
    return before().value().subtract(after().value());
  }

  /**
   * The impact in one line ({@link #line()}), then how coverage stands without the member,
   * component by component.
   */
  @Override
  public Explanation explanation() {
    return Explanation.of(line(), after().explanation().details());
  }

  /** The impact in one line: who leaves, the points lost, the coverage left and who is orphaned. */
  public Message line() {
    return Message.of(
        CoverageCode.TURNOVER_IMPACT,
        Arg.of(teamMember()),
        Arg.of(loss()),
        Arg.of(after().value()),
        Arg.of(orphaned().size()),
        Arg.list(orphaned(), Arg::of));
  }
}
