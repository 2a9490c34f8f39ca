package dev.kamkit.model.testing;

import static dev.kamkit.model.team.RelationshipStrength.ACQUAINTED;
import static dev.kamkit.model.team.RelationshipStrength.STRONG;
import static dev.kamkit.model.team.RelationshipStrength.TRUSTED;
import static dev.kamkit.model.team.RelationshipStrength.WORKING;
import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA;
import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA_HF;
import static dev.kamkit.model.testing.SeedCatalogue.CARLA_NGUYEN;
import static dev.kamkit.model.testing.SeedCatalogue.JORDAN_BLAKE;
import static dev.kamkit.model.testing.SeedCatalogue.LENA_FISCHER;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_CRC;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_NSCLC;
import static dev.kamkit.model.testing.SeedCatalogue.RIVALIMAB;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO_INFUSION;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.sid;
import static dev.kamkit.model.testing.SeedCatalogue.usd;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

/**
 * Riverside Health System: the articles' large IDN (Prolifiq's "Pharma Key Account Management" and
 * "Healthcare Key Account Management: A Practical Guide"). Twelve hospitals whose formulary is
 * decided by one system-level P&amp;T committee, a value analysis committee at the flagship, a
 * committed GPO affiliation, 22 mapped stakeholders, a team of six (one of whom has left), and the
 * classic risks: the clinical champion retires in March 2027, the CFO who holds the budget is held
 * by nobody of ours, and a blocker sits above everyone we know.
 *
 * <p>Its plan, interactions and transfers of value are in {@link SeedRiversidePlan}.
 */
final class SeedRiversideHealth {
  static final AccountId ID = AccountId.of("riverside-health");

  // Stakeholders referred to across the account, its plan and its engagement.

  static final StakeholderId CEO = sid("riverside-ceo");
  static final StakeholderId CFO = sid("riverside-cfo");
  static final StakeholderId CMO = sid("riverside-cmo");
  static final StakeholderId COO = sid("riverside-coo");
  static final StakeholderId CIO = sid("riverside-cio");
  static final StakeholderId PHARMACY_DIRECTOR = sid("riverside-pharmacy-director");
  static final StakeholderId FORMER_PHARMACY_DIRECTOR = sid("riverside-former-pharmacy-director");
  static final StakeholderId FORMULARY_MANAGER = sid("riverside-formulary-manager");
  static final StakeholderId ONCOLOGY_PHARMACIST = sid("riverside-oncology-pharmacist");
  static final StakeholderId CHIEF_OF_ONCOLOGY = sid("riverside-chief-of-oncology");
  static final StakeholderId ONCOLOGY_RESEARCH = sid("riverside-oncology-research-director");
  static final StakeholderId ONCOLOGIST_ST_LUKES = sid("riverside-oncologist-st-lukes");
  static final StakeholderId ONCOLOGIST_LAKESIDE = sid("riverside-oncologist-lakeside");
  static final StakeholderId ONCOLOGY_NURSE_MANAGER = sid("riverside-oncology-nurse-manager");
  static final StakeholderId INFUSION_MANAGER = sid("riverside-infusion-manager");
  static final StakeholderId CHIEF_OF_CARDIOLOGY = sid("riverside-chief-of-cardiology");
  static final StakeholderId CARDIOLOGIST_VALLEY = sid("riverside-cardiologist-valley");
  static final StakeholderId SUPPLY_CHAIN_VP = sid("riverside-supply-chain-vp");
  static final StakeholderId VALUE_ANALYSIS_DIRECTOR = sid("riverside-value-analysis-director");
  static final StakeholderId PHARMACY_INFORMATICS = sid("riverside-pharmacy-informatics");
  static final StakeholderId QUALITY_VP = sid("riverside-quality-vp");
  static final StakeholderId MANAGED_CARE_DIRECTOR = sid("riverside-managed-care-director");

  // Decision bodies.

  static final DecisionBodyId SYSTEM_PT = DecisionBodyId.of("riverside-system-pt");
  static final DecisionBodyId MEMORIAL_VAC = DecisionBodyId.of("riverside-memorial-vac");
  static final DecisionBodyId CONTRACTING = DecisionBodyId.of("riverside-contracting");
  static final DecisionBodyId QUALITY_COUNCIL = DecisionBodyId.of("riverside-quality-council");

  // Our team: the three who cover several accounts are in SeedCatalogue.

