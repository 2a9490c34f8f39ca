package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA;
import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA_HF;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_NSCLC;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO_INFUSION;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.eur;
import static dev.kamkit.model.testing.SeedCatalogue.person;

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
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

/**
 * Universitätsklinikum Rheinaue: a German academic medical centre where the partnership is mature
 * (Clarity, "Pharma Key Account Management – The Evolution Continues", stage 5): a joint business
 * plan agreed with the medical and commercial directors, a launched shared-value initiative,
 * company and customer KPIs. Amounts are in euros and healthcare professionals carry what EFPIA
 * disclosure needs (national registration, consent, given or refused). Oncoxa's colorectal
 * indication is approved in the US only, so the gastrointestinal oncology cell is not indicated
 * here.
 */
final class SeedAcademicCentre {
  static final AccountId ID = AccountId.of("uk-rheinaue");

  static final StakeholderId MEDICAL_DIRECTOR = StakeholderId.of("ukr-medical-director");
  static final StakeholderId COMMERCIAL_DIRECTOR = StakeholderId.of("ukr-commercial-director");
  static final StakeholderId HEAD_OF_PHARMACY = StakeholderId.of("ukr-head-of-pharmacy");
  static final StakeholderId THORACIC_HEAD = StakeholderId.of("ukr-head-thoracic-oncology");
  static final StakeholderId GI_HEAD = StakeholderId.of("ukr-head-gi-oncology");
  static final StakeholderId CARDIOLOGY_HEAD = StakeholderId.of("ukr-head-cardiology");
  static final StakeholderId FELLOW = StakeholderId.of("ukr-fellow-thoracic-oncology");
  static final StakeholderId RESIDENT = StakeholderId.of("ukr-resident-thoracic-oncology");
  static final StakeholderId STUDY_NURSE = StakeholderId.of("ukr-study-nurse");
  static final StakeholderId PROCUREMENT = StakeholderId.of("ukr-head-of-procurement");
  static final StakeholderId QUALITY = StakeholderId.of("ukr-head-of-quality");

  static final TeamMemberId KAM = TeamMemberId.of("team-kam-katrin-vogel");
  static final TeamMemberId MSL = TeamMemberId.of("team-msl-jonas-weber");
  static final TeamMemberId ACCESS = TeamMemberId.of("team-access-sofia-brandt");

  static final SiteId MAIN = SiteId.of("ukr-central-hospital");
  static final SiteId CANCER_CENTRE = SiteId.of("ukr-cancer-centre");
  static final SiteId PHARMACY = SiteId.of("ukr-hospital-pharmacy");
  static final ClinicalUnitId THORACIC = ClinicalUnitId.of("ukr-thoracic-oncology");
  static final ClinicalUnitId GI = ClinicalUnitId.of("ukr-gi-oncology");
  static final ClinicalUnitId CARDIOLOGY = ClinicalUnitId.of("ukr-cardiology");
  static final ClinicalUnitId DAY_ONCOLOGY = ClinicalUnitId.of("ukr-day-oncology");

  static final DecisionBodyId DRUG_COMMISSION = DecisionBodyId.of("ukr-drug-commission");
  static final DecisionBodyId TUMOUR_BOARD = DecisionBodyId.of("ukr-thoracic-tumour-board");
  static final DecisionBodyId PURCHASING = DecisionBodyId.of("ukr-purchasing-committee");

  private SeedAcademicCentre() {}

