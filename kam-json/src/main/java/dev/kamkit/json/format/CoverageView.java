package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.coverage.AccountScale;
import dev.kamkit.scoring.coverage.CoverageResult;
import java.time.LocalDate;
import java.util.List;

/**
 * A {@link CoverageResult} as a results document holds it: everything but the policy that produced
 * it, which the format does not carry.
 *
 * @param account the account scored
 * @param asOf the day it was scored for
 * @param scale the scale the account was judged at
 * @param score the score with its components and reasons
 * @param status green, amber or red
 * @param statusReason why the status has its colour
 * @param engaged the stakeholders held actively, sorted by id
 */
public record CoverageView(
    AccountId account,
    LocalDate asOf,
    AccountScale scale,
    Score score,
    RagStatus status,
    Message statusReason,
    List<StakeholderId> engaged) {

  /** Checks that no component is null and copies the list. */
  public CoverageView {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(scale, "scale");
    requireNonNull(score, "score");
    requireNonNull(status, "status");
    requireNonNull(statusReason, "statusReason");
    engaged = List.copyOf(engaged);
  }

  /** The view of {@code result}. */
  public static CoverageView of(CoverageResult result) {
    return new CoverageView(
        result.account(),
        result.asOf(),
        result.scale(),
        result.score(),
        result.status(),
        result.statusReason(),
        List.copyOf(result.engaged()));
  }
}