  static final TeamMemberId SALES_ONCOLOGY = TeamMemberId.of("team-sales-priya-desai");
  static final TeamMemberId SALES_CARDIOLOGY = TeamMemberId.of("team-sales-marco-rossi");
  static final TeamMemberId FORMER_SALES = TeamMemberId.of("team-sales-tom-harris");

  // The twelve hospitals; each has an oncology and a cardiology unit, three an infusion centre.

  private static final List<Hospital> HOSPITALS =
      List.of(
          new Hospital("memorial", "Riverside Memorial Hospital", 640, true),
          new Hospital("st-lukes", "Riverside St. Luke's Hospital", 410, true),
          new Hospital("lakeside", "Riverside Lakeside Hospital", 380, false),
          new Hospital("northgate", "Riverside Northgate Hospital", 350, true),
          new Hospital("eastfield", "Riverside Eastfield Hospital", 290, false),
          new Hospital("westbrook", "Riverside Westbrook Hospital", 260, false),
          new Hospital("hillcrest", "Riverside Hillcrest Hospital", 240, false),
          new Hospital("valley", "Riverside Valley Hospital", 220, false),
          new Hospital("harbor", "Riverside Harbor Hospital", 180, false),
          new Hospital("pinewood", "Riverside Pinewood Hospital", 150, false),
          new Hospital("summit", "Riverside Summit Hospital", 130, false),
          new Hospital("cedar-grove", "Riverside Cedar Grove Hospital", 110, false));

  static final SiteId MEMORIAL = site("memorial");

  private SeedRiversideHealth() {}

  static SiteId site(String hospital) {
    return SiteId.of("riverside-" + hospital);
  }

  static ClinicalUnitId oncology(String hospital) {
    return ClinicalUnitId.of("riverside-" + hospital + "-oncology");
  }

  static ClinicalUnitId cardiology(String hospital) {
    return ClinicalUnitId.of("riverside-" + hospital + "-cardiology");
  }

  static ClinicalUnitId infusion(String hospital) {
    return ClinicalUnitId.of("riverside-" + hospital + "-infusion");
  }

  static KeyAccount keyAccount() {
    return KeyAccount.builder()
        .account(account())
        .stakeholders(SeedRiversidePeople.stakeholders())
        .influences(SeedRiversidePeople.influences())
        .decisionBodies(decisionBodies())
        .team(team())
        .targetLists(SeedRiversideCompliance.targetLists())
        .relationships(relationships())
        .addProducts(
            SeedCatalogue.oncoxa(),
            SeedCatalogue.cardiva(),
            SeedCatalogue.veniflo(),
            SeedCatalogue.rivalimab())
        .promotionalMaterials(SeedRiversideCompliance.promotionalMaterials())
        .whitespace(whitespace())
        .formulary(formulary())
        .plan(SeedRiversidePlan.plan())
        .interactions(SeedRiversidePlan.interactions())
        .transfersOfValue(SeedRiversidePlan.transfersOfValue())
        .serviceAgreements(SeedRiversideCompliance.serviceAgreements())
        .build();
  }

  // The institution.

  private static Account account() {
    return Account.builder()
        .id(ID)
        .name("Riverside Health System")
        .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
        .country("US")
        .region("OH")
        .tier(AccountTier.TIER_1)
        .sites(sites())
        .profile(profile())
        .putAttribute("veeva.Account_Type", AttributeValue.text("Health System"))
        .putAttribute("crm.annualPotentialUsd", AttributeValue.number("18500000"))
        .build();
  }

  private static List<Site> sites() {
    List<Site> sites = new ArrayList<>();
    for (Hospital hospital : HOSPITALS) {
      Site.Builder site =
          Site.builder()
              .id(site(hospital.slug()))
              .name(hospital.name())
              .kind(SiteKind.HOSPITAL)
              .beds(hospital.beds())
              .region("OH")
              .addClinicalUnit(unit(oncology(hospital.slug()), "Oncology", "Oncology"))
              .addClinicalUnit(unit(cardiology(hospital.slug()), "Cardiology", "Cardiology"));
      if (hospital.infusionCentre()) {
        site.addClinicalUnit(
            unit(infusion(hospital.slug()), "Infusion Center", "Infusion therapy"));
      }
      sites.add(site.build());
    }
    return sites;
  }

  private static ClinicalUnit unit(ClinicalUnitId id, String name, String specialty) {
    return ClinicalUnit.builder().id(id).name(name).specialty(specialty).build();
  }