  static KeyAccount keyAccount() {
    return KeyAccount.builder()
        .account(account())
        .stakeholders(stakeholders())
        .decisionBodies(decisionBodies())
        .addTeam(
            SeedCatalogue.member(KAM.value(), "Katrin Vogel", TeamFunction.KEY_ACCOUNT_MANAGER)
                .withIncentives(Incentive.SALES_QUOTA, Incentive.SALES_BASED_BONUS),
            SeedCatalogue.member(
                MSL.value(), "Dr. Jonas Weber", TeamFunction.MEDICAL_SCIENCE_LIAISON),
            SeedCatalogue.member(ACCESS.value(), "Sofia Brandt", TeamFunction.MARKET_ACCESS))
        .relationships(relationships())
        .addProducts(SeedCatalogue.oncoxa(), SeedCatalogue.cardiva(), SeedCatalogue.veniflo())
        .whitespace(whitespace())
        .addFormulary(
            FormularyEntry.builder()
                .product(ONCOXA)
                .status(FormularyStatus.ON_FORMULARY)
                .effectiveFrom(date(2023, 2, 15))
                .decidedBy(DRUG_COMMISSION)
                .build(),
            FormularyEntry.builder()
                .product(CARDIVA)
                .status(FormularyStatus.PREFERRED)
                .effectiveFrom(date(2020, 6, 10))
                .decidedBy(DRUG_COMMISSION)
                .build())
        .plan(SeedAcademicCentrePlan.plan())
        .interactions(SeedAcademicCentrePlan.interactions())
        .transfersOfValue(SeedAcademicCentrePlan.transfersOfValue())
        .serviceAgreements(SeedAcademicCentrePlan.serviceAgreements())
        .build();
  }

  private static Account account() {
    return Account.builder()
        .id(ID)
        .name("Universitätsklinikum Rheinaue")
        .kind(AccountKind.ACADEMIC_MEDICAL_CENTRE)
        .country("DE")
        .region("Nordrhein-Westfalen")
        .tier(AccountTier.TIER_1)
        .addSites(
            Site.builder()
                .id(MAIN)
                .name("Zentralklinikum")
                .kind(SiteKind.HOSPITAL)
                .beds(1320)
                .addClinicalUnits(
                    unit(THORACIC, "Thoracic Oncology", "Oncology"),
                    unit(GI, "Gastrointestinal Oncology", "Oncology"),
                    unit(CARDIOLOGY, "Cardiology", "Cardiology"))
                .build(),
            Site.builder()
                .id(CANCER_CENTRE)
                .name("Tumorzentrum Rheinaue")
                .kind(SiteKind.INFUSION_CENTRE)
                .beds(130)
                .addClinicalUnit(unit(DAY_ONCOLOGY, "Day Oncology", "Infusion therapy"))
                .build(),
            Site.builder().id(PHARMACY).name("Klinikapotheke").kind(SiteKind.PHARMACY).build())
        .profile(
            AccountProfile.builder()
                .beds(1450)
                .facilityCount(3)
                .ownership(Ownership.GOVERNMENT)
                .addGpoAffiliation(
                    GpoAffiliation.builder()
                        .gpoName("Einkaufsverbund Rhein-Ruhr")
                        .commitment(GpoCommitment.NON_COMMITTED)
                        .since(date(2019, 1, 1))
                        .build())
                .addContract(
                    Contract.builder()
                        .id(ContractId.of("ukr-oncoxa-framework"))
                        .name("Rahmenvertrag Oncoxa 2025-2027")
                        .kind(ContractKind.DIRECT_PURCHASE)
                        .status(ContractStatus.ACTIVE)
                        .start(date(2025, 1, 1))
                        .end(date(2027, 12, 31))
                        .addProduct(ONCOXA)
                        .value(eur("2400000.00"))
                        .build())
                .ehrSystem("Dedalus ORBIS")
                .fiscalYearStart(MonthDay.of(1, 1))
                .addAnnualVolumes(
                    AnnualVolume.builder().fiscalYear(2024).netRevenue(eur("2950000.00")).build(),
                    AnnualVolume.builder()
                        .fiscalYear(2025)
                        .netRevenue(eur("3380000.00"))
                        .units(new BigDecimal("6100"))
                        .build())
                .build())
        .build();
  }

  private static ClinicalUnit unit(ClinicalUnitId id, String name, String specialty) {
    return ClinicalUnit.builder().id(id).name(name).specialty(specialty).build();
  }

