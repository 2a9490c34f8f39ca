package dev.kamkit.json;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
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
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.committee.SubmissionDecision;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.ThirdPartyKind;
import dev.kamkit.model.engagement.ThirdPartyRecipient;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.plan.InitiativeStatus;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.KpiKind;
import dev.kamkit.model.plan.KpiPerspective;
import dev.kamkit.model.plan.KpiUnit;
import dev.kamkit.model.plan.NeedCategory;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.SwotAnalysis;
import dev.kamkit.model.plan.ThreatLevel;
import dev.kamkit.model.plan.ValueProposition;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.FormularyRestriction;
import dev.kamkit.model.portfolio.FormularyStatus;
import dev.kamkit.model.portfolio.Indication;
import dev.kamkit.model.portfolio.IndicationApproval;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.ProductCoverage;
import dev.kamkit.model.portfolio.ProductKind;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.stakeholder.TrainingStatus;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.france.FranceFacts;
import dev.kamkit.rules.compliance.france.FrenchKind;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsFacts;
import dev.kamkit.rules.compliance.uk.LawfulBasis;
import dev.kamkit.rules.compliance.uk.UkFacts;
import dev.kamkit.rules.engagement.Factor;
import dev.kamkit.rules.engagement.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * Hand-built key accounts for the JSON tests: the smallest valid one, one that sets every attribute
 * of every type at least once, and a portfolio sharing products and team members.
 */
final class Fixtures {
  static final ProductId ONCOXA = ProductId.of("oncoxa");
  static final ProductId RIVALIB = ProductId.of("rivalib");
  static final ProductId INFUSOR = ProductId.of("infusor");
  static final IndicationId NSCLC = IndicationId.of("oncoxa-nsclc-1l");
  static final IndicationId SCLC = IndicationId.of("oncoxa-sclc");
  static final DecisionBodyId SYSTEM_PT = DecisionBodyId.of("pt-system");
  static final DecisionBodyId MAIN_VAC = DecisionBodyId.of("vac-main");
  static final SiteId MAIN = SiteId.of("site-main");
  static final SiteId EAST = SiteId.of("site-east");
  static final ClinicalUnitId ONCOLOGY = ClinicalUnitId.of("cu-main-onc");
  static final ClinicalUnitId CARDIOLOGY = ClinicalUnitId.of("cu-main-card");
  static final ClinicalUnitId EAST_ONCOLOGY = ClinicalUnitId.of("cu-east-onc");
  static final StakeholderId CHAMPION = StakeholderId.of("s-okafor");
  static final StakeholderId PHARMACY = StakeholderId.of("s-lindqvist");
  static final StakeholderId CFO = StakeholderId.of("s-brennan");
  static final StakeholderId NURSE = StakeholderId.of("s-mbeki");
  static final TeamMemberId KAM = TeamMemberId.of("tm-kam");
  static final TeamMemberId MSL = TeamMemberId.of("tm-msl");

  private Fixtures() {}

  /** Only what the model requires. */
  static KeyAccount minimalAccount() {
    return KeyAccount.builder()
        .account(
            Account.builder()
                .id(AccountId.of("a-1"))
                .name("Mercy Clinic")
                .kind(AccountKind.CLINIC)
                .country("US")
                .build())
        .build();
  }

  static Product oncoxa() {
    return Product.builder()
        .id(ONCOXA)
        .name("Oncoxa")
        .kind(ProductKind.BIOLOGICAL)
        .therapeuticArea("Oncology")
        .addIndication(
            Indication.builder()
                .id(NSCLC)
                .name("Metastatic non-small cell lung cancer, first line")
                .therapeuticArea("Thoracic oncology")
                .addApproval(
                    IndicationApproval.builder()
                        .jurisdiction("US")
                        .approvedOn(LocalDate.of(2024, 5, 14))
                        .build())
                .addApproval(
                    IndicationApproval.builder()
                        .jurisdiction("EU")
                        .approvedOn(LocalDate.of(2024, 11, 2))
                        .build())
                .build())
        .addIndication(
            Indication.builder()
                .id(SCLC)
                .name("Small cell lung cancer, second line")
                .addApproval(
                    IndicationApproval.builder()
                        .jurisdiction("US")
                        .approvedOn(LocalDate.of(2022, 1, 10))
                        .withdrawnOn(LocalDate.of(2025, 6, 30))
                        .build())
                .build())
        .ndc("50242-0917-01")
        .coverage(ProductCoverage.COVERED)
        .putAttribute("crm.brandCode", AttributeValue.text("ONX"))
        .build();
  }

