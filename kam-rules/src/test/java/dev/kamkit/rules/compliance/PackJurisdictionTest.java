package dev.kamkit.rules.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPack;
import dev.kamkit.rules.compliance.efpia.EfpiaPolicy;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.france.FrancePack;
import dev.kamkit.rules.compliance.france.FrancePolicy;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.compliance.uk.UkPack;
import dev.kamkit.rules.compliance.uk.UkPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each pack says where its law or code applies: by the account's country, and for Open Payments by
 * US licences.
 */
class PackJurisdictionTest {
  /** Every pack kamkit ships, with its defaults, in the evaluator's order. */
  static final List<RulePack> PACKS =
      List.of(
          OpenPaymentsPack.withDefaults(),
          ConductPack.withDefaults(),
          OffLabelPack.withDefaults(),
          UsStatesPack.withDefaults(),
          FirewallPack.withDefaults(),
          RationalePack.withDefaults(),
          EfpiaPack.withDefaults(),
          FrancePack.withDefaults(),
          UkPack.withDefaults());

  private static List<String> applying(KeyAccount account) {
    return PACKS.stream().filter(p -> p.appliesTo(account)).map(RulePack::id).toList();
  }

  private static KeyAccount in(KeyAccount account, String country) {
    return account.withAccount(Account.copyOf(account.account()).withCountry(country));
  }

  /** The account without any stakeholder who holds a US licence or an NPI. */
  private static KeyAccount withoutUsLicensees(KeyAccount account) {
    return account.withStakeholders(
        account.stakeholders().stream()
            .map(
                s ->
                    s.hcp().isEmpty()
                        ? s
                        : Stakeholder.copyOf(s)
                            .withHcp(
                                HcpIdentity.copyOf(s.hcp().get())
                                    .withNpi(java.util.Optional.empty())
                                    .withLicenseStates(List.of())))
            .toList());
  }

  @Test
  void usPacksApplyInTheUsAndOpenPaymentsAlsoToUsLicenseesAbroad() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    assertEquals(
        List.of("openpayments", "conduct", "offlabel", "states", "firewall", "rationale"),
        applying(riverside));
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia"), applying(in(riverside, "DE")));
    assertEquals(
        List.of("firewall", "rationale", "efpia"),
        applying(withoutUsLicensees(in(riverside, "DE"))));
    assertEquals(
        List.of("firewall", "rationale", "efpia", "france"),
        applying(withoutUsLicensees(in(riverside, "FR"))));
    assertEquals(
        List.of("firewall", "rationale", "efpia", "uk"),
        applying(withoutUsLicensees(in(riverside, "GB"))));
    assertEquals(
        List.of("firewall", "rationale"), applying(withoutUsLicensees(in(riverside, "JP"))));
  }

  @Test
  void efpiaFollowsItsPolicysCountries() {
    KeyAccount tokyo = withoutUsLicensees(in(SeedAccounts.riversideHealth(), "JP"));
    EfpiaPack withJapan = EfpiaPack.of(EfpiaPolicy.builder().addAdditionalCountries("JP").build());
    assertEquals(true, withJapan.appliesTo(tokyo));
    assertEquals(false, EfpiaPack.withDefaults().appliesTo(tokyo));
  }

  @Test
  void theDefaultsAreTheBuildersDefaults() {
    assertEquals(EfpiaPolicy.builder().build(), EfpiaPolicy.defaults());
    assertEquals(FrancePolicy.builder().build(), FrancePolicy.defaults());
    assertEquals(UkPolicy.builder().build(), UkPolicy.defaults());
  }
}
