package dev.kamkit.rules.compliance.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.coverage.CoverageScorer;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccountVisibilityTest {
  private static final AccountVisibility VISIBILITY = AccountVisibility.create();

  private static boolean medicalOnly(KeyAccount account, Interaction i) {
    return i.teamMembers().stream()
        .allMatch(m -> account.teamMember(m).orElseThrow().division() == Division.MEDICAL);
  }

  @Test
  void aCommercialViewNeverHoldsAMedicalOnlyInteractionAndCountsWhatItWithheld() {
    qt().withFixedSeed(61L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              AccountView view = VISIBILITY.viewFor(account, Division.COMMERCIAL);
              assertTrue(
                  view.account().interactions().stream().noneMatch(i -> medicalOnly(account, i)));
              long hidden =
                  account.interactions().stream().filter(i -> medicalOnly(account, i)).count();
              assertEquals(
                  hidden,
                  view.withheld().stream()
                      .filter(w -> w.what().equals("medical interactions"))
                      .mapToInt(Withheld::count)
                      .sum());
              assertEquals(
                  account.interactions().size() - hidden, view.account().interactions().size());
              assertEquals(
                  account.transfersOfValue().size(), view.account().transfersOfValue().size());
              // the view is a whole key account: scorers run on it
              CoverageScorer.withDefaults().score(view.account(), SeedAccounts.AS_OF);
            });
  }

  @Test
  void medicalSeesTheWholeAccount() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    AccountView view = VISIBILITY.viewFor(riverside, Division.MEDICAL);
    assertEquals(riverside, view.account());
    assertEquals(List.of(), view.withheld());
  }

  @Test
  void theWithheldSummaryNamesTheStakeholdersButNoMedicalRecord() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    AccountView view = VISIBILITY.viewFor(riverside, Division.COMMERCIAL);
    assertTrue(!view.withheld().isEmpty(), "Riverside's MSL holds interactions of her own");
    for (Withheld w : view.withheld()) {
      assertTrue(
          w.visibleSubjects().stream()
              .allMatch(
                  id ->
                      riverside
                          .stakeholder(dev.kamkit.model.id.StakeholderId.of(id.value()))
                          .isPresent()),
          w.toString());
    }
  }
}
