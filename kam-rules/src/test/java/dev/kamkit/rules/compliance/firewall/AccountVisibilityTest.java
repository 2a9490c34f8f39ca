package dev.kamkit.rules.compliance.firewall;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.team.Division;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.AccountSize;
import dev.kamkit.model.testing.KamGens;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.scoring.coverage.CoverageScorer;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
                      .filter(w -> w.kind() == WithheldKind.MEDICAL_INTERACTIONS)
                      .mapToInt(Withheld::count)
                      .sum());
              assertEquals(
                  account.interactions().size() - hidden, view.account().interactions().size());
              assertEquals(
                  account.transfersOfValue().size(), view.account().transfersOfValue().size());
              // no transfer points at a withheld interaction, whose programme and materials go with
              // it
              Set<InteractionId> shown =
                  view.account().interactions().stream()
                      .map(Interaction::id)
                      .collect(Collectors.toSet());
              assertTrue(
                  view.account().transfersOfValue().stream()
                      .allMatch(t -> t.interaction().map(shown::contains).orElse(true)));
              // the view is a whole key account: scorers run on it
              CoverageScorer.withDefaults().score(view.account(), SeedAccounts.AS_OF);
            });
  }

  @Test
  void aCommercialViewNeverHoldsATargetListBuiltByMedicalAndKeepsTheRest() {
    qt().withFixedSeed(67L)
        .withExamples(15)
        .forAll(KamGens.keyAccountsUpTo(AccountSize.ACADEMIC_MEDICAL_CENTRE))
        .checkAssert(
            account -> {
              AccountView view = VISIBILITY.viewFor(account, Division.COMMERCIAL);
              List<TargetList> medical =
                  account.targetLists().stream().filter(l -> builtByMedical(account, l)).toList();
              assertTrue(view.account().targetLists().stream().noneMatch(medical::contains));
              assertEquals(
                  account.targetLists().size() - medical.size(),
                  view.account().targetLists().size());
              assertEquals(
                  medical.size(),
                  view.withheld().stream()
                      .filter(w -> w.kind() == WithheldKind.MEDICAL_TARGET_LISTS)
                      .mapToInt(Withheld::count)
                      .sum());
              // what the view keeps is exactly what the account has: incentives, agreements,
              // materials and the plan are never filtered
              assertEquals(account.team(), view.account().team());
              assertEquals(account.serviceAgreements(), view.account().serviceAgreements());
              assertEquals(account.promotionalMaterials(), view.account().promotionalMaterials());
              assertEquals(account.plan(), view.account().plan());
            });
  }

  @Test
  void aListBuiltByTheMslIsCountedButNotShownToCommercial() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    TeamMember msl =
        riverside.team().stream()
            .filter(m -> m.division() == Division.MEDICAL)
            .findFirst()
            .orElseThrow();
    TargetList mslList =
        TargetList.builder()
            .id(TargetListId.of("tl-msl"))
            .name("Scientific exchange 2026")
            .builtBy(msl.id())
            .addWorkedBy(msl.id())
            .addStakeholder(riverside.stakeholders().get(0).id())
            .build();
    KeyAccount withList = KeyAccount.builder().from(riverside).addTargetList(mslList).build();
    AccountView commercial = VISIBILITY.viewFor(withList, Division.COMMERCIAL);
    assertFalse(commercial.account().targetLists().contains(mslList));
    Withheld lists =
        commercial.withheld().stream()
            .filter(w -> w.kind() == WithheldKind.MEDICAL_TARGET_LISTS)
            .findFirst()
            .orElseThrow();
    assertEquals(List.of(), lists.visibleSubjects());
    assertTrue(
        VISIBILITY.viewFor(withList, Division.MEDICAL).account().targetLists().contains(mslList));
  }

  private static boolean builtByMedical(KeyAccount account, TargetList list) {
    return account.teamMember(list.builtBy()).orElseThrow().division() == Division.MEDICAL;
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

  private static TransferOfValue mealAt(String id, String interaction) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(FirewallFixture.AS_OF)
        .amount(Money.parse("40.00 USD"))
        .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
        .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
        .recipient(FirewallFixture.HALE)
        .interaction(InteractionId.of(interaction))
        .build();
  }

  private static TargetList listBy(String id, TeamMemberId builtBy) {
    return TargetList.builder()
        .id(TargetListId.of(id))
        .name("List " + id)
        .builtBy(builtBy)
        .addWorkedBy(builtBy)
        .addStakeholder(FirewallFixture.HALE)
        .build();
  }

  private static List<Withheld> withheld(KeyAccount account) {
    return AccountVisibility.create().viewFor(account, Division.COMMERCIAL).withheld();
  }

  private static Withheld interactions(int count) {
    return Withheld.of(
        WithheldKind.MEDICAL_INTERACTIONS,
        count,
        Message.of(
            FirewallCode.WITHHELD_INTERACTIONS,
            Arg.of(count),
            Arg.list(Arg.of(FirewallFixture.HALE, "Dr. Hale"))),
        List.of(FirewallFixture.HALE));
  }

  private static Withheld links(int count) {
    return Withheld.of(
        WithheldKind.TRANSFER_LINKS,
        count,
        Message.of(FirewallCode.WITHHELD_TRANSFER_LINKS, Arg.of(count)),
        List.of());
  }

  private static Withheld lists(int count) {
    return Withheld.of(
        WithheldKind.MEDICAL_TARGET_LISTS,
        count,
        Message.of(FirewallCode.WITHHELD_TARGET_LISTS, Arg.of(count)),
        List.of());
  }

  @Test
  void commercialIsToldHowManyRecordsOfEachKindMedicalKeptAndWithWhom() {
    KeyAccount many =
        FirewallFixture.account()
            .addInteractions(
                FirewallFixture.call("i1", FirewallFixture.MSL).build(),
                FirewallFixture.call("i2", FirewallFixture.MSL, FirewallFixture.MED).build(),
                FirewallFixture.call("i3", FirewallFixture.KAM).build())
            .addTransfersOfValue(mealAt("t1", "i1"), mealAt("t2", "i2"), mealAt("t3", "i3"))
            .addTargetLists(
                listBy("l1", FirewallFixture.MSL),
                listBy("l2", FirewallFixture.MED),
                listBy("l3", FirewallFixture.REP))
            .build();
    assertEquals(List.of(interactions(2), links(2), lists(2)), withheld(many));
    KeyAccount one =
        FirewallFixture.account()
            .addInteractions(FirewallFixture.call("i1", FirewallFixture.MSL).build())
            .addTransfersOfValue(mealAt("t1", "i1"))
            .addTargetLists(listBy("l1", FirewallFixture.MSL))
            .build();
    assertEquals(List.of(interactions(1), links(1), lists(1)), withheld(one));
  }

  @Test
  void onlyTheKindsOfRecordMedicalActuallyKeptAreListed() {
    KeyAccount callOnly =
        FirewallFixture.account()
            .addInteractions(FirewallFixture.call("i1", FirewallFixture.MSL).build())
            .build();
    assertEquals(List.of(interactions(1)), withheld(callOnly));
    KeyAccount listOnly =
        FirewallFixture.account().addTargetLists(listBy("l1", FirewallFixture.MSL)).build();
    assertEquals(List.of(lists(1)), withheld(listOnly));
    assertEquals(
        List.of(),
        AccountVisibility.create().viewFor(listOnly, Division.COMMERCIAL).account().targetLists());
  }
}
