package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.PlanProgress;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A {@link CompletenessResult} as a results document holds it: everything but the policy that
 * produced it, which the format does not carry.
 *
 * @param account the account
 * @param asOf the day it was scored for
 * @param score the score with one component per plan section
 * @param rot the signs of plan rot; empty when the plan is kept alive
 * @param progress execution progress; empty when the account has no plan
 */
public record CompletenessView(
    AccountId account,
    LocalDate asOf,
    Score score,
    List<Reason> rot,
    Optional<PlanProgress> progress) {

  /** Checks that no component is null and copies the list. */
  public CompletenessView {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(score, "score");
    rot = List.copyOf(rot);
    requireNonNull(progress, "progress");
  }

  /** The view of {@code result}. */
  public static CompletenessView of(CompletenessResult result) {
    return new CompletenessView(
        result.account(), result.asOf(), result.score(), result.rot(), result.progress());
  }

  /** True if the plan shows any sign of rot. */
  public boolean isRotten() {
    return !rot.isEmpty();
  }
}
