package dev.kamkit.rules.evaluation;

import static dev.kamkit.model.testing.SeedAccounts.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.Finding;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The evaluator runs each pack where it applies and keeps findings about its policies apart. */
class KamkitTest {
  private static final Kamkit EVERYWHERE =
      Kamkit.of(KamkitPolicies.builder().packScope(PackScope.everywhere()).build());

  @Test
  void packsFollowTheAccountsJurisdictionAndItsUsLicensees() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    assertEquals(
        List.of("openpayments", "conduct", "offlabel", "states", "firewall", "rationale"),
        Kamkit.withDefaults().evaluate(riverside, AS_OF).compliance().packs());
    // Riverside's physicians hold US licences and NPIs: Open Payments still applies to them
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia"),
        Kamkit.withDefaults().evaluate(inCountry(riverside, "DE"), AS_OF).compliance().packs());
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia", "france"),
        Kamkit.withDefaults().evaluate(inCountry(riverside, "FR"), AS_OF).compliance().packs());
    assertEquals(
        List.of("openpayments", "firewall", "rationale", "efpia", "uk"),
        Kamkit.withDefaults().evaluate(inCountry(riverside, "GB"), AS_OF).compliance().packs());
    KeyAccount rheinaue = SeedAccounts.academicMedicalCentre();
    assertEquals("DE", rheinaue.account().country());
    AccountEvaluation e = Kamkit.withDefaults().evaluate(rheinaue, AS_OF);
    assertEquals(List.of("firewall", "rationale", "efpia"), e.compliance().packs());
    assertTrue(
        Stream.concat(e.compliance().findings().stream(), e.configuration().stream())
            .noneMatch(f -> f.ruleId().startsWith("openpayments.")));
    assertEquals(
        List.of(
            "openpayments",
            "conduct",
            "offlabel",
            "states",
            "firewall",
            "rationale",
            "efpia",
            "france",
            "uk"),
        EVERYWHERE.evaluate(rheinaue, AS_OF).compliance().packs());
  }

  @Test
  void findingsAboutPoliciesAreKeptApartAndReportedOncePerPortfolio() {
    Portfolio two =
        Portfolio.builder()
            .addAccounts(SeedAccounts.riversideHealth(), SeedAccounts.academicMedicalCentre())
            .build();
    PortfolioEvaluation p = Kamkit.withDefaults().evaluate(two, AS_OF);
    List<Finding> met = p.accounts().stream().flatMap(a -> a.configuration().stream()).toList();
    assertFalse(met.isEmpty());
    assertTrue(met.stream().allMatch(Finding::isConfiguration));
    assertEquals(
        met.stream().map(f -> f.ruleId() + " " + f.message()).distinct().toList(),
        p.configuration().stream().map(f -> f.ruleId() + " " + f.message()).toList());
  }

  private static KeyAccount inCountry(KeyAccount account, String country) {
    return account.withAccount(Account.copyOf(account.account()).withCountry(country));
  }
}
