package dev.kamkit.json.format;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.RagStatus;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.health.HealthResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A {@link HealthResult} as a results document holds it: everything but the policy that produced
 * it, which the format does not carry.
 *
 * @param account the account scored
 * @param asOf the day it was scored for
 * @param score the score over every indicator
 * @param leading the leading indicators alone, scored out of 100
 * @param lagging the lagging indicators alone; empty when none has the data it needs
 * @param status green, amber or red
 * @param statusReason why the status has its colour
 * @param colourRules the colour rules that applied
 */
public record HealthView(
    AccountId account,
    LocalDate asOf,
    Score score,
    Score leading,
    Optional<Score> lagging,
    RagStatus status,
    Message statusReason,
    List<Reason> colourRules) {

  /** Checks that no component is null and copies the list. */
  public HealthView {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(score, "score");
    requireNonNull(leading, "leading");
    requireNonNull(lagging, "lagging");
    requireNonNull(status, "status");
    requireNonNull(statusReason, "statusReason");
    colourRules = List.copyOf(colourRules);
  }

  /** The view of {@code result}. */
  public static HealthView of(HealthResult result) {
    return new HealthView(
        result.account(),
        result.asOf(),
        result.score(),
        result.leading(),
        result.lagging(),
        result.status(),
        result.statusReason(),
        result.colourRules());
  }
}
