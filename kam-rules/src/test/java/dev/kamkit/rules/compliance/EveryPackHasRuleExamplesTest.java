package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.rules.compliance.conduct.ConductRuleExamplesTest;
import dev.kamkit.rules.compliance.efpia.EfpiaRuleExamplesTest;
import dev.kamkit.rules.compliance.firewall.FirewallRuleExamplesTest;
import dev.kamkit.rules.compliance.france.FranceRuleExamplesTest;
import dev.kamkit.rules.compliance.offlabel.OffLabelRuleExamplesTest;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsRuleExamplesTest;
import dev.kamkit.rules.compliance.rationale.RationaleRuleExamplesTest;
import dev.kamkit.rules.compliance.states.UsStatesRuleExamplesTest;
import dev.kamkit.rules.compliance.uk.UkRuleExamplesTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every pack kamkit ships (those of the rule catalogue) has a {@link PackRuleExamplesContract}
 * test, so that each of its rules has a worked example: a new pack without one fails here.
 */
class EveryPackHasRuleExamplesTest {
  private static final List<PackRuleExamplesContract> CONTRACTS =
      List.of(
          new ConductRuleExamplesTest(),
          new EfpiaRuleExamplesTest(),
          new FirewallRuleExamplesTest(),
          new FranceRuleExamplesTest(),
          new OffLabelRuleExamplesTest(),
          new OpenPaymentsRuleExamplesTest(),
          new RationaleRuleExamplesTest(),
          new UsStatesRuleExamplesTest(),
          new UkRuleExamplesTest());

  @Test
  void everyShippedPackHasItsWorkedExamples() {
    assertEquals(
        RuleCatalogueDocTest.PACKS.stream().map(RulePack::id).sorted().toList(),
        CONTRACTS.stream().map(c -> c.pack().id()).sorted().toList());
  }
}
