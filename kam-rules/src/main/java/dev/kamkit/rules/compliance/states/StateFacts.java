package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Optional;

/**
 * What a transfer's {@link StatesAttributes} say, read and checked; {@code problems} lists every
 * value that could not be read, as a message, and such a value counts as absent.
 */
record StateFacts(
    Optional<String> mnException,
    boolean maNonCmePresentation,
    Optional<NjServiceKind> njServiceKind,
    Optional<String> vtPermittedGift,
    boolean vtSample,
    List<Message> problems) {

  StateFacts {
    problems = List.copyOf(problems);
  }
}
