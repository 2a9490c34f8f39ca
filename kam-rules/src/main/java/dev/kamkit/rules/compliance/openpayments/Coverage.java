package dev.kamkit.rules.compliance.openpayments;

import static java.util.Objects.requireNonNull;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

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

  // A coverage is a value, so one of each serves every recipient-year of every evaluation.
  private static final Map<CoveredRecipientType, Coverage> COVERED =
      each(CoveredRecipientType.class, t -> new Coverage(Optional.of(t), Optional.empty()));
  private static final Map<ReportabilityReason, Coverage> NOT =
      each(ReportabilityReason.class, r -> new Coverage(Optional.empty(), Optional.of(r)));

  /** Covered as {@code type}. */
  public static Coverage covered(CoveredRecipientType type) {
    return requireNonNull(COVERED.get(type));
  }

  /** Not covered, or undetermined, for {@code reason}. */
  public static Coverage not(ReportabilityReason reason) {
    return requireNonNull(NOT.get(reason));
  }

  private static <E extends Enum<E>> Map<E, Coverage> each(
      Class<E> type, Function<E, Coverage> coverage) {
    Map<E, Coverage> all = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      all.put(e, coverage.apply(e));
    }
    return Map.copyOf(all); // whose get(null) throws, as Optional.of(null) did
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