  private static AccountProfile profile() {
    return AccountProfile.builder()
        .beds(3360)
        .facilityCount(12)
        .ownership(Ownership.NOT_FOR_PROFIT)
        .addGpoAffiliation(
            GpoAffiliation.builder()
                .gpoName("Vizient")
                .commitment(GpoCommitment.COMMITTED)
                .since(date(2021, 1, 1))
                .build())
        .addGpoAffiliation(
            GpoAffiliation.builder()
                .gpoName("Premier")
                .commitment(GpoCommitment.NON_COMMITTED)
                .since(date(2015, 1, 1))
                .until(date(2020, 12, 31))
                .build())
        .addContracts(
            contract("riverside-oncoxa-direct", "RHS-2024-017 Oncoxa direct purchase agreement")
                .kind(ContractKind.DIRECT_PURCHASE)
                .status(ContractStatus.ACTIVE)
                .start(date(2024, 7, 1))
                .end(date(2027, 6, 30))
                .addProduct(ONCOXA)
                .value(usd("4200000.00"))
                .build(),
            contract("riverside-vizient-cardiva", "Vizient PP-CA-0412 Cardiva pricing")
                .kind(ContractKind.GPO)
                .administrativeFeePercent(new BigDecimal("2.50"))
                .status(ContractStatus.ACTIVE)
                .start(date(2023, 4, 1))
                .end(date(2026, 12, 31))
                .addProduct(CARDIVA)
                .value(usd("1150000.00"))
                .build(),
            contract("riverside-veniflo-service", "Veniflo pump service agreement, St. Luke's")
                .kind(ContractKind.SERVICE)
                .status(ContractStatus.ENDED)
                .start(date(2021, 1, 1))
                .end(date(2025, 12, 31))
                .addProduct(VENIFLO)
                .value(usd("96000.00"))
                .build())
        .ehrSystem("Epic")
        .fiscalYearStart(MonthDay.of(7, 1))
        .addAnnualVolumes(
            revenue(2023, null, "5300000.00"),
            revenue(2024, null, "6100000.00"),
            AnnualVolume.builder()
                .fiscalYear(2024)
                .product(ONCOXA)
                .units(new BigDecimal("8400"))
                .netRevenue(usd("4020000.00"))
                .build(),
            revenue(2024, CARDIVA, "1010000.00"))
        .build();
  }

  private static Contract.Builder contract(String id, String name) {
    return Contract.builder().id(ContractId.of(id)).name(name);
  }

  private static AnnualVolume revenue(int fiscalYear, ProductId product, String amount) {
    AnnualVolume.Builder volume = AnnualVolume.builder().fiscalYear(fiscalYear);
    if (product != null) {
      volume.product(product);
    }
    return volume.netRevenue(usd(amount)).build();
  }

  // Where decisions are made: one system P&T committee for all twelve hospitals.

  private static List<DecisionBody> decisionBodies() {
    return List.of(
        DecisionBody.builder()
            .id(SYSTEM_PT)
            .name("Riverside System Pharmacy & Therapeutics Committee")
            .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .scope(DecisionScope.SYSTEM)
            .addDecisions(
                DecisionType.FORMULARY_LISTING,
                DecisionType.PRODUCT_STANDARDISATION,
                DecisionType.CLINICAL_PROTOCOL)
            .addMeetingDates(
                date(2026, 1, 14),
                date(2026, 3, 11),
                date(2026, 5, 13),
                date(2026, 7, 8),
                date(2026, 9, 9),
                date(2026, 11, 11),
                date(2027, 1, 13),
                date(2027, 3, 10))
            .build(),
        DecisionBody.builder()
            .id(MEMORIAL_VAC)
            .name("Riverside Memorial Value Analysis Committee")
            .kind(DecisionBodyKind.VALUE_ANALYSIS)
            .scope(DecisionScope.SITE)
            .site(MEMORIAL)
            .addDecisions(DecisionType.PRODUCT_STANDARDISATION, DecisionType.CAPITAL_PURCHASE)
            .addMeetingDates(
                date(2026, 9, 22),
                date(2026, 10, 27),
                date(2026, 11, 24),
                date(2027, 1, 26),
                date(2027, 3, 23))
            .build(),
        DecisionBody.builder()
            .id(CONTRACTING)
            .name("System Contracting Committee")
            .kind(DecisionBodyKind.PROCUREMENT)
            .scope(DecisionScope.SYSTEM)
            .addDecision(DecisionType.CONTRACT_AWARD)
            .addMeetingDates(date(2026, 10, 6), date(2027, 1, 5), date(2027, 4, 6))
            .build(),
        DecisionBody.builder()
            .id(QUALITY_COUNCIL)
            .name("Quality and Population Health Council")
            .kind(DecisionBodyKind.QUALITY)
            .scope(DecisionScope.SYSTEM)
            .addDecisions(DecisionType.PROGRAMME_FUNDING, DecisionType.CLINICAL_PROTOCOL)
            .build());
  }

