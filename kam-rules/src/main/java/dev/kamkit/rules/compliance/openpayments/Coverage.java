package dev.kamkit.rules.compliance.openpayments;

import java.util.Optional;

/**
 * Whether a recipient is a covered recipient in a program year: covered as a {@link #type()}, or
 * not (or not yet known) for a {@link #reason()}. Exactly one of the two is present.
 *
 * @param type the kind of covered recipient, when covered
 * @param reason why not covered, or why the pack cannot tell, when not covered
 */
public record Coverage(Optional<CoveredRecipientType> type, Optional<ReportabilityReason> reason) {

  /**
   * @throws IllegalArgumentException unless exactly one of type and reason is present
   */
  public Coverage {
    if (type.isPresent() == reason.isPresent()) {
      throw new IllegalArgumentException("exactly one of type and reason must be present");
    }
  }

  /** Covered as {@code type}. */
  public static Coverage covered(CoveredRecipientType type) {
    return new Coverage(Optional.of(type), Optional.empty());
  }

  /** Not covered, or undetermined, for {@code reason}. */
  public static Coverage not(ReportabilityReason reason) {
    return new Coverage(Optional.empty(), Optional.of(reason));
  }

  /** True if the recipient is covered. */
  public boolean isCovered() {
    return type.isPresent();
  }

  /** True if the pack cannot tell yet (no teaching hospital list for the year). */
  public boolean isUndetermined() {
    return reason.map(r -> r.status() == ReportabilityStatus.UNDETERMINED).orElse(false);
  }
}
