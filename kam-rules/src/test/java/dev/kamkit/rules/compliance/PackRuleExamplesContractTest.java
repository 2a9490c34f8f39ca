package dev.kamkit.rules.compliance;

import static dev.kamkit.rules.compliance.ComplianceValidatorTest.NAMED;
import static dev.kamkit.rules.compliance.ComplianceValidatorTest.NOTE;
import static dev.kamkit.rules.compliance.ComplianceValidatorTest.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.PackRuleExamplesContract.Example;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract fails a pack whose examples miss a rule, name another, or give another finding. */
class PackRuleExamplesContractTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  private static final RulePack PACK =
      new ComplianceValidatorTest.DemoPack("demo", List.of(NAMED, NOTE));

  /** Stakeholder x without a title: one demo.named finding. */
  private static final Example UNTITLED =
      PackRuleExamplesContract.example(
          PACK,
          account("a", "x"),
          AS_OF,
          NAMED,
          List.of(StakeholderId.of("x")),
          DemoCode.NAMED,
          Arg.of(StakeholderId.of("x"), "x"));

  /** No stakeholder: the note counts none. */
  private static final Example NONE =
      PackRuleExamplesContract.example(
          PACK, account("a"), AS_OF, NOTE, List.of(), DemoCode.NOTE, Arg.of(0));

  private static PackRuleExamplesContract over(Example... examples) {
    return new PackRuleExamplesContract() {
      @Override
      protected RulePack pack() {
        return PACK;
      }

      @Override
      protected List<Example> examples() {
        return List.of(examples);
      }
    };
  }

  private static void runAll(PackRuleExamplesContract contract) throws Throwable {
    for (DynamicTest t : contract.eachWorkedExampleGivesExactlyItsFinding().toList()) {
      t.getExecutable().execute();
    }
  }

  @Test
  void anExampleForEachRuleThatGivesItsFindingPasses() throws Throwable {
    PackRuleExamplesContract complete = over(UNTITLED, NONE);
    complete.everyRuleHasAWorkedExampleAndEveryExampleARule();
    runAll(complete);
    assertEquals(
        List.of("demo.named", "demo.note"),
        complete
            .eachWorkedExampleGivesExactlyItsFinding()
            .map(DynamicTest::getDisplayName)
            .toList());
  }

  @Test
  void aRuleWithoutAnExampleFails() {
    assertThrows(
        AssertionFailedError.class,
        () -> over(UNTITLED).everyRuleHasAWorkedExampleAndEveryExampleARule());
  }

  @Test
  void anExampleOfARuleThePackLacksFails() {
    RuleDescriptor other = RuleDescriptor.of("demo.other", Severity.INFO, "Other", "House rule 3");
    Example ofOther =
        PackRuleExamplesContract.example(
            PACK, account("a"), AS_OF, other, List.of(), DemoCode.NOTE, Arg.of(0));
    assertThrows(
        AssertionFailedError.class,
        () -> over(UNTITLED, NONE, ofOther).everyRuleHasAWorkedExampleAndEveryExampleARule());
  }

  @Test
  void anExampleWhoseFindingDiffersFails() {
    // two untitled stakeholders give two findings, not the one the example expects
    Example two = new Example(PACK, List.of(account("a", "x", "y")), AS_OF, UNTITLED.finding());
    assertThrows(AssertionFailedError.class, () -> runAll(over(two, NONE)));
  }
}
