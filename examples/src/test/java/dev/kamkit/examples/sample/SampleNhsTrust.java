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
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
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
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
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
import dev.kamkit.rules.compliance.uk.LawfulBasis;
import dev.kamkit.rules.compliance.uk.UkFacts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Severnvale Hospitals NHS Foundation Trust, an English acute trust: Disclosure UK (ABPI) at work
 * on a small account, amounts in pounds.
 *
 * <p>The trust's drugs and therapeutics committee decides the formulary; the lung cancer lead, the
 * lead cancer pharmacist and the deputy director of finance vote on it. Our key account manager
 * brings a budget impact model to its November meeting to keep Oncoxa in the first-line lung cancer
 * pathway, and has worked with the finance director since September; the medical science liaison
 * answers the oncologists' questions. Scenes:
 *
 * <ul>
 *   <li>a lawful basis recorded for each person whose transfers are disclosed, as Disclosure UK
 *       requires: consent for the lung cancer lead, who gave it, for her lecture fee; legitimate
 *       interests, which the ABPI has encouraged since December 2021, for the lead cancer
 *       pharmacist's symposium registration;
 *   <li>an other relevant decision maker who is not a healthcare professional, disclosed since
 *       January 2022: the deputy director of finance, recorded as one ({@code uk.decisionMaker})
 *       with legitimate interests as his basis, paid for an advisory board on the budget impact of
 *       ambulatory chemotherapy; the EFPIA Disclosure Code itself covers only HCPs and HCOs, so the
 *       EFPIA pack notes his fee as out of its scope;
 *   <li>a specialty registrar whose conference registration, travel and accommodation were paid in
 *       January with no lawful basis recorded and no consent: the account's one error, {@code
 *       uk.lawful-basis.missing}, naming both transfers.
 * </ul>
 *
 * <p>The conference costs carry their EFPIA disclosure categories (EFPIA Disclosure Code:
 * contribution to costs of events), which the nature of payment does not settle; fees are settled
 * by their nature. The trust's financial year starts on 1 April, as the NHS's does.
 */
final class SampleNhsTrust {
  static final AccountId ID = AccountId.of("severnvale-nhs-trust");

  private static final ProductId ONCOXA = SamplePortfolio.ONCOXA;
  private static final IndicationId ONCOXA_NSCLC = IndicationId.of("oncoxa-nsclc-1l");
  private static final ProductId CARDIVA = ProductId.of("cardiva");
  private static final ProductId VENIFLO = SamplePortfolio.VENIFLO;
  private static final IndicationId VENIFLO_INFUSION =
      IndicationId.of("veniflo-ambulatory-infusion");

  private static final StakeholderId LUNG_LEAD = StakeholderId.of("svh-dr-carter");
  private static final StakeholderId PHARMACIST = StakeholderId.of("svh-lead-cancer-pharmacist");
  static final StakeholderId FINANCE = StakeholderId.of("svh-deputy-finance-director");
  static final StakeholderId REGISTRAR = StakeholderId.of("svh-dr-fletcher");
  private static final StakeholderId DAY_UNIT_MANAGER = StakeholderId.of("svh-day-unit-manager");

  private static final TeamMemberId KAM = TeamMemberId.of("team-kam-oliver-hughes");
  private static final TeamMemberId MSL = TeamMemberId.of("team-msl-rebecca-shaw");

  private static final SiteId HOSPITAL = SiteId.of("svh-royal-hospital");
  private static final SiteId CANCER_CENTRE = SiteId.of("svh-cancer-centre");
  private static final ClinicalUnitId ONCOLOGY = ClinicalUnitId.of("svh-oncology");
  private static final ClinicalUnitId CARDIOLOGY = ClinicalUnitId.of("svh-cardiology");
  private static final ClinicalUnitId DAY_UNIT = ClinicalUnitId.of("svh-chemotherapy-day-unit");

  private static final DecisionBodyId DTC = DecisionBodyId.of("svh-drugs-and-therapeutics");

