package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.KamId;
import java.util.Optional;

/**
 * One recipient's part of one transfer, before the small-payment rule is applied: the whole
 * transfer for a single recipient, the per-person share of a group meal for each attendee. {@code
 * employeeCompensation} is true for salary or benefits paid to a recipient who is the
 * manufacturer's bona fide employee on the day.
 */
record Share(
    TransferOfValue transfer,
    KamId recipient,
    Optional<String> manufacturer,
    Coverage coverage,
    Optional<Money> usdValue,
    int partakers,
    TransferFacts facts,
    boolean employeeCompensation) {

  int programYear() {
    return transfer.date().getYear();
  }
}