  /** A covered infusion pump with its device identifier: the device properties of a product. */
  static Product infusor() {
    return Product.builder()
        .id(INFUSOR)
        .name("Infusor")
        .kind(ProductKind.DEVICE)
        .therapeuticArea("Infusion therapy")
        .deviceIdentifier("00812345678901")
        .coverage(ProductCoverage.COVERED)
        .build();
  }

  static Product rivalib() {
    return Product.builder()
        .id(RIVALIB)
        .name("Rivalib")
        .kind(ProductKind.DRUG)
        .therapeuticArea("Oncology")
        .competitor(true)
        .build();
  }

  static TeamMember kam() {
    return TeamMember.builder()
        .id(KAM)
        .name("Jordan Reyes")
        .function(TeamFunction.KEY_ACCOUNT_MANAGER)
        .putAttribute("crm.userId", AttributeValue.text("005Dn000001AbCd"))
        .build();
  }

  static TeamMember msl() {
    return TeamMember.builder()
        .id(MSL)
        .name("Dr. Priya Nair")
        .function(TeamFunction.MEDICAL_SCIENCE_LIAISON)
        .leftOn(LocalDate.of(2026, 12, 31))
        .build();
  }

  /** Every attribute of every type set at least once. */
  static KeyAccount fullAccount() {
    return KeyAccount.builder()
        .account(account())
        .addStakeholder(
            Stakeholder.builder()
                .id(CHAMPION)
                .name("Dr. Ada Okafor")
                .title("Chief of Thoracic Oncology")
                .function(StakeholderFunction.CLINICAL)
                .addBuyingRole(BuyingRole.CLINICAL_CHAMPION)
                .addBuyingRole(BuyingRole.USER)
                .addCommitteeMembership(
                    CommitteeMembership.of(SYSTEM_PT, CommitteeRole.VOTING_MEMBER))
                .sentiment(Sentiment.ADVOCATE)
                .influence(Influence.HIGH)
                .seniority(Seniority.DEPARTMENT_HEAD)
                .reportsTo(CFO)
                .status(StakeholderStatus.RETIRING)
                .departureDate(LocalDate.of(2027, 3, 31))
                .site(MAIN)
                .clinicalUnit(ONCOLOGY)
                .hcp(
                    HcpIdentity.builder()
                        .profession(HcpProfession.PHYSICIAN)
                        .trainingStatus(TrainingStatus.PRACTISING)
                        .npi(Npi.of("1234567893"))
                        .addLicenseState("OH")
                        .addLicenseState("PA")
                        .specialty(
                            "Allopathic & Osteopathic Physicians|Internal Medicine|Medical"
                                + " Oncology")
                        .countryOfPractice("US")
                        .nationalRegistration("OH-35.123456")
                        .disclosureConsent(true)
                        .build())
                .manufacturerEmployment(
                    ManufacturerEmployment.builder()
                        .basis(EmploymentBasis.CONTRACTOR)
                        .since(LocalDate.of(2024, 1, 1))
                        .until(LocalDate.of(2026, 12, 31))
                        .build())
                .addFact(Fact.of(UkFacts.LAWFUL_BASIS, LawfulBasis.LEGITIMATE_INTERESTS))
                .addFact(Fact.of(UkFacts.DECISION_MAKER, true))
                .putAttribute("veeva.Segment__c", AttributeValue.text("A1"))
                .putAttribute("veeva.Decile__c", AttributeValue.number("9"))
                .putAttribute("speakerBureau", AttributeValue.flag(true))
                .putAttribute("lastKolReview", AttributeValue.date(LocalDate.of(2026, 2, 1)))
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id(PHARMACY)
                .name("Erik Lindqvist")
                .title("System Director of Pharmacy")
                .function(StakeholderFunction.PHARMACY)
                .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
                .addCommitteeMembership(CommitteeMembership.of(SYSTEM_PT, CommitteeRole.CHAIR))
                .sentiment(Sentiment.SCEPTIC)
                .influence(Influence.DECISIVE)
                .seniority(Seniority.SENIOR_LEADER)
                .reportsTo(CFO)
                .hcp(HcpIdentity.builder().profession(HcpProfession.PHARMACIST).build())
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id(CFO)
                .name("Maeve Brennan")
                .title("Chief Financial Officer")
                .function(StakeholderFunction.FINANCE)
                .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
                .seniority(Seniority.EXECUTIVE)
                .build())
        .addStakeholder(
            Stakeholder.builder()
                .id(NURSE)
                .name("Thandi Mbeki")
                .function(StakeholderFunction.NURSING)
                .status(StakeholderStatus.DEPARTED)
                .departureDate(LocalDate.of(2025, 9, 30))
                .site(EAST)
                .build())
        .addInfluence(StakeholderInfluence.of(CHAMPION, PHARMACY, Influence.HIGH))
        .addInfluence(StakeholderInfluence.of(PHARMACY, CFO, Influence.MEDIUM))
        .addDecisionBody(
            DecisionBody.builder()
                .id(SYSTEM_PT)
                .name("System P&T Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.FORMULARY_LISTING)
                .addDecision(DecisionType.PRODUCT_STANDARDISATION)
                .addMeetingDate(LocalDate.of(2027, 2, 10))
                .addMeetingDate(LocalDate.of(2026, 11, 12))
                .putAttribute("quorum", AttributeValue.number("7"))
                .build())
        .addDecisionBody(
            DecisionBody.builder()
                .id(MAIN_VAC)
                .name("Riverside Main Value Analysis Committee")
                .kind(DecisionBodyKind.VALUE_ANALYSIS)
                .scope(DecisionScope.SITE)
                .site(MAIN)
                .build())
        .addTeam(kam())
        .addTeam(msl())
        .addRelationship(
            Relationship.builder()
                .teamMember(KAM)
                .stakeholder(CHAMPION)
                .strength(RelationshipStrength.TRUSTED)
                .since(LocalDate.of(2021, 4, 1))
                .lastInteraction(LocalDate.of(2026, 10, 2))
                .build())
        .addRelationship(
            Relationship.builder()
                .teamMember(MSL)
                .stakeholder(CHAMPION)
                .strength(RelationshipStrength.STRONG)
                .build())
        .addRelationship(
            Relationship.builder()
                .teamMember(KAM)
                .stakeholder(PHARMACY)
                .strength(RelationshipStrength.ACQUAINTED)
                .lastInteraction(LocalDate.of(2026, 6, 20))
                .build())
        .addProduct(oncoxa())
        .addProduct(rivalib())
        .addProduct(infusor())
        .addWhitespace(
            WhitespaceCell.builder()
                .product(ONCOXA)
                .clinicalUnit(ONCOLOGY)
                .status(WhitespaceStatus.SOLD)
                .indication(NSCLC)
                .estimatedValue(Money.of("1250000.00", "USD"))
                .build())
        .addWhitespace(
            WhitespaceCell.builder()
                .product(ONCOXA)
                .clinicalUnit(EAST_ONCOLOGY)
                .status(WhitespaceStatus.COMPETITOR_HELD)
                .indication(NSCLC)
                .competitorProduct("Rivalib")
                .build())
        .addWhitespace(
            WhitespaceCell.builder()
                .product(ONCOXA)
                .clinicalUnit(CARDIOLOGY)
                .status(WhitespaceStatus.NOT_INDICATED)
                .build())
        .addFormulary(
            FormularyEntry.builder()
                .product(ONCOXA)
                .status(FormularyStatus.UNDER_REVIEW)
                .effectiveFrom(LocalDate.of(2025, 9, 1))
                .build())
        .addFormulary(
            FormularyEntry.builder()
                .product(ONCOXA)
                .status(FormularyStatus.RESTRICTED)
                .effectiveFrom(LocalDate.of(2026, 1, 15))
                .tier(2)
                .addRestriction(FormularyRestriction.PRIOR_AUTHORIZATION)
                .addRestriction(FormularyRestriction.PRESCRIBER_RESTRICTION)
                .decidedBy(SYSTEM_PT)
                .build())
        .plan(plan())
        .addInteraction(
            Interaction.builder()
                .id(InteractionId.of("i-1"))
                .date(LocalDate.of(2026, 10, 2))
                .channel(Channel.IN_PERSON)
                .addTeamMember(KAM)
                .addStakeholder(CHAMPION)
                .addStakeholder(PHARMACY)
                .decisionBody(SYSTEM_PT)
                .purpose("Formulary review preparation")
                .rationale("Present the NSCLC outcomes data the P&T committee asked for")
                .addProductsDiscussed(ProductDiscussion.of(ONCOXA, java.util.Optional.of(NSCLC)))
                .putAttribute("veeva.CallId", AttributeValue.text("a0C5f000002XyZ"))
                .build())
        .addInteraction(
            Interaction.builder()
                .id(InteractionId.of("i-2"))
                .date(LocalDate.of(2026, 11, 20))
                .channel(Channel.REMOTE)
                .status(InteractionStatus.PLANNED)
                .addTeamMember(MSL)
                .addStakeholder(CHAMPION)
                .purpose("Answer an unsolicited question on small cell data")
                .addProductsDiscussed(ProductDiscussion.of(ONCOXA, java.util.Optional.of(SCLC)))
                .unsolicitedRequest(true)
                .build())
        .addInteraction(
            Interaction.builder()
                .id(InteractionId.of("i-3"))
                .date(LocalDate.of(2026, 9, 24))
                .channel(Channel.IN_PERSON)
                .addTeamMember(MSL)
                .addStakeholder(NURSE)
                .addStakeholder(PHARMACY)
                .purpose("Speaker programme: first-line NSCLC in practice")
                .rationale(
                    "Attendees treat first-line NSCLC and asked for an update on side effects")
                .addProductsDiscussed(ProductDiscussion.of(ONCOXA, java.util.Optional.of(NSCLC)))
                .speakerProgram(
                    SpeakerProgram.builder()
                        .topic("Managing first-line NSCLC immunotherapy in practice")
                        .speaker(CHAMPION)
                        .speakerChosenBy(MSL)
                        .venue(Venue.MEETING_ROOM)
                        .mealServed(true)
                        .addNeedRecordedFor(NURSE)
                        .therapeuticArea("Thoracic oncology")
                        .addIndications(NSCLC)
                        .build())
                .build())
        .addTransfersOfValue(
            TransferOfValue.builder()
                .id(TransferOfValueId.of("tov-1"))
                .date(LocalDate.of(2026, 9, 14))
                .amount(Money.of("1840.50", "USD"))
                .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
                .nature(NatureOfPayment.TRAVEL_AND_LODGING)
                .recipient(CHAMPION)
                .addRelatedProduct(ONCOXA)
                .travelDestination(
                    TravelDestination.builder().city("Chicago").state("IL").country("US").build())
                .interaction(InteractionId.of("i-1"))
                .description("Advisory board travel")
                .addFact(Fact.of(FranceFacts.KIND, FrenchKind.NIGHT))
                .addFact(Fact.of(FranceFacts.UNITS, 2L))
                .addFact(Fact.of(FranceFacts.HOURS, new BigDecimal("1.5")))
                .addFact(Fact.of(OpenPaymentsFacts.CONTEXTUAL_INFORMATION, "Board in Chicago"))
                .addFact(Fact.of(OpenPaymentsFacts.DELAY_IN_PUBLICATION, false))
                .addFact(Fact.of(OpenPaymentsFacts.DEVICE_LOAN_DAYS, 30L))
                .putAttribute("openPayments.recordId", AttributeValue.text("OP-2026-000123"))
                .thirdParty(
                    ThirdPartyRecipient.builder()
                        .kind(ThirdPartyKind.ENTITY)
                        .name("Riverside Oncology Associates")
                        .coveredRecipient(false)
                        .build())
                .build())
        .addTransfersOfValue(
            TransferOfValue.builder()
                .id(TransferOfValueId.of("tov-2"))
                .date(LocalDate.of(2026, 10, 2))
                .amount(Money.of("212.40", "USD"))
                .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
                .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
                .addAttendee(CHAMPION)
                .addAttendee(PHARMACY)
                .headcount(6)
                .build())
        .addTransfersOfValue(
            TransferOfValue.builder()
                .id(TransferOfValueId.of("tov-3"))
                .date(LocalDate.of(2026, 3, 1))
                .amount(Money.of("25000", "USD"))
                .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
                .nature(NatureOfPayment.GRANT)
                .organisation(AccountId.of("riverside"))
                .build())
        .addTransfersOfValue(
            TransferOfValue.builder()
                .id(TransferOfValueId.of("tov-4"))
                .date(LocalDate.of(2026, 4, 30))
                .amount(Money.of("9000.00", "USD"))
                .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
                .nature(NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
                .recipient(CHAMPION)
                .employmentCompensation(true)
                .build())
        .addOpportunities(
            Opportunity.builder()
                .id(OpportunityId.of("op-oncoxa-main"))
                .name("Oncoxa first line at Main oncology")
                .product(ONCOXA)
                .indication(NSCLC)
                .site(MAIN)
                .clinicalUnit(ONCOLOGY)
                .stage(OpportunityStage.NEGOTIATION)
                .amount(Money.of("1800000.00", "USD"))
                .probability(60)
                .expectedClose(LocalDate.of(2026, 12, 15))
                .owner(KAM)
                .addObjectives(ObjectiveId.of("o-listing"))
                .putAttribute("crm.forecastCategory", AttributeValue.text("Commit"))
                .build(),
            Opportunity.builder()
                .id(OpportunityId.of("op-oncoxa-east"))
                .name("Oncoxa at East oncology")
                .product(ONCOXA)
                .site(EAST)
                .stage(OpportunityStage.LOST)
                .amount(Money.of("400000.00", "USD"))
                .closedOn(LocalDate.of(2026, 6, 30))
                .lossReason("Competitor contract")
                .build())
        .addCommitteeSubmissions(
            CommitteeSubmission.builder()
                .id(CommitteeSubmissionId.of("cs-oncoxa-pt"))
                .name("Oncoxa, 1L NSCLC, System P&T")
                .decisionBody(SYSTEM_PT)
                .product(ONCOXA)
                .indication(NSCLC)
                .site(MAIN)
                .sponsor(CHAMPION)
                .owner(KAM)
                .targetMeeting(LocalDate.of(2027, 2, 10))
                .opportunity(OpportunityId.of("op-oncoxa-main"))
                .addSteps(
                    SubmissionStep.of(SubmissionStage.REQUEST, LocalDate.of(2026, 8, 3)),
                    SubmissionStep.decided(LocalDate.of(2026, 11, 12), SubmissionDecision.DEFERRED))
                .putAttribute("crm.submissionNumber", AttributeValue.text("PT-2026-041"))
                .build())
        .addCompetitorActivity(
            CompetitorActivity.builder()
                .competitor("Acme Pharma")
                .start(LocalDate.of(2026, 7, 1))
                .end(LocalDate.of(2026, 9, 30))
                .interactions(14)
                .addProducts(RIVALIB)
                .source("syndicated call data")
                .build())
        .build();
  }

  private static Account account() {
    return Account.builder()
        .id(AccountId.of("riverside"))
        .name("Riverside Health System")
        .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
        .parent(AccountId.of("northstar-alliance"))
        .country("US")
        .region("OH")
        .addSite(
            Site.builder()
                .id(MAIN)
                .name("Riverside Main Hospital")
                .kind(SiteKind.HOSPITAL)
                .beds(612)
                .region("OH")
                .addClinicalUnit(
                    ClinicalUnit.builder()
                        .id(ONCOLOGY)
                        .name("Thoracic Oncology")
                        .specialty("Oncology")
                        .build())
                .addClinicalUnit(ClinicalUnit.builder().id(CARDIOLOGY).name("Cardiology").build())
                .build())
        .addSite(
            Site.builder()
                .id(EAST)
                .name("Riverside East Infusion Centre")
                .kind(SiteKind.INFUSION_CENTRE)
                .addClinicalUnit(
                    ClinicalUnit.builder()
                        .id(EAST_ONCOLOGY)
                        .name("Infusion Oncology")
                        .specialty("Oncology")
                        .build())
                .build())
        .profile(
            AccountProfile.builder()
                .beds(1480)
                .facilityCount(9)
                .ownership(Ownership.NOT_FOR_PROFIT)
                .addGpoAffiliation(
                    GpoAffiliation.builder()
                        .gpoName("Vizient")
                        .gpoAccount(AccountId.of("vizient"))
                        .commitment(GpoCommitment.COMMITTED)
                        .since(LocalDate.of(2019, 7, 1))
                        .until(LocalDate.of(2027, 6, 30))
                        .build())
                .addContract(
                    Contract.builder()
                        .id(ContractId.of("c-2025-onx"))
                        .name("Oncoxa system agreement")
                        .kind(ContractKind.DIRECT_PURCHASE)
                        .status(ContractStatus.ACTIVE)
                        .start(LocalDate.of(2025, 7, 1))
                        .end(LocalDate.of(2027, 6, 30))
                        .addProduct(ONCOXA)
                        .value(Money.of("3400000", "USD"))
                        .build())
                .ehrSystem("Epic")
                .fiscalYearStart(MonthDay.of(7, 1))
                .addAnnualVolume(
                    AnnualVolume.builder()
                        .fiscalYear(2025)
                        .product(ONCOXA)
                        .units(new BigDecimal("1840.5"))
                        .netRevenue(Money.of("2984000.00", "USD"))
                        .build())
                .addAnnualVolume(
                    AnnualVolume.builder()
                        .fiscalYear(2025)
                        .netRevenue(Money.of("4120000", "USD"))
                        .build())
                .build())
        .tier(AccountTier.TIER_1)
        .addFact(Fact.of(Factor.UNMET_NEED.fact(), Rating.HIGH))
        .putAttribute("veeva.Account_Type", AttributeValue.text("Health System"))
        .putAttribute("crm.potentialScore", AttributeValue.number("87.50"))
        .putAttribute("isTeachingSystem", AttributeValue.flag(false))
        .putAttribute("nextContractReview", AttributeValue.date(LocalDate.of(2027, 1, 15)))
        .build();
  }

  private static AccountPlan plan() {
    ObjectiveId listing = ObjectiveId.of("o-listing");
    ObjectiveId access = ObjectiveId.of("o-access");
    NeedId cost = NeedId.of("n-cost");
    NeedId pathway = NeedId.of("n-pathway");
    return AccountPlan.builder()
        .name("Riverside 2027 account plan")
        .status(PlanStatus.ACTIVE)
        .owner(KAM)
        .periodStart(LocalDate.of(2026, 7, 1))
        .periodEnd(LocalDate.of(2027, 6, 30))
        .addStrategicPriority("Standardise oncology care across the system")
        .addStrategicPriority("Cut infusion chair wait times")
        .addNeed(
            AccountNeed.builder()
                .id(cost)
                .description("Drug spend growth under 4% a year")
                .category(NeedCategory.COST_CONTAINMENT)
                .build())
        .addNeed(
            AccountNeed.builder()
                .id(pathway)
                .description("Faster time from scan to first-line treatment")
                .category(NeedCategory.PATIENT_ACCESS)
                .build())
        .needsSegment(NeedCategory.CLINICAL_OUTCOMES)
        .addObjective(
            Objective.builder()
                .id(listing)
                .title("Unrestricted listing on the system formulary")
                .measure("Listed without prior authorisation by the system P&T committee")
                .startDate(LocalDate.of(2026, 7, 1))
                .dueDate(LocalDate.of(2027, 3, 31))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(KAM)
                .product(ONCOXA)
                .indication(NSCLC)
                .addNeed(pathway)
                .addClinicalUnit(ONCOLOGY)
                .revenueTarget(Money.of("2400000.00", "USD"))
                .build())
        .addObjective(
            Objective.builder()
                .id(access)
                .title("Second sponsor on the P&T committee before the champion retires")
                .build())
        .addAction(
            Action.builder()
                .id(ActionId.of("a-dossier"))
                .title("Submit the formulary dossier")
                .owner(KAM)
                .startDate(LocalDate.of(2026, 8, 1))
                .dueDate(LocalDate.of(2026, 9, 15))
                .status(ActionStatus.COMPLETED)
                .completedOn(LocalDate.of(2026, 9, 10))
                .addObjective(listing)
                .addStakeholder(PHARMACY)
                .addNeed(cost)
                .build())
        .addAction(
            Action.builder()
                .id(ActionId.of("a-dossier-econ"))
                .title("Budget impact model for the CFO")
                .parent(ActionId.of("a-dossier"))
                .addStakeholder(CFO)
                .status(ActionStatus.IN_PROGRESS)
                .build())
        .addKpi(
            Kpi.builder()
                .id(KpiId.of("k-starts"))
                .name("New patients started per quarter")
                .kind(KpiKind.LAGGING)
                .perspective(KpiPerspective.COMPANY)
                .unit(KpiUnit.NUMBER)
                .target(new BigDecimal("45"))
                .current(new BigDecimal("31"))
                .measuredOn(LocalDate.of(2026, 9, 30))
                .objective(listing)
                .build())
        .addKpi(
            Kpi.builder()
                .id(KpiId.of("k-wait"))
                .name("Share of patients treated within 14 days of scan")
                .kind(KpiKind.LEADING)
                .perspective(KpiPerspective.CUSTOMER)
                .unit(KpiUnit.PERCENT)
                .target(new BigDecimal("80.0"))
                .build())
        .valueProposition(
            ValueProposition.builder()
                .statement("Fewer hospital days per NSCLC patient in the first year")
                .businessRationale("Lower total cost of care under the system's ACO contracts")
                .clinicalRationale("Phase 3 overall survival data, within the approved label")
                .addProduct(ONCOXA)
                .reviewedOn(LocalDate.of(2026, 6, 2))
                .build())
        .addCompetitiveLandscape(
            CompetitorPosition.builder()
                .competitor("Acme Pharma")
                .addCompetitorProduct("Rivalib")
                .addCompetesWith(ONCOXA)
                .threat(ThreatLevel.HIGH)
                .strengths("Incumbent at the east infusion centre")
                .weaknesses("No first-line approval")
                .build())
        .swot(
            SwotAnalysis.builder()
                .addStrength("Trusted champion on the P&T committee")
                .addWeaknesses("Single-threaded through one KAM")
                .addOpportunity("System-wide standardisation in 2027")
                .addThreat("Champion retires in March 2027")
                .build())
        .addSharedValueInitiative(
            SharedValueInitiative.builder()
                .id(InitiativeId.of("svi-nav"))
                .name("Lung nodule navigation programme")
                .rationale("Shorter time to diagnosis; no product obligation attached")
                .status(InitiativeStatus.LAUNCHED)
                .launchedOn(LocalDate.of(2026, 4, 1))
                .addNeed(pathway)
                .addStakeholder(CHAMPION)
                .addTeamMember(MSL)
                .build())
        .jointBusinessPlan(
            JointBusinessPlan.builder()
                .agreedOn(LocalDate.of(2026, 7, 15))
                .addCustomerSponsor(CFO)
                .addJointObjective(listing)
                .nextJointReview(LocalDate.of(2027, 1, 20))
                .build())
        .addPatientPathway(
            PatientPathway.builder()
                .condition("Non-small cell lung cancer")
                .addStage(
                    PathwayStage.builder()
                        .name("Diagnosis")
                        .addPainPoint("Six weeks from scan to biopsy")
                        .addStakeholder(CHAMPION)
                        .build())
                .addStage(PathwayStage.builder().name("First-line treatment").build())
                .build())
        .addVoiceOfAccount(
            CustomerFeedback.builder()
                .date(LocalDate.of(2026, 6, 30))
                .netPromoterScore(32)
                .customerEffortScore(3)
                .relationshipScore(8)
                .source("Annual account survey")
                .build())
        .addUpdate(LocalDate.of(2026, 7, 2))
        .addUpdate(LocalDate.of(2026, 9, 12))
        .addReview(LocalDate.of(2026, 9, 30))
        .putAttribute("planTemplate", AttributeValue.text("KAM-2026"))
        .build();
  }

  /** Two accounts sharing a product and a team member. */
  static Portfolio portfolio() {
    KeyAccount riverside = fullAccount();
    KeyAccount mercy =
        KeyAccount.builder()
            .account(
                Account.builder()
                    .id(AccountId.of("mercy"))
                    .name("Mercy Regional Hospital")
                    .kind(AccountKind.HOSPITAL)
                    .parent(AccountId.of("riverside"))
                    .country("US")
                    .build())
            .addTeam(kam())
            .addProduct(oncoxa())
            .addFormulary(
                FormularyEntry.builder()
                    .product(ONCOXA)
                    .status(FormularyStatus.ON_FORMULARY)
                    .effectiveFrom(LocalDate.of(2026, 2, 1))
                    .build())
            .build();
    return Portfolio.builder().addAccount(riverside).addAccount(mercy).build();
  }
}
