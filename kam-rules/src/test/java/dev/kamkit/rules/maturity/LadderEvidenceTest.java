package dev.kamkit.rules.maturity;

import static dev.kamkit.rules.fixtures.AccountFixture.AS_OF;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.fixtures.AccountFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What shows that the two sides trade, and how far joint work has gone, on asOf 2026-11-22. */
class LadderEvidenceTest {
  private static LadderEvidence of(AccountFixture f) {
    return new LadderEvidence(f.build(), AS_OF);
  }

  private static AccountFixture idn() {
    return AccountFixture.idn("i", "I", 3);
  }

  private static Contract contract(
      String id, ContractKind kind, ContractStatus status, LocalDate end) {
    return Contract.builder()
        .id(ContractId.of(id))
        .name(id)
        .kind(kind)
        .status(status)
        .start(AS_OF.minusYears(1))
        .end(end)
        .build();
  }

  @Test
  void nothingRecordedShowsNoTrade() {
    assertEquals(List.of(), of(idn()).trading());
  }

  @Test
  void contractsInForceShowTrade() {
    AccountFixture f =
        idn()
            .profile(
                p ->
                    p.addContracts(
                        contract("c1", ContractKind.GPO, ContractStatus.ACTIVE, AS_OF),
                        contract("c2", ContractKind.GPO, ContractStatus.SIGNED, AS_OF.plusYears(1)),
                        contract("c3", ContractKind.GPO, ContractStatus.DRAFT, AS_OF.plusYears(1)),
                        contract(
                            "c4", ContractKind.GPO, ContractStatus.ACTIVE, AS_OF.minusDays(1))));
    assertEquals(List.of(Message.of(MaturityCode.TRADING_CONTRACTS, Arg.of(2))), of(f).trading());
    AccountFixture one =
        idn()
            .profile(
                p ->
                    p.addContracts(contract("c1", ContractKind.GPO, ContractStatus.ACTIVE, AS_OF)));
    assertEquals(List.of(Message.of(MaturityCode.TRADING_CONTRACTS, Arg.of(1))), of(one).trading());
  }

  @Test
  void soldCellsOfOurProductsShowTrade() {
    assertEquals(
        List.of(Message.of(MaturityCode.TRADING_WHITESPACE_SOLD, Arg.of(2))),
        of(idn().product(WhitespaceStatus.SOLD, WhitespaceStatus.SOLD, WhitespaceStatus.OPEN))
            .trading());
    assertEquals(
        List.of(Message.of(MaturityCode.TRADING_WHITESPACE_SOLD, Arg.of(1))),
        of(idn().product(WhitespaceStatus.OPEN, WhitespaceStatus.SOLD)).trading());
    AccountFixture rivalSold =
        idn()
            .with(
                k ->
                    k.addProduct(
                            Product.builder()
                                .id(ProductId.of("rival"))
                                .name("Rival")
                                .kind(ProductKind.DRUG)
                                .therapeuticArea("Oncology")
                                .competitor(true)
                                .build())
                        .addWhitespace(
                            WhitespaceCell.builder()
                                .product(ProductId.of("rival"))
                                .clinicalUnit(ClinicalUnitId.of("onc-1"))
                                .status(WhitespaceStatus.SOLD)
                                .build()));
    assertEquals(List.of(), of(rivalSold).trading());
  }

  private static FormularyEntry entry(FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder()
        .product(ProductId.of(AccountFixture.PRODUCT))
        .status(status)
        .effectiveFrom(from)
        .build();
  }

  @Test
  void aListingInForceShowsTrade() {
    assertEquals(
        List.of(Message.of(MaturityCode.TRADING_LISTED, Arg.of(1))),
        of(idn().product().with(k -> k.addFormulary(entry(FormularyStatus.RESTRICTED, AS_OF))))
            .trading());
    assertEquals(
        List.of(),
        of(idn().product().with(k -> k.addFormulary(entry(FormularyStatus.NOT_LISTED, AS_OF))))
            .trading());
    assertEquals(
        List.of(),
        of(idn()
                .product()
                .with(k -> k.addFormulary(entry(FormularyStatus.PREFERRED, AS_OF.plusDays(1)))))
            .trading());
  }