  // Our side: the team and who of ours holds whom.

  private static List<TeamMember> team() {
    return List.of(
        SeedCatalogue.jordanBlake(),
        SeedCatalogue.lenaFischer(),
        SeedCatalogue.carlaNguyen(),
        SeedCatalogue.member(SALES_ONCOLOGY.value(), "Priya Desai", TeamFunction.SALES)
            .withIncentives(Incentive.SALES_QUOTA, Incentive.SALES_BASED_BONUS),
        SeedCatalogue.member(SALES_CARDIOLOGY.value(), "Marco Rossi", TeamFunction.SALES)
            .withIncentives(Incentive.SALES_QUOTA),
        TeamMember.builder()
            .id(FORMER_SALES)
            .name("Tom Harris")
            .function(TeamFunction.SALES)
            .leftOn(date(2025, 12, 31))
            .build());
  }

  private static List<Relationship> relationships() {
    return List.of(
        held(JORDAN_BLAKE, PHARMACY_DIRECTOR, STRONG, "2025-08-04", "2026-10-20"),
        held(JORDAN_BLAKE, FORMULARY_MANAGER, WORKING, "2024-02-12", "2026-10-06"),
        held(JORDAN_BLAKE, CHIEF_OF_ONCOLOGY, TRUSTED, "2021-09-20", "2026-10-28"),
        held(JORDAN_BLAKE, QUALITY_VP, ACQUAINTED, "2026-03-18", "2026-06-10"),
        held(SALES_ONCOLOGY, CHIEF_OF_ONCOLOGY, STRONG, "2023-05-02", "2026-10-28"),
        held(SALES_ONCOLOGY, ONCOLOGIST_ST_LUKES, WORKING, "2024-04-09", "2026-10-14"),
        held(SALES_ONCOLOGY, ONCOLOGY_NURSE_MANAGER, WORKING, "2024-06-11", "2026-10-14"),
        held(SALES_ONCOLOGY, INFUSION_MANAGER, ACQUAINTED, "2026-05-12", "2026-10-14"),
        held(LENA_FISCHER, CHIEF_OF_ONCOLOGY, STRONG, "2022-03-07", "2026-10-09"),
        held(LENA_FISCHER, ONCOLOGY_RESEARCH, TRUSTED, "2022-03-07", "2026-10-16"),
        held(LENA_FISCHER, ONCOLOGY_PHARMACIST, STRONG, "2023-09-14", "2026-10-23"),
        held(SALES_CARDIOLOGY, CHIEF_OF_CARDIOLOGY, WORKING, "2023-02-27", "2026-08-19"),
        held(SALES_CARDIOLOGY, CARDIOLOGIST_VALLEY, WORKING, "2024-11-05", "2026-10-01"),
        held(CARLA_NGUYEN, MANAGED_CARE_DIRECTOR, WORKING, "2025-01-21", "2026-09-15"),
        held(CARLA_NGUYEN, SUPPLY_CHAIN_VP, ACQUAINTED, "2026-04-22", "2026-07-02"),
        held(FORMER_SALES, FORMER_PHARMACY_DIRECTOR, STRONG, "2019-03-01", "2025-06-15"));
  }