  private static HcpIdentity germanPhysician(
      String registration, String specialty, boolean consent) {
    return HcpIdentity.builder()
        .profession(HcpProfession.PHYSICIAN)
        .specialty(specialty)
        .countryOfPractice("DE")
        .nationalRegistration(registration)
        .disclosureConsent(consent)
        .build();
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person(
                MEDICAL_DIRECTOR.value(),
                "Prof. Dr. Matthias Kessler",
                "Ärztlicher Direktor",
                StakeholderFunction.EXECUTIVE)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.SUPPORTER)
            .hcp(germanPhysician("LANR 734512801", "Innere Medizin", true))
            .build(),
        person(
                COMMERCIAL_DIRECTOR.value(),
                "Dr. Sabine Roth",
                "Kaufmännische Direktorin",
                StakeholderFunction.FINANCE)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .addCommitteeMembership(CommitteeMembership.of(PURCHASING, CommitteeRole.CHAIR))
            .build(),
        person(
                HEAD_OF_PHARMACY.value(),
                "Dr. Thomas Berger",
                "Chefapotheker",
                StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(MEDICAL_DIRECTOR)
            .site(PHARMACY)
            .addCommitteeMembership(CommitteeMembership.of(DRUG_COMMISSION, CommitteeRole.CHAIR))
            .hcp(
                HcpIdentity.builder()
                    .profession(HcpProfession.PHARMACIST)
                    .countryOfPractice("DE")
                    .build())
            .build(),
        person(
                THORACIC_HEAD.value(),
                "Prof. Dr. Anna Hoffmann",
                "Head of Thoracic Oncology",
                StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.ADVOCATE)
            .reportsTo(MEDICAL_DIRECTOR)
            .site(MAIN)
            .clinicalUnit(THORACIC)
            .addCommitteeMemberships(
                CommitteeMembership.of(DRUG_COMMISSION, CommitteeRole.VOTING_MEMBER),
                CommitteeMembership.of(TUMOUR_BOARD, CommitteeRole.CHAIR))
            .hcp(germanPhysician("LANR 512398702", "Pneumologie", true))
            .build(),
        person(
                GI_HEAD.value(),
                "Prof. Dr. Markus Wolf",
                "Head of Gastrointestinal Oncology",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(MEDICAL_DIRECTOR)
            .site(MAIN)
            .clinicalUnit(GI)
            .addCommitteeMembership(
                CommitteeMembership.of(DRUG_COMMISSION, CommitteeRole.VOTING_MEMBER))
            .hcp(germanPhysician("LANR 661204503", "Gastroenterologie", false))
            .build(),
        person(
                CARDIOLOGY_HEAD.value(),
                "Prof. Dr. Julia Schneider",
                "Head of Cardiology",
                StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.USER, BuyingRole.INFLUENCER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(MEDICAL_DIRECTOR)
            .site(MAIN)
            .clinicalUnit(CARDIOLOGY)
            .hcp(germanPhysician("LANR 298877104", "Kardiologie", true))
            .build(),
        person(
                FELLOW.value(),
                "Dr. Lukas Becker",
                "Clinical Fellow, Thoracic Oncology",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(THORACIC_HEAD)
            .site(MAIN)
            .clinicalUnit(THORACIC)
            .hcp(
                germanPhysician("LANR 845566105", "Pneumologie", true)
                    .withTrainingStatus(TrainingStatus.FELLOW))
            .build(),
        person(
                RESIDENT.value(),
                "Dr. Mia Wagner",
                "Resident, Thoracic Oncology",
                StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .reportsTo(THORACIC_HEAD)
            .site(MAIN)
            .clinicalUnit(THORACIC)
            .hcp(
                HcpIdentity.builder()
                    .profession(HcpProfession.PHYSICIAN)
                    .trainingStatus(TrainingStatus.RESIDENT)
                    .countryOfPractice("DE")
                    .build())
            .build(),
        person(
                STUDY_NURSE.value(),
                "Petra Klein",
                "Study Nurse Coordinator",
                StakeholderFunction.MEDICAL)
            .seniority(Seniority.STAFF)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(THORACIC_HEAD)
            .site(CANCER_CENTRE)
            .build(),
        person(
                PROCUREMENT.value(),
                "Frank Meyer",
                "Head of Procurement",
                StakeholderFunction.PROCUREMENT)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.NEUTRAL)
            .reportsTo(COMMERCIAL_DIRECTOR)
            .addCommitteeMembership(CommitteeMembership.of(PURCHASING, CommitteeRole.VOTING_MEMBER))
            .build(),
        person(
                QUALITY.value(),
                "Dr. Eva Richter",
                "Head of Quality Management",
                StakeholderFunction.QUALITY_AND_POPULATION_HEALTH)
            .addBuyingRole(BuyingRole.INFLUENCER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(MEDICAL_DIRECTOR)
            .build());
  }

  private static List<DecisionBody> decisionBodies() {
    return List.of(
        DecisionBody.builder()
            .id(DRUG_COMMISSION)
            .name("Arzneimittelkommission")
            .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
            .scope(DecisionScope.SYSTEM)
            .addDecisions(DecisionType.FORMULARY_LISTING, DecisionType.CLINICAL_PROTOCOL)
            .addMeetingDates(
                date(2026, 3, 4), date(2026, 6, 3), date(2026, 9, 2), date(2026, 12, 2))
            .build(),
        DecisionBody.builder()
            .id(TUMOUR_BOARD)
            .name("Thorakales Tumorboard")
            .kind(DecisionBodyKind.CLINICAL_GOVERNANCE)
            .scope(DecisionScope.SITE)
            .site(MAIN)
            .addDecision(DecisionType.CLINICAL_PROTOCOL)
            .build(),
        DecisionBody.builder()
            .id(PURCHASING)
            .name("Einkaufskommission")
            .kind(DecisionBodyKind.PROCUREMENT)
            .scope(DecisionScope.SYSTEM)
            .addDecisions(DecisionType.CONTRACT_AWARD, DecisionType.CAPITAL_PURCHASE)
            .build());
  }

  private static List<Relationship> relationships() {
    return List.of(
        held(KAM, HEAD_OF_PHARMACY, RelationshipStrength.TRUSTED, "2026-10-21"),
        held(KAM, MEDICAL_DIRECTOR, RelationshipStrength.STRONG, "2026-09-30"),
        held(KAM, COMMERCIAL_DIRECTOR, RelationshipStrength.WORKING, "2026-09-30"),
        held(KAM, CARDIOLOGY_HEAD, RelationshipStrength.WORKING, "2026-08-26"),
        held(KAM, QUALITY, RelationshipStrength.STRONG, "2026-10-07"),
        held(MSL, THORACIC_HEAD, RelationshipStrength.TRUSTED, "2026-10-15"),
        held(MSL, GI_HEAD, RelationshipStrength.STRONG, "2026-09-24"),
        held(MSL, FELLOW, RelationshipStrength.WORKING, "2026-10-15"),
        held(MSL, STUDY_NURSE, RelationshipStrength.WORKING, "2026-10-01"),
        held(ACCESS, PROCUREMENT, RelationshipStrength.WORKING, "2026-10-13"));
  }

  private static Relationship held(
      TeamMemberId member, StakeholderId stakeholder, RelationshipStrength strength, String last) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(strength)
        .since(date(2021, 3, 1))
        .lastInteraction(LocalDate.parse(last))
        .build();
  }

  private static List<WhitespaceCell> whitespace() {
    return List.of(
        cell(ONCOXA, THORACIC, WhitespaceStatus.SOLD).indication(ONCOXA_NSCLC).build(),
        cell(ONCOXA, DAY_ONCOLOGY, WhitespaceStatus.SOLD).indication(ONCOXA_NSCLC).build(),
        // second-line colorectal cancer is approved in the US only: not an opportunity here
        cell(ONCOXA, GI, WhitespaceStatus.NOT_INDICATED).build(),
        cell(CARDIVA, CARDIOLOGY, WhitespaceStatus.SOLD).indication(CARDIVA_HF).build(),
        cell(VENIFLO, DAY_ONCOLOGY, WhitespaceStatus.IN_EVALUATION)
            .indication(VENIFLO_INFUSION)
            .estimatedValue(eur("180000.00"))
            .build());
  }

  private static WhitespaceCell.Builder cell(
      ProductId product, ClinicalUnitId unit, WhitespaceStatus status) {
    return WhitespaceCell.builder().product(product).clinicalUnit(unit).status(status);
  }
}
