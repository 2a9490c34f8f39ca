package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Optional;

/** What a product's {@link OpenPaymentsAttributes} say, read and checked, with any problems. */
record ProductFacts(
    Optional<Boolean> covered, Optional<String> deviceIdentifier, List<Message> problems) {

  /** The facts of a product without any of the pack's attributes. */
  static final ProductFacts NONE = new ProductFacts(Optional.empty(), Optional.empty(), List.of());

  ProductFacts {
    problems = List.copyOf(problems);
  }
}
