package dev.kamkit.rules.compliance.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.Reordered;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Properties of the firewall pack over generated accounts (fixed seeds). */
class FirewallPropertiesTest {
  private static final FirewallPack ALL = FirewallFixture.ALL_PRACTICES;

  private static List<Finding> findings(FirewallPack pack, KeyAccount account) {
    return ComplianceValidator.of(List.of(pack)).validate(account, SeedAccounts.AS_OF).findings();
  }

  @Test
  void theSameAccountAlwaysGivesTheSameFindingsWhateverTheOrderOfItsRecords() {
    AtomicInteger seen = new AtomicInteger();
    qt().withFixedSeed(83L)
        .withExamples(30)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              List<Finding> once = findings(ALL, a);
              assertEquals(once, findings(ALL, KeyAccount.copyOf(a)));
              assertEquals(once, findings(ALL, Reordered.reversed(a)));
              seen.addAndGet(once.size());
            });
    assertTrue(seen.get() > 0, "the generated accounts breach no firewall rule");
  }

  /**
   * Switching the typical practices on only adds their findings; every sales-built list finding
   * names a medical worker of a list built by commercial.
   */
  @Test
  void switchingTheTypicalPracticesOnOnlyAddsTheirFindings() {
    qt().withFixedSeed(89L)
        .withExamples(30)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            a -> {
              List<Finding> verified =
                  findings(
                      FirewallPack.of(
                          FirewallPolicy.builder().salesBuiltTargetLists(false).build()),
                      a);
              List<Finding> all = new ArrayList<>(findings(ALL, a));
              assertTrue(all.containsAll(verified));
              all.removeAll(verified);
              for (Finding f : all) {
                assertTrue(
                    f.ruleId().equals(FirewallRules.SALES_BUILT_TARGET_LIST.id())
                        || f.ruleId().equals(FirewallRules.MEDICAL_ON_PROMOTIONAL_CALL.id()),
                    f.toString());
                TeamMemberId member = TeamMemberId.of(f.subjects().get(1).value());
                assertEquals(
                    Division.MEDICAL, a.teamMember(member).orElseThrow().division(), f.toString());
              }
              for (TargetList list : a.targetLists()) {
                boolean sales =
                    a.teamMember(list.builtBy()).orElseThrow().division() == Division.COMMERCIAL;
                long medicalWorkers =
                    list.workedBy().stream()
                        .filter(m -> a.teamMember(m).orElseThrow().division() == Division.MEDICAL)
                        .count();
                assertEquals(
                    sales ? medicalWorkers : 0,
                    all.stream().filter(f -> f.subjects().get(0).equals(list.id())).count());
              }
            });
  }
}
