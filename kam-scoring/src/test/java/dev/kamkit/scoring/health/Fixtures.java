package dev.kamkit.scoring.health;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.UnaryOperator;

/**
 * Small, hand-built accounts for the health tests. The scoring day is {@link #AS_OF}; the default
 * look-back window therefore opens on {@link #WINDOW_START} (180 days before, included).
 *
 * <p>{@link #bare(String)} has two team members, four stakeholders (two of them voting members of
 * the P&amp;T committee) and our two products, and nothing else: no relationship, no plan, no
 * formulary, volumes or contracts. Tests add what they are about.
 */
final class Fixtures {
  static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
  static final LocalDate WINDOW_START = AS_OF.minusDays(180);
  static final LocalDate LONG_AGO = LocalDate.of(2020, 1, 1);

  static final String KAM = "kam-jordan";
  static final String MSL = "msl-priya";
  static final String PT = "pt";
  static final String ONCOLOGY = "onc";
  static final String ONKO = "onko";
  static final String BRONCHO = "broncho";

  private Fixtures() {}

  /** A hospital with people and products, and nothing that counts for health yet. */
  static KeyAccount bare(String id) {
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of(id))
                .name("Account " + id)
                .kind(AccountKind.HOSPITAL)
                .country("US")
                .addSite(
                    Site.builder()
                        .id(SiteId.of(id + "-main"))
                        .name("Main campus")
                        .kind(SiteKind.HOSPITAL)
                        .addClinicalUnit(
                            ClinicalUnit.builder()
                                .id(ClinicalUnitId.of(ONCOLOGY))
                                .name("Oncology")
                                .build())
                        .build())
                .build())
        .addTeam(member(KAM, "Jordan Reyes"), member(MSL, "Priya Shah"))
        .addStakeholders(
            voter("dr-okafor", "Dr. Ada Okafor", PT),
            voter("pharm-lee", "Sam Lee", PT),
            stakeholder("cfo-lind", "Erik Lindqvist"),
            stakeholder("nurse-ito", "Kei Ito"))
        .addDecisionBody(
            committee(PT, "System P&T Committee", DecisionBodyKind.PHARMACY_AND_THERAPEUTICS))
        .addProducts(product(ONKO, "Onkovir"), product(BRONCHO, "Bronchafin"))
        .build();
  }

  static TeamMember member(String id, String name) {
    return TeamMember.builder()
        .id(TeamMemberId.of(id))
        .name(name)
        .function(TeamFunction.KEY_ACCOUNT_MANAGER)
        .build();
  }

  static Stakeholder stakeholder(String id, String name) {
    return Stakeholder.builder()
        .id(StakeholderId.of(id))
        .name(name)
        .function(StakeholderFunction.CLINICAL)
        .build();
  }

  static Stakeholder voter(String id, String name, String body) {
    return stakeholder(id, name)
        .withCommitteeMemberships(
            CommitteeMembership.of(DecisionBodyId.of(body), CommitteeRole.VOTING_MEMBER));
  }

  static DecisionBody committee(String id, String name, DecisionBodyKind kind) {
    return DecisionBody.builder()
        .id(DecisionBodyId.of(id))
        .name(name)
        .kind(kind)
        .scope(DecisionScope.SYSTEM)
        .build();
  }

  static Product product(String id, String name) {
    return Product.builder()
        .id(ProductId.of(id))
        .name(name)
        .kind(ProductKind.DRUG)
        .therapeuticArea("Oncology")
        .build();
  }

  static Relationship relationship(String member, String stakeholder, LocalDate since) {
    return Relationship.builder()
        .teamMember(TeamMemberId.of(member))
        .stakeholder(StakeholderId.of(stakeholder))
        .strength(RelationshipStrength.WORKING)
        .since(since)
        .build();
  }

  static FormularyEntry listing(String product, FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder()
        .product(ProductId.of(product))
        .status(status)
        .effectiveFrom(from)
        .build();
  }

  static SharedValueInitiative initiative(String id, LocalDate launchedOn) {
    return SharedValueInitiative.builder()
        .id(InitiativeId.of(id))
        .name("Initiative " + id)
        .status(InitiativeStatus.LAUNCHED)
        .launchedOn(launchedOn)
        .build();
  }

  /** The account with a plan holding {@code initiatives}. */
  static KeyAccount withInitiatives(KeyAccount account, SharedValueInitiative... initiatives) {
    return account.withPlan(
        AccountPlan.builder()
            .name("Plan")
            .addAllSharedValueInitiatives(Arrays.asList(initiatives))
            .build());
  }

  /** Total units and net revenue (USD) for one fiscal year. */
  static AnnualVolume year(int fiscalYear, long units, String revenueUsd) {
    return AnnualVolume.builder()
        .fiscalYear(fiscalYear)
        .units(BigDecimal.valueOf(units))
        .netRevenue(Money.of(revenueUsd, "USD"))
        .build();
  }

  static Contract contract(
      String id, LocalDate start, LocalDate end, ContractStatus status, String valueUsd) {
    return Contract.builder()
        .id(ContractId.of(id))
        .name("Contract " + id)
        .kind(ContractKind.DIRECT_PURCHASE)
        .status(status)
        .start(start)
        .end(end)
        .value(Money.of(valueUsd, "USD"))
        .build();
  }

  static WhitespaceCell cell(String product, WhitespaceStatus status, String value) {
    return WhitespaceCell.builder()
        .product(ProductId.of(product))
        .clinicalUnit(ClinicalUnitId.of(ONCOLOGY))
        .status(status)
        .estimatedValue(Money.parse(value))
        .build();
  }

  static Interaction interaction(String id, LocalDate date) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date)
        .channel(Channel.IN_PERSON)
        .addTeamMember(TeamMemberId.of(KAM))
        .addStakeholder(StakeholderId.of("dr-okafor"))
        .purpose("Account review")
        .build();
  }

  /** The account with its profile changed. */
  static KeyAccount profile(KeyAccount account, UnaryOperator<AccountProfile.Builder> change) {
    AccountProfile.Builder builder = AccountProfile.builder().from(account.account().profile());
    return account.withAccount(account.account().withProfile(change.apply(builder).build()));
  }

  /**
   * A healthy account: three new relationships (one reaching the P&amp;T committee for the first
   * time), an initiative launched, Onkovir newly listed, volume and revenue up 10%, and contract
   * value held with no contract due for renewal.
   */
  static KeyAccount healthy(String id) {
    KeyAccount account =
        bare(id)
            .withRelationships(
                relationship(KAM, "dr-okafor", AS_OF.minusDays(30)),
                relationship(MSL, "cfo-lind", AS_OF.minusDays(60)),
                relationship(KAM, "nurse-ito", AS_OF.minusDays(90)))
            .withFormulary(
                listing(ONKO, FormularyStatus.NON_FORMULARY, LONG_AGO),
                listing(ONKO, FormularyStatus.ON_FORMULARY, AS_OF.minusDays(20)));
    account = withInitiatives(account, initiative("adherence", AS_OF.minusDays(45)));
    return profile(
        account,
        p ->
            p.addAnnualVolumes(year(2024, 1_000, "1000000.00"), year(2025, 1_100, "1100000.00"))
                .addContracts(
                    contract(
                        "c-2024",
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        ContractStatus.ACTIVE,
                        "400000.00"),
                    contract(
                        "c-2026",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2027, 12, 31),
                        ContractStatus.SIGNED,
                        "500000.00")));
  }
}
