package dev.kamkit.examples.sample;

import static dev.kamkit.examples.sample.SampleParts.cell;
import static dev.kamkit.examples.sample.SampleParts.date;
import static dev.kamkit.examples.sample.SampleParts.held;
import static dev.kamkit.examples.sample.SampleParts.listed;
import static dev.kamkit.examples.sample.SampleParts.person;
import static dev.kamkit.examples.sample.SampleParts.unit;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.AnnualVolume;
import dev.kamkit.model.account.Contract;
import dev.kamkit.model.account.ContractKind;
import dev.kamkit.model.account.ContractStatus;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.KpiUnit;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.portfolio.FormularyStatus;
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
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.model.testing.SeedAccounts;
import dev.kamkit.rules.compliance.efpia.EfpiaCategory;
import dev.kamkit.rules.compliance.efpia.EfpiaFacts;
import dev.kamkit.rules.compliance.france.FranceFacts;
import dev.kamkit.rules.compliance.france.FrenchKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;

/**
 * CHU Val-de-Seine, a French centre hospitalier universitaire: the anti-gift law (loi anti-cadeaux,
 * CSP L1453-3 ff., in force since 1 October 2020) and Transparence des liens (CSP L1453-1 ff.) at
 * work on a small account, each advantage routed by its value as décret 2020-730 sets out (Leem;
 * Hogan Lovells FR).
 *
 * <p>The COMEDIMS (commission du médicament et des dispositifs médicaux stériles), chaired by the
 * pharmacist of the hospital pharmacy (pharmacie à usage intérieur, PUI), lists medicines and
 * sterile devices for the whole hospital; the head of medical oncology votes on it, and the
 * purchasing director buys through UniHA, the university hospitals' purchasing cooperative. Our key
 * account manager and medical science liaison work the account towards listing the Veniflo pump for
 * the oncology day hospital, where the chairs are full; the KAM began working with the day
 * hospital's nurse manager in September, for the chair-time audit, but has not met the purchasing
 * director, the economic buyer, since June. Scenes:
 *
 * <ul>
 *   <li>congress hospitality at or below the thresholds: Dr Roussel's registration (€560, at most
 *       €1,000), two nights (€296, at most €150 a night) and two dinners (€84, at most €50 a meal),
 *       together €940 for the event (at most €2,000), under one convention and declared to the
 *       ordre: published on Transparence Santé, nothing else to do;
 *   <li>an advantage above a threshold, authorised: the head of oncology's fee of €1,900 for two
 *       half-days of advisory board, above €800 a half-day, under its convention and with the
 *       ordre's authorisation;
 *   <li>impromptu meals at the KAM's calls on Dr Roussel: the February and May lunches are
 *       négligeable (at most €30, at most two a year), the third, in October, is not, and follows
 *       the routing of any advantage: at €26.80 it is below the €50 of a meal, so it needed a
 *       declaration, and none was made. That is the account's one error ({@code
 *       france.lea.not-negligible}); every other finding is a Transparence Santé publication note.
 * </ul>
 *
 * <p>The congress registration and nights carry their EFPIA disclosure categories (EFPIA Disclosure
 * Code: contribution to costs of events), which the nature of payment does not settle. Oncoxa's
 * second-line colorectal indication is approved in the US only, and the account has no
 * gastrointestinal unit, so only first-line lung cancer is worked.
 */
final class SampleFrenchCentre {
  static final AccountId ID = AccountId.of("chu-val-de-seine");

  private static final ProductId ONCOXA = SamplePortfolio.ONCOXA;
  private static final IndicationId ONCOXA_NSCLC = IndicationId.of("oncoxa-nsclc-1l");
  private static final ProductId CARDIVA = ProductId.of("cardiva");
  private static final IndicationId CARDIVA_HF = IndicationId.of("cardiva-hfref");
  private static final ProductId VENIFLO = SamplePortfolio.VENIFLO;
  private static final IndicationId VENIFLO_INFUSION =
      IndicationId.of("veniflo-ambulatory-infusion");

