package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Severity;
import java.util.List;

/**
 * A finding as the tests compare it: severity, rule, subjects by id and the message as data (code
 * and typed arguments), never its words.
 */
record Found(Severity severity, String ruleId, List<String> subjects, Message message) {

  static Found of(Finding f) {
    return new Found(
        f.severity(), f.ruleId(), f.subjects().stream().map(KamId::value).toList(), f.message());
  }

  /** The findings of {@code ruleId}, in order. */
  static List<Found> of(List<Finding> findings, String ruleId) {
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).map(Found::of).toList();
  }

  /** Every finding, in order. */
  static List<Found> all(List<Finding> findings) {
    return findings.stream().map(Found::of).toList();
  }

  /** The expected finding. */
  static Found expect(
      Severity severity, String ruleId, List<String> subjects, EfpiaCode code, Arg... args) {
    return new Found(severity, ruleId, subjects, Message.of(code, args));
  }
}
