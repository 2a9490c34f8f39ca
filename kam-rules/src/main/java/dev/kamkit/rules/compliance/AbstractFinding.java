package dev.kamkit.rules.compliance;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.KamId;
import java.util.List;
import org.immutables.value.Value;

/**
 * One compliance finding, as data: which rule, how serious, about what, what it says (a stable code
 * with typed arguments, worded on demand in English, German or French), and on what authority.
 */
@Value.Immutable
public abstract class AbstractFinding {
  // Only the generated Finding extends this: no host subclass.
  AbstractFinding() {}

  private static final String CONFIGURATION = "configuration";

  /** The rule's stable id, as in the catalogue. */
  public abstract String ruleId();

  /** How serious it is. */
  public abstract Severity severity();

  /** The account concerned. */
  public abstract AccountId account();

  /** The interactions, transfers, stakeholders or other records concerned, in a stable order. */
  public abstract List<KamId> subjects();

  /** What it says: a code and typed arguments; {@code message().toString()} gives English words. */
  public abstract Message message();

  /** The stable dotted code of what it says, for example {@code "openpayments.record.npi"}. */
  public String code() {
    return message().code().code();
  }

  /** The regulation or code clause it rests on. */
  public abstract String source();

  /**
   * True for a finding about a pack's policy rather than the account: its rule id's second word is
   * {@code configuration}, as in {@code openpayments.configuration.program-year-unknown}. Whoever
   * administers the policies fixes it, not the account team.
   */
  public boolean isConfiguration() {
    String id = ruleId();
    int dot = id.indexOf('.');
    return id.startsWith(CONFIGURATION, dot + 1)
        && id.length() > dot + 1 + CONFIGURATION.length()
        && id.charAt(dot + 1 + CONFIGURATION.length()) == '.';
  }

  /** Builds a finding for {@code rule} with the rule's severity and source. */
  public static Finding of(
      RuleDescriptor rule,
      AccountId account,
      List<? extends KamId> subjects,
      MessageCode code,
      Arg... args) {
    return of(rule, account, subjects, Message.of(code, args));
  }

  /** Builds a finding for {@code rule} with the rule's severity and source. */
  public static Finding of(
      RuleDescriptor rule, AccountId account, List<? extends KamId> subjects, Message message) {
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
    ModelCheck.of("Finding", ruleId()).nonBlank("source", source()).throwIfInvalid();
  }

  /**
   * The finding as one line, as data: its severity, rule id, subjects, message and source ({@link
   * ComplianceCode#FINDING}).
   */
  public Message line() {
    return Message.of(
        ComplianceCode.FINDING,
        Arg.of(severity()),
        Arg.text(ruleId()),
        Arg.list(subjects(), id -> Arg.of(id)),
        Arg.of(message()),
        Arg.text(source()));
  }

  /** The {@link #line()} in English: {@code ERROR openpayments.x [t-1]: message (source)}. */
  @Override
  public String toString() {
    return line().toString();
  }
}
