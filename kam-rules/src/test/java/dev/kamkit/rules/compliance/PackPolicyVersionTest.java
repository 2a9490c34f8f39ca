package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.base.InvalidModelException;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.conduct.ConductPolicy;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPolicy;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.firewall.FirewallPolicy;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.france.FrancePolicy;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPolicy;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPolicy;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.rationale.RationalePolicy;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.states.UsStatesPolicy;
import dev.kamkit.rules.compliance.uk.UkPack;
import dev.kamkit.rules.compliance.uk.UkPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every pack judges by a versioned policy and names its version; a host's version is kept. */
class PackPolicyVersionTest {

  @Test
  void eachPackWithDefaultsNamesItsDefaultPolicysVersion() {
    assertEquals(
        List.of(
            "openpayments kamkit-openpayments-1",
            "conduct kamkit-conduct-1",
            "offlabel kamkit-offlabel-2",
            "states kamkit-states-1",
            "firewall kamkit-firewall-1",
            "rationale kamkit-rationale-1",
            "efpia kamkit-efpia-1",
            "france kamkit-france-1",
            "uk kamkit-uk-1"),
        PackJurisdictionTest.PACKS.stream().map(p -> p.id() + " " + p.policyVersion()).toList());
  }

  @Test
  void eachPackListsItsRulesUnderItsOwnId() {
    for (RulePack pack : PackJurisdictionTest.PACKS) {
      List<String> ids = pack.rules().stream().map(RuleDescriptor::id).toList();
      assertTrue(ids.size() >= 3, pack.id() + " lists " + ids);
      ids.forEach(id -> assertTrue(id.startsWith(pack.id() + "."), id));
      assertEquals(ids.size(), ids.stream().distinct().count(), pack.id() + " repeats a rule");
    }
  }

  @Test
  void eachPackNamesTheVersionOfTheHostsPolicy() {
    String v = "acme-2027";
    List<RulePack> packs =
        List.of(
            OpenPaymentsPack.of(OpenPaymentsPolicy.defaults().withVersion(v)),
            ConductPack.of(ConductPolicy.defaults().withVersion(v)),
            OffLabelPack.of(OffLabelPolicy.defaults().withVersion(v)),
            UsStatesPack.of(UsStatesPolicy.defaults().withVersion(v)),
            FirewallPack.of(FirewallPolicy.defaults().withVersion(v)),
            RationalePack.of(RationalePolicy.defaults().withVersion(v)),
            EfpiaPack.of(EfpiaPolicy.defaults().withVersion(v)),
            FrancePack.of(FrancePolicy.defaults().withVersion(v)),
            UkPack.of(UkPolicy.defaults().withVersion(v)));
    for (RulePack pack : packs) {
      assertEquals(v, pack.policyVersion(), pack.id());
    }
  }

  @Test
  void aBlankVersionIsRefused() {
    List<Runnable> blanks =
        List.of(
            () -> OpenPaymentsPolicy.defaults().withVersion(" "),
            () -> ConductPolicy.defaults().withVersion(" "),
            () -> UsStatesPolicy.defaults().withVersion(" "),
            () -> FirewallPolicy.defaults().withVersion(" "),
            () -> RationalePolicy.defaults().withVersion(" "),
            () -> EfpiaPolicy.defaults().withVersion(" "),
            () -> FrancePolicy.defaults().withVersion(" "),
            () -> UkPolicy.defaults().withVersion(" "));
    for (Runnable blank : blanks) {
      assertThrows(InvalidModelException.class, blank::run);
    }
  }
}