  @Test
  void volumeBoughtInTheLastTwoFiscalYearsShowsTrade() {
    Message bought = Message.of(MaturityCode.TRADING_VOLUME);
    assertEquals(
        List.of(bought),
        of(idn()
                .profile(
                    p ->
                        p.addAnnualVolumes(
                            AnnualVolume.builder().fiscalYear(2025).units(BigDecimal.ONE).build())))
            .trading());
    assertEquals(
        List.of(bought),
        of(idn()
                .profile(
                    p ->
                        p.addAnnualVolumes(
                            AnnualVolume.builder()
                                .fiscalYear(2026)
                                .netRevenue(Money.of("1", "USD"))
                                .build())))
            .trading());
    assertEquals(
        List.of(),
        of(idn()
                .profile(
                    p ->
                        p.addAnnualVolumes(
                            AnnualVolume.builder().fiscalYear(2024).units(BigDecimal.TEN).build())))
            .trading());
    assertEquals(
        List.of(),
        of(idn()
                .profile(
                    p ->
                        p.addAnnualVolumes(
                            AnnualVolume.builder()
                                .fiscalYear(2026)
                                .units(BigDecimal.ZERO)
                                .netRevenue(Money.of("0", "USD"))
                                .build())))
            .trading());
  }

  @Test
  void aJointPlanCountsAsAgreedFromItsAgreementDay() {
    assertFalse(of(idn()).jointPlanAgreed());
    JointBusinessPlan jbp = JointBusinessPlan.builder().agreedOn(AS_OF).build();
    assertTrue(of(idn().plan(p -> p.jointBusinessPlan(jbp))).jointPlanAgreed());
    assertFalse(
        of(idn().plan(p -> p.jointBusinessPlan(jbp.withAgreedOn(AS_OF.plusDays(1)))))
            .jointPlanAgreed());
    assertFalse(
        of(idn().plan(p -> p.jointBusinessPlan(JointBusinessPlan.builder().build())))
            .jointPlanAgreed());
  }

  private static SharedValueInitiative initiative(
      String id, InitiativeStatus status, boolean theirs, boolean ours) {
    SharedValueInitiative.Builder i =
        SharedValueInitiative.builder().id(InitiativeId.of(id)).name(id).status(status);
    if (status.isLaunched()) {
      i.launchedOn(AS_OF.minusMonths(1));
    }
    if (theirs) {
      i.addStakeholder(StakeholderId.of("cmo"));
    }
    if (ours) {
      i.addTeamMember(TeamMemberId.of("kam"));
    }
    return i.build();
  }

  @Test
  void agreedAndLaunchedInitiativesAreCommittedAndLaunchedOnesWithBothSidesAreJointTeams() {
    KeyAccount account =
        idn()
            .stakeholder("cmo", dev.kamkit.model.stakeholder.StakeholderFunction.EXECUTIVE)
            .member("kam", dev.kamkit.model.team.TeamFunction.KEY_ACCOUNT_MANAGER)
            .plan(
                p ->
                    p.addSharedValueInitiatives(
                        initiative("proposed", InitiativeStatus.PROPOSED, true, true),
                        initiative("agreed", InitiativeStatus.AGREED, true, true),
                        initiative("launched", InitiativeStatus.LAUNCHED, true, true),
                        initiative("done", InitiativeStatus.COMPLETED, true, false),
                        initiative("ours-only", InitiativeStatus.LAUNCHED, false, true),
                        initiative("stopped", InitiativeStatus.STOPPED, true, true)))
            .build();
    LadderEvidence facts = new LadderEvidence(account, AS_OF);
    assertEquals(
        List.of("agreed", "launched", "done", "ours-only"),
        facts.committedInitiatives().stream().map(i -> i.id().value()).toList());
    assertEquals(
        List.of("launched"), facts.jointTeams().stream().map(i -> i.id().value()).toList());
  }

  @Test
  void valueAgreementsAreValueBasedOrServiceContractsInForce() {
    AccountFixture f =
        idn()
            .profile(
                p ->
                    p.addContracts(
                        contract("vb", ContractKind.VALUE_BASED, ContractStatus.ACTIVE, AS_OF),
                        contract(
                            "svc", ContractKind.SERVICE, ContractStatus.SIGNED, AS_OF.plusYears(1)),
                        contract(
                            "gpo", ContractKind.GPO, ContractStatus.ACTIVE, AS_OF.plusYears(1)),
                        contract(
                            "old-vb",
                            ContractKind.VALUE_BASED,
                            ContractStatus.ACTIVE,
                            AS_OF.minusDays(1)),
                        contract(
                            "draft-vb",
                            ContractKind.VALUE_BASED,
                            ContractStatus.DRAFT,
                            AS_OF.plusYears(1))));
    assertEquals(
        List.of("vb", "svc"), of(f).valueAgreements().stream().map(c -> c.id().value()).toList());
  }
}