  private static final StakeholderId HEAD_OF_ONCOLOGY = StakeholderId.of("chu-vds-chef-oncologie");
  private static final StakeholderId PHARMACIST = StakeholderId.of("chu-vds-pharmacien-pui");
  private static final StakeholderId PURCHASING = StakeholderId.of("chu-vds-directrice-achats");
  static final StakeholderId DR_ROUSSEL = StakeholderId.of("chu-vds-dr-roussel");
  private static final StakeholderId NURSE_MANAGER = StakeholderId.of("chu-vds-cadre-hdj");

  private static final TeamMemberId KAM = TeamMemberId.of("team-kam-camille-dubois");
  private static final TeamMemberId MSL = TeamMemberId.of("team-msl-hugo-bernard");

  private static final SiteId HOSPITAL = SiteId.of("chu-vds-hopital-central");
  private static final SiteId DAY_HOSPITAL = SiteId.of("chu-vds-hopital-de-jour");
  private static final SiteId PUI = SiteId.of("chu-vds-pui");
  private static final ClinicalUnitId ONCOLOGY = ClinicalUnitId.of("chu-vds-oncologie");
  private static final ClinicalUnitId CARDIOLOGY = ClinicalUnitId.of("chu-vds-cardiologie");
  private static final ClinicalUnitId DAY_ONCOLOGY = ClinicalUnitId.of("chu-vds-hdj-oncologie");

  private static final DecisionBodyId COMEDIMS = DecisionBodyId.of("chu-vds-comedims");

  private static final NeedId CHAIRS = NeedId.of("chu-vds-need-day-hospital-chairs");
  private static final ObjectiveId VENIFLO_LISTING = ObjectiveId.of("chu-vds-obj-veniflo-comedims");
  private static final ObjectiveId ONCOXA_PROTOCOL = ObjectiveId.of("chu-vds-obj-oncoxa-protocol");

  private static final ServiceAgreementId ADVISORY_BOARD =
      ServiceAgreementId.of("chu-vds-sa-advisory-board-2026");

  /** The congress Dr Roussel attended, as the French facts name it. */
  private static final String CONGRESS = "Congrès d'oncologie thoracique, Paris, mars 2026";

  private static final String CONGRESS_CONVENTION = "CONV-2026-0042";

  private SampleFrenchCentre() {}