  private static final NeedId CAPACITY = NeedId.of("svh-need-day-unit-capacity");
  private static final ObjectiveId PATHWAY = ObjectiveId.of("svh-obj-oncoxa-pathway");
  private static final ObjectiveId VENIFLO_EVALUATION = ObjectiveId.of("svh-obj-veniflo-day-unit");

  private static final InteractionId ADVISORY_BOARD_MEETING =
      InteractionId.of("svh-int-advisory-board");
  private static final ServiceAgreementId LECTURE = ServiceAgreementId.of("svh-sa-lecture-2026");
  private static final ServiceAgreementId ADVISORY_BOARD =
      ServiceAgreementId.of("svh-sa-advisory-board-2026");

  /**
   * When each of our indications was approved in Great Britain, which the seed catalogue does not
   * record (an EU approval no longer covers GB from 2021; {@code IndicationApproval}). The MHRA
   * converted every centrally authorised EU medicine into a GB marketing authorisation on 1 January
   * 2021, Cardiva's among them; Oncoxa's first-line NSCLC indication, authorised in the EU in
   * September 2022, came through the MHRA's EC Decision Reliance Procedure; the Veniflo pump's CE
   * marking has been recognised in Great Britain throughout.
   */
  private static final Map<IndicationId, LocalDate> GREAT_BRITAIN =
      Map.of(
          ONCOXA_NSCLC,
          date(2022, 11, 15),
          IndicationId.of("cardiva-hfref"),
          date(2021, 1, 1),
          VENIFLO_INFUSION,
          date(2021, 1, 1));

  private SampleNhsTrust() {}

  /**
   * {@code product}'s indications, each of ours with its Great Britain approval: what the trust's
   * whitespace is judged against. Every account's products carry them, as the portfolio's catalogue
   * requires.
   */
  static List<Indication> withGreatBritainApprovals(Product product) {
    List<Indication> indications = new ArrayList<>();
    for (Indication i : product.indications()) {
      indications.add(
          Optional.ofNullable(GREAT_BRITAIN.get(i.id()))
              .map(
                  day ->
                      Indication.builder()
                          .from(i)
                          .addApproval(
                              IndicationApproval.builder()
                                  .jurisdiction("GB")
                                  .approvedOn(day)
                                  .build())
                          .build())
              .orElse(i));
    }
    return indications;
  }

