package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Optional;

/** What a product's {@link OpenPaymentsAttributes} say, read and checked, with any problems. */
record ProductFacts(
    Optional<Boolean> covered, Optional<String> deviceIdentifier, List<Message> problems) {

  ProductFacts {
    problems = List.copyOf(problems);
  }
}
