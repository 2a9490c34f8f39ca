package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.explain.MessageCode;
import dev.kamkit.model.id.KamId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The worked examples every rule pack owes: for each rule of {@link #pack()}, an input built with
 * the model builders that makes that rule fire, with the exact finding it gives (rule, severity,
 * subjects, source, code and every typed argument). A pack's test extends this class and lists its
 * {@link #examples()}; the contract fails when a rule has no example or an example names a rule the
 * pack does not have, and {@code EveryPackHasRuleExamplesTest} fails when a shipped pack has no
 * such test.
 */
public abstract class PackRuleExamplesContract {

  /**
   * One worked example: run {@code pack} over {@code accounts} as of {@code asOf}; of everything it
   * finds, the findings of {@code finding}'s rule are exactly {@code finding}. One account is
   * checked on its own ({@link RulePack#check}); several are checked together ({@link
   * RulePack#checkAcross}), for the rules only several accounts show.
   */
  public record Example(RulePack pack, List<KeyAccount> accounts, LocalDate asOf, Finding finding) {
    public Example {
      Objects.requireNonNull(pack, "pack");
      accounts = List.copyOf(accounts);
      Objects.requireNonNull(asOf, "asOf");
      Objects.requireNonNull(finding, "finding");
    }

    /** The example of one account. */
    public static Example of(RulePack pack, KeyAccount account, LocalDate asOf, Finding finding) {
      return new Example(pack, List.of(account), asOf, finding);
    }

    /** The example of several accounts together, for a rule only they show. */
    public static Example across(
        RulePack pack, List<KeyAccount> accounts, LocalDate asOf, Finding finding) {
      return new Example(pack, accounts, asOf, finding);
    }

    /** What the pack finds of the example's rule. */
    List<Finding> found() {
      ComplianceValidator validator = ComplianceValidator.of(List.of(pack));
      ComplianceReport report =
          accounts.size() == 1
              ? validator.validate(accounts.get(0), asOf)
              : validator.validateAcross(accounts, asOf, RulePack::appliesTo);
      return report.findings().stream().filter(f -> f.ruleId().equals(finding.ruleId())).toList();
    }
  }

  /** The pack with its defaults: its {@link RulePack#rules()} are the rules owing an example. */
  protected abstract RulePack pack();

  /** One worked example per rule of {@link #pack()}, in catalogue order or any other. */
  protected abstract List<Example> examples();

  /**
   * The example of {@code account} as of {@code asOf}, whose finding is {@code rule}'s about {@code
   * subjects}, with the message of {@code code} and {@code args}.
   */
  protected static Example example(
      RulePack pack,
      KeyAccount account,
      LocalDate asOf,
      RuleDescriptor rule,
      List<? extends KamId> subjects,
      MessageCode code,
      Arg... args) {
    return Example.of(pack, account, asOf, Finding.of(rule, account.id(), subjects, code, args));
  }

  /** A nested message argument. */
  protected static Arg nested(MessageCode code, Arg... args) {
    return Arg.of(Message.of(code, args));
  }

  @TestFactory
  Stream<DynamicTest> eachWorkedExampleGivesExactlyItsFinding() {
    return examples().stream()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.finding().ruleId(), () -> assertEquals(List.of(e.finding()), e.found())));
  }

  @Test
  void everyRuleHasAWorkedExampleAndEveryExampleARule() {
    RulePack pack = pack();
    assertEquals(
        pack.rules().stream().map(RuleDescriptor::id).sorted().toList(),
        examples().stream().map(e -> e.finding().ruleId()).distinct().sorted().toList(),
        pack.id() + ": one worked example per rule, and no example of a rule the pack lacks");
    for (Example e : examples()) {
      assertEquals(pack.id(), e.pack().id(), e.finding().ruleId() + " runs another pack");
    }
  }
}