  /** The account, its products described as in {@link SeedAccounts#riversideHealth()}. */
  static KeyAccount keyAccount() {
    KeyAccount riverside = SeedAccounts.riversideHealth();
    return KeyAccount.builder()
        .account(account())
        .stakeholders(stakeholders())
        .addDecisionBody(
            DecisionBody.builder()
                .id(DTC)
                .name("Drugs and Therapeutics Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecisions(DecisionType.FORMULARY_LISTING, DecisionType.CLINICAL_PROTOCOL)
                .addMeetingDates(
                    date(2026, 7, 8), date(2026, 9, 9), date(2026, 11, 11), date(2027, 1, 13))
                .build())
        .addTeam(
            TeamMember.builder()
                .id(KAM)
                .name("Oliver Hughes")
                .function(TeamFunction.KEY_ACCOUNT_MANAGER)
                .addIncentives(Incentive.SALES_QUOTA, Incentive.SALES_BASED_BONUS)
                .build(),
            TeamMember.builder()
                .id(MSL)
                .name("Dr Rebecca Shaw")
                .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
                .addIncentive(Incentive.OBJECTIVES_BONUS)
                .build())
        .addRelationships(
            held(KAM, PHARMACIST, RelationshipStrength.STRONG, date(2023, 4, 1), "2026-10-28"),
            held(KAM, FINANCE, RelationshipStrength.WORKING, date(2026, 9, 1), "2026-10-14"),
            held(KAM, LUNG_LEAD, RelationshipStrength.WORKING, date(2022, 6, 1), "2026-10-21"),
            held(
                KAM,
                DAY_UNIT_MANAGER,
                RelationshipStrength.WORKING,
                date(2025, 2, 1),
                "2026-10-28"),
            held(MSL, LUNG_LEAD, RelationshipStrength.TRUSTED, date(2021, 9, 1), "2026-09-24"),
            held(MSL, REGISTRAR, RelationshipStrength.WORKING, date(2025, 8, 1), "2026-09-24"))
        .addProducts(
            riverside.product(ONCOXA).orElseThrow(),
            riverside.product(CARDIVA).orElseThrow(),
            riverside.product(VENIFLO).orElseThrow(),
            riverside.product(ProductId.of("rivalimab")).orElseThrow())
        .addFormulary(
            listed(ONCOXA, FormularyStatus.ON_FORMULARY, date(2023, 5, 10), DTC),
            listed(CARDIVA, FormularyStatus.ON_FORMULARY, date(2020, 2, 12), DTC))
        .addWhitespace(
            cell(ONCOXA, ONCOLOGY, WhitespaceStatus.SOLD).indication(ONCOXA_NSCLC).build(),
            cell(ONCOXA, DAY_UNIT, WhitespaceStatus.SOLD).indication(ONCOXA_NSCLC).build(),
            cell(VENIFLO, DAY_UNIT, WhitespaceStatus.OPEN)
                .indication(VENIFLO_INFUSION)
                .estimatedValue(gbp("70000.00"))
                .build(),
            cell(CARDIVA, CARDIOLOGY, WhitespaceStatus.COMPETITOR_HELD)
                .competitorProduct("Cardiomax")
                .build())
        .plan(plan())
        .interactions(interactions())
        .addServiceAgreements(
            ServiceAgreement.builder()
                .id(LECTURE)
                .kind(ServiceKind.SPEAKING)
                .stakeholder(LUNG_LEAD)
                .signedOn(date(2026, 4, 2))
                .compensationSetOn(date(2026, 4, 2))
                .compensationBasis(CompensationBasis.PER_SERVICE)
                .start(date(2026, 4, 2))
                .end(date(2027, 3, 31))
                .build(),
            ServiceAgreement.builder()
                .id(ADVISORY_BOARD)
                .kind(ServiceKind.ADVISORY_BOARD)
                .stakeholder(FINANCE)
                .signedOn(date(2026, 5, 20))
                .compensationSetOn(date(2026, 5, 20))
                .compensationBasis(CompensationBasis.FIXED_FEE)
                .start(date(2026, 6, 18))
                .end(date(2026, 6, 18))
                .build())
        .transfersOfValue(transfers())
        .build();
  }

  private static Account account() {
    return Account.builder()
        .id(ID)
        .name("Severnvale Hospitals NHS Foundation Trust")
        .kind(AccountKind.HOSPITAL)
        .country("GB")
        .region("South West")
        .tier(AccountTier.TIER_2)
        .addSites(
            Site.builder()
                .id(HOSPITAL)
                .name("Severnvale Royal Hospital")
                .kind(SiteKind.HOSPITAL)
                .beds(860)
                .addClinicalUnits(
                    unit(ONCOLOGY, "Oncology", "Oncology"),
                    unit(CARDIOLOGY, "Cardiology", "Cardiology"))
                .build(),
            Site.builder()
                .id(CANCER_CENTRE)
                .name("Severnvale Cancer Centre")
                .kind(SiteKind.INFUSION_CENTRE)
                .beds(36)
                .addClinicalUnit(unit(DAY_UNIT, "Chemotherapy Day Unit", "Infusion therapy"))
                .build())
        .profile(
            AccountProfile.builder()
                .beds(896)
                .facilityCount(2)
                .ownership(Ownership.GOVERNMENT)
                .ehrSystem("Cerner Millennium")
                .fiscalYearStart(MonthDay.of(4, 1))
                .addAnnualVolumes(
                    AnnualVolume.builder()
                        .fiscalYear(2024)
                        .netRevenue(gbp("910000.00"))
                        .units(new BigDecimal("1650"))
                        .build(),
                    AnnualVolume.builder()
                        .fiscalYear(2025)
                        .netRevenue(gbp("980000.00"))
                        .units(new BigDecimal("1760"))
                        .build())
                .build())
        .build();
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person(LUNG_LEAD, "Dr Helen Carter", "Consultant Medical Oncologist; Lung Cancer Lead")
            .function(StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.ADVOCATE)
            .site(HOSPITAL)
            .clinicalUnit(ONCOLOGY)
            .addCommitteeMembership(CommitteeMembership.of(DTC, CommitteeRole.VOTING_MEMBER))
            .hcp(british(HcpProfession.PHYSICIAN, "GMC 4719253", Optional.of(true)))
            .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.CONSENT))
            .build(),
        person(PHARMACIST, "Amira Hassan", "Lead Cancer Pharmacist")
            .function(StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.SUPPORTER)
            .site(CANCER_CENTRE)
            .addCommitteeMembership(CommitteeMembership.of(DTC, CommitteeRole.VOTING_MEMBER))
            .hcp(british(HcpProfession.PHARMACIST, "GPhC 2057318", Optional.empty()))
            .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.LEGITIMATE_INTERESTS))
            .build(),
        // not an HCP: the compliance team records him as an other relevant decision maker
        person(FINANCE, "Graham Whitfield", "Deputy Director of Finance")
            .function(StakeholderFunction.FINANCE)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .addCommitteeMembership(CommitteeMembership.of(DTC, CommitteeRole.VOTING_MEMBER))
            .addFact(Fact.of(UkFacts.DECISION_MAKER, true))
            .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.LEGITIMATE_INTERESTS))
            .build(),
        // neither a lawful basis nor consent recorded
        person(REGISTRAR, "Dr Tom Fletcher", "Specialty Registrar, Medical Oncology")
            .function(StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.LOW)
            .sentiment(Sentiment.SUPPORTER)
            .reportsTo(LUNG_LEAD)
            .site(HOSPITAL)
            .clinicalUnit(ONCOLOGY)
            .hcp(british(HcpProfession.PHYSICIAN, "GMC 7381046", Optional.empty()))
            .build(),
        person(DAY_UNIT_MANAGER, "Sarah Doyle", "Chemotherapy Day Unit Manager")
            .function(StakeholderFunction.NURSING)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.MANAGER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .site(CANCER_CENTRE)
            .clinicalUnit(DAY_UNIT)
            .hcp(british(HcpProfession.REGISTERED_NURSE, "NMC 02A1457E", Optional.empty()))
            .build());
  }

  private static AccountPlan plan() {
    return AccountPlan.builder()
        .name("Severnvale account plan 2026/27")
        .status(PlanStatus.ACTIVE)
        .owner(KAM)
        .periodStart(date(2026, 4, 1))
        .periodEnd(date(2027, 3, 31))
        .addStrategicPriorities(
            "Keep Oncoxa in the trust's first-line lung cancer pathway",
            "Help the chemotherapy day unit treat more patients in its chairs")
        .addNeed(
            AccountNeed.builder()
                .id(CAPACITY)
                .description("The chemotherapy day unit runs at capacity; treatment starts slip")
                .category(NeedCategory.PATIENT_ACCESS)
                .build())
        .needsSegment(NeedCategory.PATIENT_ACCESS)
        .addObjectives(
            Objective.builder()
                .id(PATHWAY)
                .title("Keep Oncoxa first line in the trust's lung cancer pathway")
                .measure("Pathway re-approved by the drugs and therapeutics committee")
                .startDate(date(2026, 4, 1))
                .dueDate(date(2026, 11, 11))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(KAM)
                .product(ONCOXA)
                .indication(ONCOXA_NSCLC)
                .build(),
            Objective.builder()
                .id(VENIFLO_EVALUATION)
                .title("Agree a Veniflo evaluation in the chemotherapy day unit")
                .measure("A 20-patient evaluation agreed with the day unit and pharmacy")
                .dueDate(date(2027, 3, 31))
                .status(ObjectiveStatus.NOT_STARTED)
                .owner(KAM)
                .product(VENIFLO)
                .indication(VENIFLO_INFUSION)
                .addNeed(CAPACITY)
                .addClinicalUnit(DAY_UNIT)
                .build())
        .addActions(
            Action.builder()
                .id(ActionId.of("svh-act-budget-impact-model"))
                .title("Present the Oncoxa budget impact model to pharmacy and finance")
                .owner(KAM)
                .dueDate(date(2026, 10, 30))
                .status(ActionStatus.COMPLETED)
                .completedOn(date(2026, 10, 14))
                .addObjective(PATHWAY)
                .addStakeholders(PHARMACIST, FINANCE)
                .build(),
            Action.builder()
                .id(ActionId.of("svh-act-day-unit-workshop"))
                .title("Run a chair-capacity workshop with the day unit")
                .owner(KAM)
                .dueDate(date(2026, 12, 4))
                .status(ActionStatus.PLANNED)
                .addObjective(VENIFLO_EVALUATION)
                .addStakeholders(DAY_UNIT_MANAGER, PHARMACIST)
                .addNeed(CAPACITY)
                .build())
        .addKpi(
            Kpi.builder()
                .id(KpiId.of("svh-kpi-oncoxa-share"))
                .name("Oncoxa share of first-line NSCLC")
                .kind(KpiKind.LAGGING)
                .perspective(KpiPerspective.COMPANY)
                .unit(KpiUnit.PERCENT)
                .target(new BigDecimal("50"))
                .current(new BigDecimal("47"))
                .measuredOn(date(2026, 9, 30))
                .objective(PATHWAY)
                .build())
        .valueProposition(
            ValueProposition.builder()
                .statement("Oncoxa first line, given three-weekly, keeps day-unit chairs free")
                .businessRationale("Fewer day-unit visits per patient at a stable drug budget")
                .clinicalRationale("First-line NSCLC per the licensed indication")
                .addProduct(ONCOXA)
                .reviewedOn(date(2026, 7, 21))
                .build())
        .addCompetitiveLandscape(
            CompetitorPosition.builder()
                .competitor("Rivaltis Pharma")
                .addCompetitorProduct("Rivalimab")
                .addCompetesWith(ONCOXA)
                .threat(ThreatLevel.HIGH)
                .strengths("A regional framework price below ours")
                .weaknesses("Every-two-week dosing takes more day-unit chair time")
                .build(),
            CompetitorPosition.builder()
                .competitor("Cardionex")
                .addCompetitorProduct("Cardiomax")
                .addCompetesWith(CARDIVA)
                .threat(ThreatLevel.MEDIUM)
                .strengths("Holds the trust's heart-failure formulary place")
                .build())
        .addUpdates(
            date(2026, 4, 14),
            date(2026, 6, 2),
            date(2026, 7, 21),
            date(2026, 9, 8),
            date(2026, 10, 14),
            date(2026, 10, 21))
        .addReviews(date(2026, 4, 28), date(2026, 7, 21), date(2026, 10, 20))
        .build();
  }

  private static List<Interaction> interactions() {
    return List.of(
        Interaction.builder()
            .id(ADVISORY_BOARD_MEETING)
            .date(date(2026, 6, 18))
            .channel(Channel.IN_PERSON)
            .addTeamMember(KAM)
            .addStakeholder(FINANCE)
            .purpose("Advisory board: the budget impact of ambulatory chemotherapy")
            .rationale("Market access needs NHS finance advice on how trusts cost day-unit care")
            .build(),
        Interaction.builder()
            .id(InteractionId.of("svh-int-msl-survival-data"))
            .date(date(2026, 9, 24))
            .channel(Channel.REMOTE)
            .addTeamMember(MSL)
            .addStakeholders(LUNG_LEAD, REGISTRAR)
            .purpose("Scientific exchange on five-year first-line survival data")
            .rationale("Medical exchange requested by the lung cancer lead")
            .unsolicitedRequest(true)
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        Interaction.builder()
            .id(InteractionId.of("svh-int-budget-impact"))
            .date(date(2026, 10, 14))
            .channel(Channel.IN_PERSON)
            .addTeamMember(KAM)
            .addStakeholders(PHARMACIST, FINANCE)
            .decisionBody(DTC)
            .purpose("Oncoxa budget impact for the November committee")
            .rationale("The committee re-approves the lung cancer pathway on 11 November")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        Interaction.builder()
            .id(InteractionId.of("svh-int-lung-pathway"))
            .date(date(2026, 10, 21))
            .channel(Channel.IN_PERSON)
            .addTeamMember(KAM)
            .addStakeholder(LUNG_LEAD)
            .purpose("The lung cancer pathway ahead of its re-approval")
            .rationale("The lung cancer lead presents the pathway to the committee")
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        Interaction.builder()
            .id(InteractionId.of("svh-int-day-unit-capacity"))
            .date(date(2026, 10, 28))
            .channel(Channel.IN_PERSON)
            .addTeamMember(KAM)
            .addStakeholders(DAY_UNIT_MANAGER, PHARMACIST)
            .purpose("Day-unit chair capacity and ambulatory infusion")
            .rationale("The day unit asked what ambulatory pumps would change in its rota")
            .addProductsDiscussed(ProductDiscussion.of(VENIFLO, Optional.of(VENIFLO_INFUSION)))
            .build());
  }

  private static List<TransferOfValue> transfers() {
    return List.of(
        transfer("svh-tov-registrar-registration", date(2026, 1, 29), "450.00", REGISTRAR)
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.EDUCATION)
            .description("Registration, national thoracic oncology conference")
            .addFact(Fact.of(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_REGISTRATION_FEES))
            .build(),
        transfer("svh-tov-registrar-travel", date(2026, 1, 29), "410.00", REGISTRAR)
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.TRAVEL_AND_LODGING)
            .description("Rail travel and two nights, national thoracic oncology conference")
            .addFact(Fact.of(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_TRAVEL_AND_ACCOMMODATION))
            .build(),
        transfer("svh-tov-lung-lead-lecture", date(2026, 5, 14), "1000.00", LUNG_LEAD)
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
            .agreement(LECTURE)
            .addRelatedProduct(ONCOXA)
            .description("Lecture at the regional lung cancer education evening")
            .build(),
        transfer("svh-tov-finance-advisory-fee", date(2026, 6, 18), "600.00", FINANCE)
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.CONSULTING_FEE)
            .agreement(ADVISORY_BOARD)
            .interaction(ADVISORY_BOARD_MEETING)
            .description("Advisory board on the budget impact of ambulatory chemotherapy")
            .build(),
        transfer("svh-tov-pharmacist-registration", date(2026, 10, 9), "395.00", PHARMACIST)
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.EDUCATION)
            .description("Registration, oncology pharmacy symposium")
            .addFact(Fact.of(EfpiaFacts.CATEGORY, EfpiaCategory.EVENT_REGISTRATION_FEES))
            .build());
  }

  private static TransferOfValue.Builder transfer(
      String id, LocalDate date, String amount, StakeholderId recipient) {
    return TransferOfValue.builder()
        .id(TransferOfValueId.of(id))
        .date(date)
        .amount(gbp(amount))
        .recipient(recipient);
  }

  private static HcpIdentity british(
      HcpProfession profession, String registration, Optional<Boolean> consent) {
    return HcpIdentity.builder()
        .profession(profession)
        .countryOfPractice("GB")
        .nationalRegistration(registration)
        .disclosureConsent(consent)
        .build();
  }

  private static Money gbp(String amount) {
    return Money.of(amount, "GBP");
  }
}
