package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Optional;

/**
 * What a transfer's {@link OpenPaymentsFacts} say, read and checked; {@code problems} lists every
 * value that could not be read, as a message, and such a value counts as absent.
 */
record TransferFacts(
    Optional<StatutoryExclusion> exclusion,
    Optional<Long> deviceLoanDays,
    Optional<String> contextualInformation,
    boolean delayInPublication,
    Optional<String> manufacturer,
    List<Message> problems) {

  /** The facts of a transfer without any of the pack's attributes. */
  static final TransferFacts NONE =
      new TransferFacts(
          Optional.empty(), Optional.empty(), Optional.empty(), false, Optional.empty(), List.of());

  TransferFacts {
    problems = List.copyOf(problems);
  }
}
