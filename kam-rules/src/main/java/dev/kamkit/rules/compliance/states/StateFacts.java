package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.FactReader;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Message;
import java.util.List;
import java.util.Optional;

/**
 * What a transfer's {@link UsStatesFacts} say, read with the shared {@link FactReader}; {@code
 * problems} lists facts still recorded as custom attributes and misspelt names, as messages.
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

  /** What a transfer without facts or attributes says: no exception, mark or problem. */
  private static final StateFacts NONE =
      new StateFacts(Optional.empty(), false, Optional.empty(), Optional.empty(), false, List.of());

  static StateFacts of(TransferOfValue t) {
    if (t.facts().isEmpty() && t.attributes().isEmpty()) {
      return NONE; // most transfers: read once per transfer, so spare the work
    }
    FactReader r =
        FactReader.of(t.facts(), t.attributes(), UsStatesFacts.PREFIX, UsStatesFacts.KEYS);
    return new StateFacts(
        r.get(UsStatesFacts.MN_EXCEPTION),
        r.get(UsStatesFacts.MA_NON_CME_PRESENTATION).orElse(false),
        r.get(UsStatesFacts.NJ_SERVICE_KIND),
        r.get(UsStatesFacts.VT_PERMITTED_GIFT),
        r.get(UsStatesFacts.VT_SAMPLE).orElse(false),
        r.problems());
  }
}