  /** The account, its products described as in {@link SeedAccounts#riversideHealth()}. */
  static KeyAccount keyAccount() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    return KeyAccount.builder()
        .account(account())
        .stakeholders(stakeholders())
        .addDecisionBody(
            DecisionBody.builder()
                .id(COMEDIMS)
                .name("COMEDIMS")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecisions(DecisionType.FORMULARY_LISTING, DecisionType.PRODUCT_STANDARDISATION)
                .addMeetingDates(
                    date(2026, 3, 12), date(2026, 6, 11), date(2026, 9, 17), date(2026, 12, 10))
                .build())
        .addTeam(
            TeamMember.builder()
                .id(KAM)
                .name("Camille Dubois")
                .function(TeamFunction.KEY_ACCOUNT_MANAGER)
                .addIncentives(Incentive.SALES_QUOTA, Incentive.SALES_BASED_BONUS)
                .build(),
            TeamMember.builder()
                .id(MSL)
                .name("Dr Hugo Bernard")
                .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
                .addIncentive(Incentive.OBJECTIVES_BONUS)
                .build())
        .addRelationships(
            held(KAM, PHARMACIST, RelationshipStrength.WORKING, date(2023, 9, 1), "2026-10-22"),
            held(KAM, PURCHASING, RelationshipStrength.ACQUAINTED, date(2025, 3, 1), "2026-06-24"),
            held(KAM, DR_ROUSSEL, RelationshipStrength.WORKING, date(2024, 1, 15), "2026-10-08"),
            held(KAM, NURSE_MANAGER, RelationshipStrength.WORKING, date(2026, 9, 15), "2026-10-22"),
            held(
                MSL, HEAD_OF_ONCOLOGY, RelationshipStrength.STRONG, date(2022, 5, 1), "2026-10-13"))
        .addProducts(
            riverside.product(ONCOXA).orElseThrow(),
            riverside.product(CARDIVA).orElseThrow(),
            riverside.product(VENIFLO).orElseThrow(),
            riverside.product(ProductId.of("rivalimab")).orElseThrow())
        .addFormulary(
            listed(ONCOXA, FormularyStatus.ON_FORMULARY, date(2023, 3, 16), COMEDIMS),
            listed(CARDIVA, FormularyStatus.ON_FORMULARY, date(2020, 1, 9), COMEDIMS),
            listed(VENIFLO, FormularyStatus.NOT_LISTED, date(2021, 1, 1), COMEDIMS))
        .addWhitespace(
            cell(ONCOXA, ONCOLOGY, WhitespaceStatus.SOLD).indication(ONCOXA_NSCLC).build(),
            cell(ONCOXA, DAY_ONCOLOGY, WhitespaceStatus.SOLD).indication(ONCOXA_NSCLC).build(),
            cell(VENIFLO, DAY_ONCOLOGY, WhitespaceStatus.IN_EVALUATION)
                .indication(VENIFLO_INFUSION)
                .estimatedValue(eur("95000.00"))
                .build(),
            cell(CARDIVA, CARDIOLOGY, WhitespaceStatus.OPEN)
                .indication(CARDIVA_HF)
                .estimatedValue(eur("60000.00"))
                .build())
        .plan(plan())
        .interactions(interactions())
        .addServiceAgreement(
            ServiceAgreement.builder()
                .id(ADVISORY_BOARD)
                .kind(ServiceKind.ADVISORY_BOARD)
                .stakeholder(HEAD_OF_ONCOLOGY)
                .signedOn(date(2026, 3, 30))
                .compensationSetOn(date(2026, 3, 30))
                .compensationBasis(CompensationBasis.FIXED_FEE)
                .start(date(2026, 6, 4))
                .end(date(2026, 6, 4))
                .build())
        .transfersOfValue(transfers())
        .build();
  }

  private static Account account() {
    return Account.builder()
        .id(ID)
        .name("CHU Val-de-Seine")
        .kind(AccountKind.ACADEMIC_MEDICAL_CENTRE)
        .country("FR")
        .region("Normandie")
        .tier(AccountTier.TIER_1)
        .addSites(
            Site.builder()
                .id(HOSPITAL)
                .name("Hôpital central")
                .kind(SiteKind.HOSPITAL)
                .beds(1140)
                .addClinicalUnits(
                    unit(ONCOLOGY, "Oncologie médicale", "Oncology"),
                    unit(CARDIOLOGY, "Cardiologie", "Cardiology"))
                .build(),
            Site.builder()
                .id(DAY_HOSPITAL)
                .name("Hôpital de jour d'oncologie")
                .kind(SiteKind.INFUSION_CENTRE)
                .beds(42)
                .addClinicalUnit(
                    unit(DAY_ONCOLOGY, "Hôpital de jour d'oncologie", "Infusion therapy"))
                .build(),
            Site.builder()
                .id(PUI)
                .name("Pharmacie à usage intérieur")
                .kind(SiteKind.PHARMACY)
                .build())
        .profile(
            AccountProfile.builder()
                .beds(1182)
                .facilityCount(3)
                .ownership(Ownership.GOVERNMENT)
                .addGpoAffiliation(
                    GpoAffiliation.builder()
                        .gpoName("UniHA")
                        .commitment(GpoCommitment.NON_COMMITTED)
                        .since(date(2018, 1, 1))
                        .build())
                .addContract(
                    Contract.builder()
                        .id(ContractId.of("chu-vds-oncoxa-marche"))
                        .name("Marché Oncoxa 2025-2027")
                        .kind(ContractKind.DIRECT_PURCHASE)
                        .status(ContractStatus.ACTIVE)
                        .start(date(2025, 1, 1))
                        .end(date(2027, 12, 31))
                        .addProduct(ONCOXA)
                        .value(eur("1100000.00"))
                        .build())
                .ehrSystem("DxCare")
                .fiscalYearStart(MonthDay.of(1, 1))
                .addAnnualVolumes(
                    AnnualVolume.builder()
                        .fiscalYear(2024)
                        .netRevenue(eur("1240000.00"))
                        .units(new BigDecimal("2300"))
                        .build(),
                    AnnualVolume.builder()
                        .fiscalYear(2025)
                        .netRevenue(eur("1310000.00"))
                        .units(new BigDecimal("2420"))
                        .build())
                .build())
        .build();
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person(HEAD_OF_ONCOLOGY, "Pr Claire Lemaire", "Cheffe de service d'oncologie médicale")
            .function(StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.ADVOCATE)
            .site(HOSPITAL)
            .clinicalUnit(ONCOLOGY)
            .addCommitteeMembership(CommitteeMembership.of(COMEDIMS, CommitteeRole.VOTING_MEMBER))
            .hcp(french(HcpProfession.PHYSICIAN, "RPPS 10003412785", "Oncologie médicale"))
            .build(),
        person(
                PHARMACIST,
                "Dr Antoine Marchand",
                "Pharmacien praticien hospitalier (PUI), président du COMEDIMS")
            .function(StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .site(PUI)
            .addCommitteeMembership(CommitteeMembership.of(COMEDIMS, CommitteeRole.CHAIR))
            .hcp(french(HcpProfession.PHARMACIST, "RPPS 10101876543", "Pharmacie hospitalière"))
            .build(),
        person(PURCHASING, "Isabelle Fournier", "Directrice des achats")
            .function(StakeholderFunction.PROCUREMENT)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .build(),
        person(DR_ROUSSEL, "Dr Julien Roussel", "Praticien hospitalier, oncologie médicale")
            .function(StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(HEAD_OF_ONCOLOGY)
            .site(HOSPITAL)
            .clinicalUnit(ONCOLOGY)
            .hcp(french(HcpProfession.PHYSICIAN, "RPPS 10005873214", "Oncologie médicale"))
            .build(),
        person(NURSE_MANAGER, "Nathalie Girard", "Cadre de santé, hôpital de jour d'oncologie")
            .function(StakeholderFunction.NURSING)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .site(DAY_HOSPITAL)
            .clinicalUnit(DAY_ONCOLOGY)
            .hcp(
                HcpIdentity.builder()
                    .profession(HcpProfession.REGISTERED_NURSE)
                    .countryOfPractice("FR")
                    .build())
            .build());
  }

  private static AccountPlan plan() {
    return AccountPlan.builder()
        .name("CHU Val-de-Seine account plan 2026")
        .status(PlanStatus.ACTIVE)
        .owner(KAM)
        .periodStart(date(2026, 1, 1))
        .periodEnd(date(2026, 12, 31))
        .addStrategicPriorities(
            "Free day-hospital chairs for oncology",
            "Keep Oncoxa the first-line reference in lung cancer")
        .addNeed(
            AccountNeed.builder()
                .id(CHAIRS)
                .description("The day hospital's chairs are full: a first infusion waits 19 days")
                .category(NeedCategory.OPERATIONAL_EFFICIENCY)
                .build())
        .needsSegment(NeedCategory.OPERATIONAL_EFFICIENCY)
        .addObjectives(
            Objective.builder()
                .id(VENIFLO_LISTING)
                .title("List Veniflo with the COMEDIMS for ambulatory infusion")
                .measure("Veniflo on the COMEDIMS list of sterile medical devices")
                .startDate(date(2026, 6, 1))
                .dueDate(date(2026, 12, 10))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(KAM)
                .product(VENIFLO)
                .indication(VENIFLO_INFUSION)
                .addNeed(CHAIRS)
                .addClinicalUnit(DAY_ONCOLOGY)
                .build(),
            Objective.builder()
                .id(ONCOXA_PROTOCOL)
                .title("Keep Oncoxa first line in the service's lung cancer protocol")
                .measure("Protocol confirmed at the service's January 2027 review")
                .dueDate(date(2027, 1, 31))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(KAM)
                .product(ONCOXA)
                .indication(ONCOXA_NSCLC)
                .build())
        .addActions(
            Action.builder()
                .id(ActionId.of("chu-vds-act-chair-time-audit"))
                .title("Audit day-hospital chair time with the PUI and the nurse manager")
                .owner(KAM)
                .dueDate(date(2026, 10, 30))
                .status(ActionStatus.COMPLETED)
                .completedOn(date(2026, 10, 22))
                .addObjective(VENIFLO_LISTING)
                .addStakeholders(PHARMACIST, NURSE_MANAGER)
                .addNeed(CHAIRS)
                .build(),
            Action.builder()
                .id(ActionId.of("chu-vds-act-comedims-dossier"))
                .title("Submit the Veniflo dossier for the December COMEDIMS")
                .owner(KAM)
                .dueDate(date(2026, 11, 20))
                .status(ActionStatus.IN_PROGRESS)
                .addObjective(VENIFLO_LISTING)
                .addStakeholder(PHARMACIST)
                .addNeed(CHAIRS)
                .build(),
            Action.builder()
                .id(ActionId.of("chu-vds-act-purchasing-route"))
                .title("Agree the purchasing route for Veniflo with the purchasing director")
                .owner(KAM)
                .dueDate(date(2026, 12, 18))
                .status(ActionStatus.PLANNED)
                .addObjective(VENIFLO_LISTING)
                .addStakeholder(PURCHASING)
                .build())
        .addKpis(
            Kpi.builder()
                .id(KpiId.of("chu-vds-kpi-oncoxa-share"))
                .name("Oncoxa share of first-line NSCLC")
                .kind(KpiKind.LAGGING)
                .perspective(KpiPerspective.COMPANY)
                .unit(KpiUnit.PERCENT)
                .target(new BigDecimal("55"))
                .current(new BigDecimal("51"))
                .measuredOn(date(2026, 9, 30))
                .objective(ONCOXA_PROTOCOL)
                .build(),
            Kpi.builder()
                .id(KpiId.of("chu-vds-kpi-days-to-infusion"))
                .name("Days from decision to a first day-hospital infusion")
                .kind(KpiKind.LEADING)
                .perspective(KpiPerspective.CUSTOMER)
                .unit(KpiUnit.NUMBER)
                .target(new BigDecimal("7"))
                .current(new BigDecimal("19"))
                .measuredOn(date(2026, 10, 22))
                .objective(VENIFLO_LISTING)
                .build())
        .valueProposition(
            ValueProposition.builder()
                .statement("Ambulatory infusion at home frees day-hospital chairs for new patients")
                .businessRationale("More day-hospital sessions without new chairs or staff")
                .clinicalRationale(
                    "Ambulatory infusion of chemotherapy, Veniflo's approved use in the EU")
                .addProduct(VENIFLO)
                .reviewedOn(date(2026, 6, 15))
                .build())
        .addCompetitiveLandscape(
            CompetitorPosition.builder()
                .competitor("Rivaltis Pharma")
                .addCompetitorProduct("Rivalimab")
                .addCompetesWith(ONCOXA)
                .threat(ThreatLevel.HIGH)
                .strengths("Lower price in UniHA's national tender")
                .weaknesses("Every-two-week dosing takes more day-hospital chair time")
                .build())
        .addUpdates(
            date(2026, 1, 20),
            date(2026, 3, 19),
            date(2026, 6, 15),
            date(2026, 7, 9),
            date(2026, 9, 21),
            date(2026, 10, 22))
        .addReviews(date(2026, 3, 26), date(2026, 6, 25), date(2026, 9, 24))
        .build();
  }

  private static final InteractionId ADVISORY_BOARD_MEETING =
      InteractionId.of("chu-vds-int-advisory-board");

  /** The KAM's calls on Dr Roussel, each with an impromptu lunch. */
  private static final InteractionId[] ROUSSEL_CALLS = {
    InteractionId.of("chu-vds-int-roussel-2026-02"),
    InteractionId.of("chu-vds-int-roussel-2026-05"),
    InteractionId.of("chu-vds-int-roussel-2026-10")
  };

  private static List<Interaction> interactions() {
    return List.of(
        call(ROUSSEL_CALLS[0], date(2026, 2, 12), "Oncoxa in first-line NSCLC: patient selection")
            .rationale("Dr Roussel started his first patients on first-line Oncoxa in January")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        call(ROUSSEL_CALLS[1], date(2026, 5, 21), "Fitting Oncoxa into day-hospital slots")
            .rationale("The service asked how three-weekly Oncoxa fits the day hospital's slots")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        call(ROUSSEL_CALLS[2], date(2026, 10, 8), "Oncoxa: the approved five-year data summary")
            .rationale("The summary of product characteristics was updated in September")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        Interaction.builder()
            .id(ADVISORY_BOARD_MEETING)
            .date(date(2026, 6, 4))
            .channel(Channel.IN_PERSON)
            .addTeamMember(MSL)
            .addStakeholder(HEAD_OF_ONCOLOGY)
            .purpose("Advisory board: ambulatory infusion in thoracic oncology")
            .rationale("Medical affairs needs clinicians' advice on home infusion of biologicals")
            .build(),
        Interaction.builder()
            .id(InteractionId.of("chu-vds-int-purchasing-route"))
            .date(date(2026, 6, 24))
            .channel(Channel.REMOTE)
            .addTeamMember(KAM)
            .addStakeholder(PURCHASING)
            .purpose("Veniflo purchasing: UniHA framework or a local tender")
            .rationale("A listed device still needs a purchasing route before the day hospital")
            .build(),
        Interaction.builder()
            .id(InteractionId.of("chu-vds-int-comedims-timetable"))
            .date(date(2026, 10, 6))
            .channel(Channel.REMOTE)
            .addTeamMember(KAM)
            .addStakeholder(PHARMACIST)
            .decisionBody(COMEDIMS)
            .purpose("COMEDIMS timetable for the Veniflo dossier")
            .rationale("The December COMEDIMS is the last of 2026")
            .build(),
        Interaction.builder()
            .id(InteractionId.of("chu-vds-int-msl-survival-data"))
            .date(date(2026, 10, 13))
            .channel(Channel.IN_PERSON)
            .addTeamMember(MSL)
            .addStakeholder(HEAD_OF_ONCOLOGY)
            .purpose("Scientific exchange on five-year first-line survival data")
            .rationale("Medical exchange requested by the head of oncology")
            .unsolicitedRequest(true)
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        Interaction.builder()
            .id(InteractionId.of("chu-vds-int-chair-time-audit"))
            .date(date(2026, 10, 22))
            .channel(Channel.IN_PERSON)
            .addTeamMember(KAM)
            .addStakeholders(PHARMACIST, NURSE_MANAGER)
            .purpose("Results of the day-hospital chair-time audit")
            .rationale("The audit measures the chair time ambulatory infusion could free")
            .addProductsDiscussed(ProductDiscussion.of(VENIFLO, Optional.of(VENIFLO_INFUSION)))
            .build());
  }

  private static Interaction.Builder call(InteractionId id, LocalDate date, String purpose) {
    return Interaction.builder()
        .id(id)
        .date(date)
        .channel(Channel.IN_PERSON)
        .addTeamMember(KAM)
        .addStakeholder(DR_ROUSSEL)
        .purpose(purpose);
  }

  /**
   * The transfers, each with its French facts: the congress hospitality declared under one
   * convention, the authorised advisory fee, and three impromptu lunches of which the third was not
   * declared.
   */
  private static List<TransferOfValue> transfers() {
    TransferOfValue registration =
        congress("chu-vds-tov-congress-registration", "560.00", NatureOfPayment.EDUCATION)
            .description("Congress registration")
            .addFact(Fact.of(FranceFacts.KIND, FrenchKind.REGISTRATION))
            .addFact(Fact.of(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_REGISTRATION_FEES))
            .build();
    TransferOfValue nights =
        congress("chu-vds-tov-congress-nights", "296.00", NatureOfPayment.TRAVEL_AND_LODGING)
            .description("Two nights' accommodation at the congress")
            .travelDestination(TravelDestination.builder().city("Paris").country("FR").build())
            .addFact(Fact.of(FranceFacts.KIND, FrenchKind.NIGHT))
            .addFact(Fact.of(FranceFacts.UNITS, 2L))
            .addFact(Fact.of(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION))
            .build();
    TransferOfValue dinners =
        congress("chu-vds-tov-congress-dinners", "84.00", NatureOfPayment.FOOD_AND_BEVERAGE)
            .description("Two dinners at the congress")
            .addFact(Fact.of(FranceFacts.KIND, FrenchKind.MEAL))
            .addFact(Fact.of(FranceFacts.UNITS, 2L))
            .build();
    // above 800 EUR a half-day: the authorisation route (décret 2020-730), requested from the
    // ordre about two months before the board
    TransferOfValue advisoryFee =
        TransferOfValue.builder()
            .id(TransferOfValueId.of("chu-vds-tov-advisory-fee"))
            .date(date(2026, 6, 4))
            .amount(eur("1900.00"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.CONSULTING_FEE)
            .recipient(HEAD_OF_ONCOLOGY)
            .agreement(ADVISORY_BOARD)
            .interaction(ADVISORY_BOARD_MEETING)
            .description("Advisory board on ambulatory infusion, two half-days")
            .addFact(Fact.of(FranceFacts.HALF_DAYS, new BigDecimal("2")))
            .addFact(Fact.of(FranceFacts.CONVENTION, "CONV-2026-0107"))
            .addFact(Fact.of(FranceFacts.AUTHORISATION, "AUT-2026-0415"))
            .build();
    return List.of(
        registration,
        nights,
        dinners,
        advisoryFee,
        impromptuLunch(0, date(2026, 2, 12), "24.50"),
        impromptuLunch(1, date(2026, 5, 21), "27.00"),
        // the third of the year is not négligeable: at or below the 50 EUR of a meal it needed a
        // declaration to the ordre, and the KAM made none
        impromptuLunch(2, date(2026, 10, 8), "26.80"));
  }

  /** Dr Roussel's congress hospitality: under one convention, declared to the ordre. */
  private static TransferOfValue.Builder congress(
      String id, String amount, NatureOfPayment nature) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(date(2026, 3, 19))
        .amount(eur(amount))
        .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
        .nature(nature)
        .recipient(DR_ROUSSEL)
        .addFact(Fact.of(FranceFacts.EVENT, CONGRESS))
        .addFact(Fact.of(FranceFacts.CONVENTION, CONGRESS_CONVENTION))
        .addFact(Fact.of(FranceFacts.DECLARATION, "DECL-2026-0311"));
  }

  private static TransferOfValue impromptuLunch(int call, LocalDate date, String amount) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of("chu-vds-tov-impromptu-lunch-" + (call + 1)))
        .date(date)
        .amount(eur(amount))
        .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
        .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
        .recipient(DR_ROUSSEL)
        .interaction(ROUSSEL_CALLS[call])
        .description("Lunch at the hospital café after the call")
        .addFact(Fact.of(FranceFacts.KIND, FrenchKind.IMPROMPTU_MEAL))
        .build();
  }

  private static HcpIdentity french(HcpProfession profession, String rpps, String specialty) {
    return HcpIdentity.builder()
        .profession(profession)
        .specialty(specialty)
        .countryOfPractice("FR")
        .nationalRegistration(rpps)
        .build();
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
