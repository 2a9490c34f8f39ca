package dev.kamkit.json.deser;

import dev.kamkit.model.testing.KamGenerator;

/**
 * Generators that make facts of every key the JSON format reads on each kind of record (every rule
 * pack's keys, see {@link FactReaders}), for round-trip properties outside this package.
 */
public final class FormatFacts {
  private FormatFacts() {}

  /** {@code generator}, making facts of every key the format carries, on the records that do. */
  public static KamGenerator on(KamGenerator generator) {
    return generator
        .withAccountFacts(FactReaders.ACCOUNT)
        .withStakeholderFacts(FactReaders.STAKEHOLDER)
        .withTransferFacts(FactReaders.TRANSFER);
  }
}
