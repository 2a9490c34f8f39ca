package dev.kamkit.rules.compliance.offlabel;

import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ADJUVANT;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.AS_OF;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.ONCOXA;
import static dev.kamkit.rules.compliance.offlabel.OffLabelFixture.account;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.rules.compliance.Finding;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The off-label policy's defaults keep the pack's behaviour; each setting changes it. */
class OffLabelPolicyTest {

  static KeyAccount withObjective(ObjectiveStatus status) {
    return account()
        .plan(
            AccountPlan.builder()
                .name("Plan")
                .addObjective(
                    Objective.builder()
                        .id(ObjectiveId.of("adjuvant-uptake"))
                        .title("Adjuvant uptake")
                        .product(ONCOXA)
                        .indication(ADJUVANT)
                        .status(status)
                        .build())
                .build())
        .build();
  }

  private static List<String> rules(OffLabelPack pack, KeyAccount account) {
    return pack.check(account, AS_OF).stream().map(Finding::ruleId).toList();
  }

  @Test
  void defaultsAreVersionedAndSkipObjectivesNoLongerLive() {
    OffLabelPack pack = OffLabelPack.withDefaults();
    assertEquals("kamkit-offlabel-2", pack.policyVersion());
    assertEquals(OffLabelPolicy.defaults(), pack.policy());
    assertEquals(List.of(), rules(pack, withObjective(ObjectiveStatus.MISSED)));
    assertEquals(List.of(), rules(pack, withObjective(ObjectiveStatus.CANCELLED)));
    assertEquals(
        List.of("offlabel.objective.unapproved"),
        rules(pack, withObjective(ObjectiveStatus.ACHIEVED)));
  }

  @Test
  void aHostCanJudgeMissedObjectivesToo() {
    OffLabelPack pack =
        OffLabelPack.of(
            OffLabelPolicy.defaults()
                .withVersion("acme-offlabel-2")
                .withSkippedObjectives(EnumSet.of(ObjectiveStatus.CANCELLED)));
    assertEquals("acme-offlabel-2", pack.policyVersion());
    assertEquals(
        List.of("offlabel.objective.unapproved"),
        rules(pack, withObjective(ObjectiveStatus.MISSED)));
    assertEquals(List.of(), rules(pack, withObjective(ObjectiveStatus.CANCELLED)));
  }

  @Test
  void thePolicyNamesTheCountriesThePackAppliesIn() {
    KeyAccount us = withObjective(ObjectiveStatus.ACHIEVED);
    KeyAccount pr = us.withAccount(Account.copyOf(us.account()).withCountry("PR"));
    assertTrue(OffLabelPack.withDefaults().appliesTo(us));
    assertFalse(OffLabelPack.withDefaults().appliesTo(pr));
    OffLabelPack both =
        OffLabelPack.of(OffLabelPolicy.defaults().withCountries(Set.of("US", "PR")));
    assertTrue(both.appliesTo(us));
    assertTrue(both.appliesTo(pr));
    assertFalse(OffLabelPack.of(OffLabelPolicy.defaults().withCountries("PR")).appliesTo(us));
  }

  @Test
  void aBlankVersionOrABadCountryIsRefused() {
    assertThrows(InvalidModelException.class, () -> OffLabelPolicy.defaults().withVersion(" "));
    assertThrows(InvalidModelException.class, () -> OffLabelPolicy.defaults().withCountries("usa"));
  }
}