  /** A relationship held since one ISO date and last in touch on another. */
  private static Relationship held(
      TeamMemberId member,
      StakeholderId stakeholder,
      RelationshipStrength strength,
      String since,
      String lastInteraction) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(strength)
        .since(LocalDate.parse(since))
        .lastInteraction(LocalDate.parse(lastInteraction))
        .build();
  }

  // Products by clinical unit, and formulary history.

  private static List<WhitespaceCell> whitespace() {
    List<WhitespaceCell> cells = new ArrayList<>();
    for (Hospital hospital : HOSPITALS) {
      cells.add(oncoxaCell(hospital.slug()));
      cells.add(cardivaCell(hospital.slug()));
      if (!hospital.infusionCentre()) {
        continue;
      }
      // Veniflo is sold at St. Luke's; Memorial's value analysis committee is the next target
      WhitespaceStatus status =
          hospital.slug().equals("st-lukes") ? WhitespaceStatus.SOLD : WhitespaceStatus.OPEN;
      cells.add(
          WhitespaceCell.builder()
              .product(VENIFLO)
              .clinicalUnit(infusion(hospital.slug()))
              .status(status)
              .indication(VENIFLO_INFUSION)
              .estimatedValue(usd("85000.00"))
              .build());
    }
    cells.add(
        WhitespaceCell.builder()
            .product(ONCOXA)
            .clinicalUnit(cardiology("memorial"))
            .status(WhitespaceStatus.NOT_INDICATED)
            .build());
    return cells;
  }

  /**
   * Oncoxa in each oncology unit: sold at three hospitals, in evaluation at one, held by Rivalimab
   * at two and open at six, the gap across sites that the plan targets.
   */
  private static WhitespaceCell oncoxaCell(String hospital) {
    WhitespaceCell.Builder cell =
        WhitespaceCell.builder().product(ONCOXA).clinicalUnit(oncology(hospital));
    switch (hospital) {
      case "memorial", "st-lukes" ->
          cell.status(WhitespaceStatus.SOLD)
              .indication(ONCOXA_NSCLC)
              .estimatedValue(usd(hospital.equals("memorial") ? "1800000.00" : "950000.00"));
      case "summit" ->
          cell.status(WhitespaceStatus.SOLD)
              .indication(ONCOXA_CRC)
              .estimatedValue(usd("310000.00"));
      case "northgate" ->
          cell.status(WhitespaceStatus.IN_EVALUATION)
              .indication(ONCOXA_CRC)
              .estimatedValue(usd("420000.00"));
      case "lakeside", "hillcrest" ->
          cell.status(WhitespaceStatus.COMPETITOR_HELD)
              .indication(ONCOXA_NSCLC)
              .competitorProduct("Rivalimab")
              .estimatedValue(usd("600000.00"));
      default ->
          cell.status(WhitespaceStatus.OPEN)
              .indication(ONCOXA_NSCLC)
              .estimatedValue(usd("250000.00"));
    }
    return cell.build();
  }

  /** Cardiva in each cardiology unit: mostly sold, two open, one in evaluation, two lost. */
  private static WhitespaceCell cardivaCell(String hospital) {
    WhitespaceCell.Builder cell =
        WhitespaceCell.builder()
            .product(CARDIVA)
            .clinicalUnit(cardiology(hospital))
            .indication(CARDIVA_HF);
    switch (hospital) {
      case "pinewood", "cedar-grove" -> cell.status(WhitespaceStatus.OPEN);
      case "harbor" -> cell.status(WhitespaceStatus.IN_EVALUATION);
      case "eastfield", "summit" ->
          cell.status(WhitespaceStatus.COMPETITOR_HELD).competitorProduct("Cardiomax");
      default -> cell.status(WhitespaceStatus.SOLD);
    }
    return cell.estimatedValue(usd("95000.00")).build();
  }

  private static List<FormularyEntry> formulary() {
    return List.of(
        listing(ONCOXA, FormularyStatus.UNDER_REVIEW, date(2022, 5, 11)).build(),
        listing(ONCOXA, FormularyStatus.RESTRICTED, date(2022, 7, 13))
            .tier(3)
            .addRestrictions(
                FormularyRestriction.PRIOR_AUTHORIZATION,
                FormularyRestriction.PRESCRIBER_RESTRICTION)
            .build(),
        listing(ONCOXA, FormularyStatus.ON_FORMULARY, date(2024, 9, 11)).tier(2).build(),
        listing(CARDIVA, FormularyStatus.ON_FORMULARY, date(2020, 1, 15)).tier(2).build(),
        listing(CARDIVA, FormularyStatus.PREFERRED, date(2025, 3, 12)).tier(1).build(),
        listing(RIVALIMAB, FormularyStatus.PREFERRED, date(2021, 11, 10)).tier(1).build());
  }

  private static FormularyEntry.Builder listing(
      ProductId product, FormularyStatus status, LocalDate from) {
    return FormularyEntry.builder()
        .product(product)
        .status(status)
        .effectiveFrom(from)
        .decidedBy(SYSTEM_PT);
  }

  /** One hospital of the system. */
  private record Hospital(String slug, String name, int beds, boolean infusionCentre) {}
}
