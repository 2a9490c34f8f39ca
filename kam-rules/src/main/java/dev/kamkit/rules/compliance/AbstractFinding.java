package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/**
 * One compliance finding: which rule, how serious, about what, in words a compliance officer can
 * read, and on what authority.
 */
@Value.Immutable
public abstract class AbstractFinding {

  /** The rule's stable id, as in the catalogue. */
  public abstract String ruleId();

  /** How serious it is. */
  public abstract Severity severity();

  /** The account concerned. */
  public abstract AccountId account();

  /** The interactions, transfers, stakeholders or other records concerned, in a stable order. */
  public abstract List<KamId> subjects();

  /** The finding in plain words. */
  public abstract String message();

  /** The regulation or code clause it rests on. */
  public abstract String source();

  /** Builds a finding for {@code rule} with the rule's severity and source. */
  public static Finding of(
      RuleDescriptor rule, AccountId account, List<? extends KamId> subjects, String message) {
    return Finding.builder()
        .ruleId(rule.id())
        .severity(rule.severity())
        .account(account)
        .subjects(subjects)
        .message(message)
        .source(rule.source())
        .build();
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("Finding", ruleId())
        .nonBlank("message", message())
        .nonBlank("source", source())
        .throwIfInvalid();
  }

  /** Renders as {@code ERROR openpayments.x [t-1]: message (source)}. */
  @Override
  public String toString() {
    return severity()
        + " "
        + ruleId()
        + " "
        + subjects()
        + ": "
        + message()
        + " ("
        + source()
        + ")";
  }
}
