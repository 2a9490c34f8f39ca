package dev.kamkit.rules.review;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * An account as it stood on one day: its data, and what kamkit judged of it that day. A review
 * compares two. {@code Kamkit.review} makes them from its evaluations; a host that stores its
 * evaluations makes them with {@link AccountSnapshot#builder()}.
 */
@Value.Immutable
public abstract class AbstractAccountSnapshot {
  // Only the generated AccountSnapshot extends this: no host subclass.
  AbstractAccountSnapshot() {}

  /** The account's data as it stood. */
  public abstract KeyAccount account();

  /** The day it stood so. */
  public abstract LocalDate asOf();

  /** Its tier. */
  public abstract TierResult tier();

  /** Its KAM maturity stage. */
  public abstract MaturityResult maturity();

  /** Its relationship stage. */
  public abstract RelationshipStageResult relationship();

  /** Its engagement model. */
  public abstract EngagementAssessment engagement();

  /** Its relationship coverage. */
  public abstract CoverageResult coverage();

  /** Its plan completeness. */
  public abstract CompletenessResult completeness();

  /** Its whitespace. */
  public abstract WhitespaceResult whitespace();

  /** Its health. */
  public abstract HealthResult health();

  /** Its committee progression. */
  public abstract CommitteeProgressionResult committee();

  /** The account's id. */
  public AccountId id() {
    return account().id();
  }

  /**
   * @throws IllegalArgumentException if a result is of another account or another day
   */
  @Value.Check
  protected void check() {
    List<AccountResult> results =
        List.of(
            tier(),
            maturity(),
            relationship(),
            engagement(),
            coverage(),
            completeness(),
            whitespace(),
            health(),
            committee());
    AccountResult.requireAsOf(results, asOf());
    for (AccountResult r : results) {
      if (!r.account().equals(id())) {
        throw new IllegalArgumentException(
            "a snapshot of account " + id() + " holds a result for account " + r.account());
      }
    }
  }
}
