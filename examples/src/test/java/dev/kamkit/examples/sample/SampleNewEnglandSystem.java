package dev.kamkit.examples.sample;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.account.AccountProfile;
import dev.kamkit.model.account.AccountTier;
import dev.kamkit.model.account.ClinicalUnit;
import dev.kamkit.model.account.GpoAffiliation;
import dev.kamkit.model.account.GpoCommitment;
import dev.kamkit.model.account.Ownership;
import dev.kamkit.model.account.Site;
import dev.kamkit.model.account.SiteKind;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.committee.SubmissionStep;
import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.CompensationBasis;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.ItemKind;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.ServiceKind;
import dev.kamkit.model.engagement.SpeakerProgram;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.Venue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.CommitteeSubmissionId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.Objective;
import dev.kamkit.model.plan.ObjectiveStatus;
import dev.kamkit.model.plan.PlanStatus;
import dev.kamkit.model.plan.ThreatLevel;
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
import dev.kamkit.model.stakeholder.Npi;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsFacts;
import dev.kamkit.rules.compliance.openpayments.StatutoryExclusion;
import dev.kamkit.rules.compliance.states.UsStatesFacts;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Northfield Health, a two-hospital New England system: its flagship, Northfield Medical Center, an
 * academic hospital in Boston, Massachusetts, and Green Mountain Community Hospital in Rutland,
 * Vermont. Each site records its state, so the US state laws pack judges each person's transfers
 * under the law of the state where that person works, whatever the account's own region says. Its
 * scenes walk the Massachusetts and Vermont rules (M.G.L. c.111N and 105 CMR 970; 18 V.S.A.
 * §§4631a, 4632), each at a boundary the pack documents:
 *
 * <ul>
 *   <li>a non-CME speaker programme in Boston on first-line Oncoxa in lung cancer, chosen and run
 *       by medical: the chief of oncology's speaker fee is over $50, so Massachusetts discloses it;
 *       the dinner came to $450.00 for nine, $50.00 a head, which is not over $50 and so not
 *       disclosed, but it is a meal at a non-CME presentation ({@code
 *       states.ma.nonCmePresentation}), which Massachusetts reports quarterly (105 CMR 970, §2A);
 *   <li>the Rutland oncologist came down for the programme: his share of the same dinner is judged
 *       under Vermont's law, not Massachusetts', and disclosed there as an allowable expenditure;
 *   <li>a thoracic oncology reference textbook the rep gave the Rutland oncologist, $100.00, the
 *       most the PhRMA Code allows for an educational item (section 11): a gift, which Vermont bans
 *       unless the company records the exception it relies on ({@code states.vt.permittedGift});
 *       the compliance team recorded one, in its own words, so it is disclosed as a permitted gift
 *       (kamkit takes the company at its word: the sources it checked do not itemise Vermont's
 *       permitted gifts);
 *   <li>Cardiva starter packs the rep left with the Rutland cardiologist for patients starting
 *       therapy, logged as a gift and marked a sample ({@code states.vt.sample}): Vermont discloses
 *       it as a sample instead of banning it, and Open Payments leaves it out as a product sample
 *       (42 U.S.C. 1320a-7h(e)(10)(B));
 *   <li>a finding the data honestly leaves: the report runs the pack with its defaults, which
 *       record no Vermont registration, so 2026's is reported missing (an error) rather than a
 *       filing assumed that kamkit cannot see; the 2026 disclosure is not due until 1 April 2027.
 * </ul>
 *
 * <p>Around them, an account a KAM would recognise: the system P&amp;T committee, chaired by the
 * director of pharmacy, has Oncoxa on the Rutland cancer centre's agenda for 19 November, where
 * Rivalimab holds the first-line lung cancer business; the value analysis director, who chairs the
 * value analysis committee, has only just heard the Veniflo pitch for the Boston infusion centre;
 * nobody of ours holds the CFO.
 */
final class SampleNewEnglandSystem {
  static final AccountId ID = AccountId.of("northfield-health");

  private static final ProductId ONCOXA = ProductId.of("oncoxa");
  private static final IndicationId ONCOXA_NSCLC = IndicationId.of("oncoxa-nsclc-1l");
  private static final ProductId CARDIVA = ProductId.of("cardiva");
  private static final IndicationId CARDIVA_HF = IndicationId.of("cardiva-hfref");
  private static final ProductId VENIFLO = ProductId.of("veniflo");
  private static final IndicationId VENIFLO_INFUSION =
      IndicationId.of("veniflo-ambulatory-infusion");

  private static final SiteId BOSTON = SiteId.of("northfield-medical-center");
  private static final SiteId RUTLAND = SiteId.of("northfield-green-mountain");
  private static final ClinicalUnitId BOSTON_ONCOLOGY = ClinicalUnitId.of("northfield-oncology");
  private static final ClinicalUnitId BOSTON_INFUSION = ClinicalUnitId.of("northfield-infusion");
  private static final ClinicalUnitId RUTLAND_ONCOLOGY =
      ClinicalUnitId.of("northfield-green-mountain-cancer-center");
  private static final ClinicalUnitId RUTLAND_CARDIOLOGY =
      ClinicalUnitId.of("northfield-green-mountain-cardiology");

  private static final DecisionBodyId PT = DecisionBodyId.of("northfield-system-pt");
  private static final DecisionBodyId VAC = DecisionBodyId.of("northfield-vac");

  private static final StakeholderId CHIEF = StakeholderId.of("northfield-chief-of-oncology");
  private static final StakeholderId PHARMACY = StakeholderId.of("northfield-pharmacy-director");
  private static final StakeholderId VALUE_ANALYSIS =
      StakeholderId.of("northfield-value-analysis-director");
  private static final StakeholderId CFO = StakeholderId.of("northfield-cfo");
  private static final StakeholderId NURSE_PRACTITIONER =
      StakeholderId.of("northfield-oncology-np");
  private static final StakeholderId DR_LAVOIE = StakeholderId.of("northfield-gm-dr-lavoie");
  private static final StakeholderId DR_BERGERON = StakeholderId.of("northfield-gm-dr-bergeron");

  private static final TeamMemberId KAM = TeamMemberId.of("team-kam-megan-oconnell");
  private static final TeamMemberId REP = TeamMemberId.of("team-sales-ryan-castillo");
  private static final TeamMemberId MSL = TeamMemberId.of("team-msl-julia-sato");

  private static final InteractionId PROGRAMME =
      InteractionId.of("northfield-int-nsclc-speaker-programme");
  private static final InteractionId TEXTBOOK_CALL = InteractionId.of("northfield-int-lavoie-call");
  private static final InteractionId SAMPLE_CALL = InteractionId.of("northfield-int-bergeron-call");
  private static final ServiceAgreementId SPEAKER_AGREEMENT =
      ServiceAgreementId.of("northfield-sa-ashworth-speaker-2026");
  private static final ObjectiveId RUTLAND_LISTING =
      ObjectiveId.of("northfield-obj-oncoxa-green-mountain");
  private static final OpportunityId RUTLAND_OPPORTUNITY =
      OpportunityId.of("northfield-opp-oncoxa-green-mountain");
  private static final ObjectiveId VENIFLO_EVALUATION =
      ObjectiveId.of("northfield-obj-veniflo-evaluation");

  private SampleNewEnglandSystem() {}

  /** Northfield Health, with the products (and their descriptions) of {@code riverside}. */
  static KeyAccount keyAccount(KeyAccount riverside) {
    return KeyAccount.builder()
        .account(account())
        .stakeholders(stakeholders())
        .addDecisionBodies(
            DecisionBody.builder()
                .id(PT)
                .name("Northfield System P&T Committee")
                .kind(DecisionBodyKind.PHARMACY_AND_THERAPEUTICS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.FORMULARY_LISTING)
                .addMeetingDates(date(2026, 9, 17), date(2026, 11, 19), date(2027, 1, 21))
                .build(),
            DecisionBody.builder()
                .id(VAC)
                .name("Northfield Value Analysis Committee")
                .kind(DecisionBodyKind.VALUE_ANALYSIS)
                .scope(DecisionScope.SYSTEM)
                .addDecision(DecisionType.PRODUCT_STANDARDISATION)
                .addMeetingDates(date(2026, 10, 28), date(2027, 1, 27))
                .build())
        .addTeam(
            member(KAM, "Megan O'Connell", TeamFunction.KEY_ACCOUNT_MANAGER),
            member(REP, "Ryan Castillo", TeamFunction.SALES),
            member(MSL, "Dr. Julia Sato", TeamFunction.MEDICAL_SCIENCE_LIAISON))
        .addRelationships(
            held(KAM, CHIEF, RelationshipStrength.STRONG, date(2023, 5, 1), date(2026, 10, 8)),
            held(KAM, PHARMACY, RelationshipStrength.WORKING, date(2024, 1, 15), date(2026, 9, 24)),
            held(
                KAM,
                VALUE_ANALYSIS,
                RelationshipStrength.ACQUAINTED,
                date(2026, 10, 6),
                date(2026, 10, 6)),
            held(MSL, CHIEF, RelationshipStrength.TRUSTED, date(2022, 9, 1), date(2026, 10, 20)),
            held(REP, DR_LAVOIE, RelationshipStrength.STRONG, date(2024, 6, 1), date(2026, 10, 27)),
            held(
                REP,
                DR_BERGERON,
                RelationshipStrength.WORKING,
                date(2025, 3, 1),
                date(2026, 10, 13)),
            held(
                REP,
                NURSE_PRACTITIONER,
                RelationshipStrength.WORKING,
                date(2025, 9, 1),
                date(2026, 9, 10)))
        .products(riverside.products())
        .whitespace(whitespace())
        .addFormulary(
            FormularyEntry.builder()
                .product(ONCOXA)
                .status(FormularyStatus.RESTRICTED)
                .effectiveFrom(date(2023, 4, 1))
                .decidedBy(PT)
                .build(),
            FormularyEntry.builder()
                .product(CARDIVA)
                .status(FormularyStatus.ON_FORMULARY)
                .effectiveFrom(date(2021, 2, 1))
                .decidedBy(PT)
                .build())
        .plan(plan())
        .interactions(interactions())
        .transfersOfValue(transfersOfValue())
        .addServiceAgreement(
            ServiceAgreement.builder()
                .id(SPEAKER_AGREEMENT)
                .kind(ServiceKind.SPEAKING)
                .stakeholder(CHIEF)
                .signedOn(date(2026, 7, 20))
                .compensationSetOn(date(2026, 7, 20))
                .compensationBasis(CompensationBasis.PER_SERVICE)
                .start(date(2026, 8, 1))
                .end(date(2027, 7, 31))
                .annualCap(Money.of("8000.00", "USD"))
                .build())
        .addOpportunity(
            Opportunity.builder()
                .id(RUTLAND_OPPORTUNITY)
                .name("Oncoxa at the Green Mountain cancer center")
                .product(ONCOXA)
                .site(RUTLAND)
                .clinicalUnit(RUTLAND_ONCOLOGY)
                .stage(OpportunityStage.PROPOSAL)
                .amount(Money.of("180000.00", "USD"))
                .probability(50)
                .expectedClose(date(2026, 12, 31))
                .owner(KAM)
                .addObjectives(RUTLAND_LISTING)
                .build())
        .addCommitteeSubmission(
            CommitteeSubmission.builder()
                .id(CommitteeSubmissionId.of("northfield-sub-oncoxa-green-mountain"))
                .name("Oncoxa first-line NSCLC at the Green Mountain cancer center")
                .decisionBody(PT)
                .product(ONCOXA)
                .indication(ONCOXA_NSCLC)
                .site(RUTLAND)
                .sponsor(CHIEF)
                .owner(KAM)
                .targetMeeting(date(2026, 11, 19))
                .opportunity(RUTLAND_OPPORTUNITY)
                .addSteps(
                    SubmissionStep.of(SubmissionStage.REQUEST, date(2026, 9, 24)),
                    SubmissionStep.of(SubmissionStage.DOSSIER, date(2026, 10, 15)))
                .build())
        .build();
  }

  private static Account account() {
    return Account.builder()
        .id(ID)
        .name("Northfield Health")
        .kind(AccountKind.INTEGRATED_DELIVERY_NETWORK)
        .country("US")
        .region("MA")
        .tier(AccountTier.TIER_2)
        .addSite(
            Site.builder()
                .id(BOSTON)
                .name("Northfield Medical Center")
                .kind(SiteKind.HOSPITAL)
                .beds(610)
                .region("MA")
                .addClinicalUnit(unit(BOSTON_ONCOLOGY, "Oncology", "Oncology"))
                .addClinicalUnit(unit(BOSTON_INFUSION, "Infusion Center", "Oncology"))
                .build())
        .addSite(
            Site.builder()
                .id(RUTLAND)
                .name("Green Mountain Community Hospital")
                .kind(SiteKind.HOSPITAL)
                .beds(140)
                .region("VT")
                .addClinicalUnit(unit(RUTLAND_ONCOLOGY, "Cancer Center", "Oncology"))
                .addClinicalUnit(unit(RUTLAND_CARDIOLOGY, "Cardiology", "Cardiology"))
                .build())
        .profile(
            AccountProfile.builder()
                .beds(750)
                .facilityCount(2)
                .ownership(Ownership.NOT_FOR_PROFIT)
                .addGpoAffiliation(
                    GpoAffiliation.builder()
                        .gpoName("Vizient")
                        .commitment(GpoCommitment.NON_COMMITTED)
                        .since(date(2019, 1, 1))
                        .build())
                .ehrSystem("Epic")
                .build())
        .build();
  }

  private static ClinicalUnit unit(ClinicalUnitId id, String name, String specialty) {
    return ClinicalUnit.builder().id(id).name(name).specialty(specialty).build();
  }

  private static List<Stakeholder> stakeholders() {
    return List.of(
        person(CHIEF, "Dr. Nora Ashworth", "Chief of Oncology", StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.DEPARTMENT_HEAD)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.ADVOCATE)
            .addCommitteeMembership(CommitteeMembership.of(PT, CommitteeRole.VOTING_MEMBER))
            .site(BOSTON)
            .clinicalUnit(BOSTON_ONCOLOGY)
            .hcp(physician("1386420974", "Hematology & Oncology", "MA"))
            .build(),
        person(
                PHARMACY,
                "Michael Donnelly, PharmD",
                "System Director of Pharmacy",
                StakeholderFunction.PHARMACY)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.HIGH)
            .sentiment(Sentiment.NEUTRAL)
            .addCommitteeMembership(CommitteeMembership.of(PT, CommitteeRole.CHAIR))
            .site(BOSTON)
            .hcp(professional(HcpProfession.PHARMACIST, Optional.empty(), "MA"))
            .build(),
        person(
                VALUE_ANALYSIS,
                "Diane Liu",
                "Director of Value Analysis",
                StakeholderFunction.PROCUREMENT)
            .addBuyingRole(BuyingRole.TECHNICAL_BUYER)
            .seniority(Seniority.SENIOR_LEADER)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.NEUTRAL)
            .addCommitteeMembership(CommitteeMembership.of(VAC, CommitteeRole.CHAIR))
            .site(BOSTON)
            .build(),
        person(CFO, "Thomas Reilly", "Chief Financial Officer", StakeholderFunction.FINANCE)
            .addBuyingRole(BuyingRole.ECONOMIC_BUYER)
            .seniority(Seniority.EXECUTIVE)
            .influence(Influence.DECISIVE)
            .sentiment(Sentiment.NEUTRAL)
            .build(),
        person(
                NURSE_PRACTITIONER,
                "Sarah Mitchell, NP",
                "Oncology Nurse Practitioner",
                StakeholderFunction.NURSING)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .site(BOSTON)
            .clinicalUnit(BOSTON_ONCOLOGY)
            .hcp(
                professional(
                    HcpProfession.NURSE_PRACTITIONER, Optional.of(Npi.of("1582039461")), "MA"))
            .build(),
        person(DR_LAVOIE, "Dr. James Lavoie", "Medical Oncologist", StakeholderFunction.CLINICAL)
            .addBuyingRoles(BuyingRole.CLINICAL_CHAMPION, BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.ADVOCATE)
            .site(RUTLAND)
            .clinicalUnit(RUTLAND_ONCOLOGY)
            .hcp(physician("1647192834", "Medical Oncology", "VT"))
            .build(),
        person(DR_BERGERON, "Dr. Claire Bergeron", "Cardiologist", StakeholderFunction.CLINICAL)
            .addBuyingRole(BuyingRole.USER)
            .seniority(Seniority.STAFF)
            .influence(Influence.MEDIUM)
            .sentiment(Sentiment.SUPPORTER)
            .site(RUTLAND)
            .clinicalUnit(RUTLAND_CARDIOLOGY)
            .hcp(physician("1293847566", "Cardiovascular Disease", "VT"))
            .build());
  }

  private static List<WhitespaceCell> whitespace() {
    return List.of(
        WhitespaceCell.builder()
            .product(ONCOXA)
            .clinicalUnit(BOSTON_ONCOLOGY)
            .status(WhitespaceStatus.SOLD)
            .indication(ONCOXA_NSCLC)
            .estimatedValue(Money.of("520000.00", "USD"))
            .build(),
        WhitespaceCell.builder()
            .product(ONCOXA)
            .clinicalUnit(RUTLAND_ONCOLOGY)
            .status(WhitespaceStatus.COMPETITOR_HELD)
            .indication(ONCOXA_NSCLC)
            .competitorProduct("Rivalimab")
            .estimatedValue(Money.of("180000.00", "USD"))
            .build(),
        WhitespaceCell.builder()
            .product(VENIFLO)
            .clinicalUnit(BOSTON_INFUSION)
            .status(WhitespaceStatus.OPEN)
            .indication(VENIFLO_INFUSION)
            .estimatedValue(Money.of("90000.00", "USD"))
            .build(),
        WhitespaceCell.builder()
            .product(CARDIVA)
            .clinicalUnit(RUTLAND_CARDIOLOGY)
            .status(WhitespaceStatus.SOLD)
            .indication(CARDIVA_HF)
            .build());
  }

  private static AccountPlan plan() {
    return AccountPlan.builder()
        .name("Northfield Health 2026-2027 account plan")
        .status(PlanStatus.ACTIVE)
        .owner(KAM)
        .addStrategicPriority("One oncology formulary and protocol across both hospitals")
        .addCompetitiveLandscape(
            CompetitorPosition.builder()
                .competitor("Rivaltis Pharma")
                .addCompetitorProduct("Rivalimab")
                .addCompetesWith(ONCOXA)
                .threat(ThreatLevel.HIGH)
                .strengths("The Rutland cancer center's first-line NSCLC protocol since 2024")
                .weaknesses("Every-two-week dosing takes more infusion-chair time")
                .build())
        .addObjective(
            Objective.builder()
                .id(RUTLAND_LISTING)
                .title("Oncoxa first-line NSCLC in the Green Mountain cancer center protocol")
                .measure("System P&T approves Oncoxa for the Rutland protocol")
                .dueDate(date(2026, 12, 31))
                .status(ObjectiveStatus.IN_PROGRESS)
                .owner(KAM)
                .product(ONCOXA)
                .indication(ONCOXA_NSCLC)
                .addClinicalUnits(RUTLAND_ONCOLOGY)
                .revenueTarget(Money.of("180000.00", "USD"))
                .build())
        .addObjective(
            Objective.builder()
                .id(VENIFLO_EVALUATION)
                .title("Veniflo evaluation at the Boston infusion center")
                .measure("Value analysis committee approves a 60-day evaluation")
                .dueDate(date(2027, 1, 27))
                .status(ObjectiveStatus.NOT_STARTED)
                .owner(KAM)
                .product(VENIFLO)
                .indication(VENIFLO_INFUSION)
                .addClinicalUnits(BOSTON_INFUSION)
                .build())
        .addAction(
            Action.builder()
                .id(ActionId.of("northfield-act-pt-dossier"))
                .title("Submit the Oncoxa dossier for the Rutland protocol to the System P&T")
                .owner(KAM)
                .dueDate(date(2026, 10, 15))
                .status(ActionStatus.COMPLETED)
                .completedOn(date(2026, 10, 15))
                .addObjective(RUTLAND_LISTING)
                .addStakeholders(PHARMACY, CHIEF)
                .build())
        .addAction(
            Action.builder()
                .id(ActionId.of("northfield-act-vac-proposal"))
                .title("Evaluation proposal for the value analysis committee")
                .owner(KAM)
                .dueDate(date(2026, 12, 15))
                .status(ActionStatus.IN_PROGRESS)
                .addObjective(VENIFLO_EVALUATION)
                .addStakeholders(VALUE_ANALYSIS)
                .build())
        .addUpdates(date(2026, 7, 14), date(2026, 9, 25), date(2026, 10, 16))
        .addReview(date(2026, 10, 8))
        .build();
  }

  private static List<Interaction> interactions() {
    return List.of(
        meeting(TEXTBOOK_CALL, date(2026, 8, 18), REP, DR_LAVOIE)
            .purpose("Oncoxa first-line NSCLC: infusion-chair planning at the cancer center")
            .rationale("Dr. Lavoie asked how other cancer centers schedule every-three-week cycles")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting(PROGRAMME, date(2026, 9, 10), MSL, CHIEF)
            .channel(Channel.EVENT)
            .addStakeholders(NURSE_PRACTITIONER, DR_LAVOIE)
            .purpose("Speaker programme: first-line treatment of metastatic NSCLC")
            .rationale("The system's oncologists asked for peer experience before the P&T review")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .speakerProgram(
                SpeakerProgram.builder()
                    .topic("First-line treatment of metastatic NSCLC in practice")
                    .speaker(CHIEF)
                    .speakerChosenBy(MSL)
                    .venue(Venue.MEETING_ROOM)
                    .mealServed(true)
                    .therapeuticArea("Oncology")
                    .addIndications(ONCOXA_NSCLC)
                    .build())
            .build(),
        meeting(InteractionId.of("northfield-int-pt-agenda"), date(2026, 9, 24), KAM, PHARMACY)
            .decisionBody(PT)
            .purpose("Oncoxa for the Rutland protocol: the P&T request")
            .rationale("The pharmacy director asked for the request before the November agenda")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting(
                InteractionId.of("northfield-int-veniflo-intro"),
                date(2026, 10, 6),
                KAM,
                VALUE_ANALYSIS)
            .purpose("Veniflo: ambulatory infusion at the Boston infusion center")
            .rationale("Infusion chair capacity is on the value analysis committee's list")
            .addProductsDiscussed(discussed(VENIFLO, VENIFLO_INFUSION))
            .build(),
        meeting(SAMPLE_CALL, date(2026, 10, 13), REP, DR_BERGERON)
            .purpose("Cardiva: starting and titrating in heart failure with reduced EF")
            .rationale("Routine call with the prescribing cardiologist; content within label")
            .addProductsDiscussed(discussed(CARDIVA, CARDIVA_HF))
            .build(),
        meeting(InteractionId.of("northfield-int-nsclc-exchange"), date(2026, 10, 20), MSL, CHIEF)
            .channel(Channel.REMOTE)
            .purpose("Scientific exchange: first-line NSCLC survival data")
            .rationale("Dr. Ashworth asked for the updated survival analysis")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting(
                InteractionId.of("northfield-int-lavoie-follow-up"),
                date(2026, 10, 27),
                REP,
                DR_LAVOIE)
            .purpose("Oncoxa first-line NSCLC: the P&T request for Rutland")
            .rationale("Follow-up on the cancer center's protocol request")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting(InteractionId.of("northfield-int-pt-review"), date(2026, 11, 19), KAM, PHARMACY)
            .status(InteractionStatus.PLANNED)
            .addStakeholder(CHIEF)
            .decisionBody(PT)
            .purpose("System P&T review of Oncoxa for the Rutland protocol")
            .rationale("Committee review of the request; data within the label")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build());
  }

  private static List<TransferOfValue> transfersOfValue() {
    return List.of(
        // the speaker's fee, paid under her signed speaking agreement: over $50, so Massachusetts
        // discloses it (M.G.L. c.111N; 105 CMR 970)
        TransferOfValue.builder()
            .id(TransferOfValueId.of("northfield-tov-speaker-fee"))
            .date(date(2026, 9, 10))
            .amount(Money.of("2000.00", "USD"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
            .recipient(CHIEF)
            .addRelatedProduct(ONCOXA)
            .therapeuticArea("Oncology")
            .interaction(PROGRAMME)
            .agreement(SPEAKER_AGREEMENT)
            .description("Speaker fee, first-line NSCLC programme")
            .build(),
        // $450.00 for the nine who ate, $50.00 a head: not over Massachusetts' $50, so not
        // disclosed, but a meal at a non-CME presentation, reported quarterly (105 CMR 970, §2A);
        // Dr. Lavoie's share is judged under Vermont's law, where he practises
        TransferOfValue.builder()
            .id(TransferOfValueId.of("northfield-tov-programme-dinner"))
            .date(date(2026, 9, 10))
            .amount(Money.of("450.00", "USD"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
            .addAttendees(CHIEF, NURSE_PRACTITIONER, DR_LAVOIE)
            .headcount(9)
            .addRelatedProduct(ONCOXA)
            .therapeuticArea("Oncology")
            .interaction(PROGRAMME)
            .mealSetting(MealSetting.SPEAKER_PROGRAM)
            .description("Dinner at the first-line NSCLC speaker programme")
            .addFact(Fact.of(UsStatesFacts.MA_NON_CME_PRESENTATION, true))
            .build(),
        // an educational item at the PhRMA Code's $100 limit (section 11); Vermont bans gifts but
        // for the exceptions of 18 V.S.A. §4631a, and the compliance team records the one it
        // relies on
        TransferOfValue.builder()
            .id(TransferOfValueId.of("northfield-tov-lavoie-textbook"))
            .date(date(2026, 8, 18))
            .amount(Money.of("100.00", "USD"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.GIFT)
            .recipient(DR_LAVOIE)
            .addRelatedProduct(ONCOXA)
            .therapeuticArea("Oncology")
            .interaction(TEXTBOOK_CALL)
            .item(ItemKind.EDUCATIONAL)
            .description("Thoracic oncology reference textbook")
            .addFact(
                Fact.of(
                    UsStatesFacts.VT_PERMITTED_GIFT,
                    "Professional education item; compliance review VT-2026-014"))
            .build(),
        // samples for patients: Vermont discloses them as samples (18 V.S.A. §4632), Open
        // Payments leaves them out (42 U.S.C. 1320a-7h(e)(10)(B))
        TransferOfValue.builder()
            .id(TransferOfValueId.of("northfield-tov-cardiva-starter-packs"))
            .date(date(2026, 10, 13))
            .amount(Money.of("462.00", "USD"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.GIFT)
            .recipient(DR_BERGERON)
            .addRelatedProduct(CARDIVA)
            .therapeuticArea("Cardiology")
            .interaction(SAMPLE_CALL)
            .description("Twelve Cardiva 14-day starter packs for patients starting therapy")
            .addFact(Fact.of(UsStatesFacts.VT_SAMPLE, true))
            .addFact(Fact.of(OpenPaymentsFacts.EXCLUSION, StatutoryExclusion.PRODUCT_SAMPLE))
            .build());
  }

  private static Interaction.Builder meeting(
      InteractionId id, LocalDate date, TeamMemberId member, StakeholderId stakeholder) {
    return Interaction.builder()
        .id(id)
        .date(date)
        .channel(Channel.IN_PERSON)
        .addTeamMember(member)
        .addStakeholder(stakeholder);
  }

  private static ProductDiscussion discussed(ProductId product, IndicationId indication) {
    return ProductDiscussion.of(product, Optional.of(indication));
  }

  private static Stakeholder.Builder person(
      StakeholderId id, String name, String title, StakeholderFunction function) {
    return Stakeholder.builder().id(id).name(name).title(title).function(function);
  }

  private static HcpIdentity physician(String npi, String specialty, String state) {
    return HcpIdentity.builder()
        .profession(HcpProfession.PHYSICIAN)
        .npi(Npi.of(npi))
        .specialty(specialty)
        .addLicenseState(state)
        .countryOfPractice("US")
        .build();
  }

  private static HcpIdentity professional(
      HcpProfession profession, Optional<Npi> npi, String state) {
    return HcpIdentity.builder()
        .profession(profession)
        .npi(npi)
        .addLicenseState(state)
        .countryOfPractice("US")
        .build();
  }

  private static TeamMember member(TeamMemberId id, String name, TeamFunction function) {
    return TeamMember.builder().id(id).name(name).function(function).build();
  }

  private static Relationship held(
      TeamMemberId member,
      StakeholderId stakeholder,
      RelationshipStrength strength,
      LocalDate since,
      LocalDate last) {
    return Relationship.builder()
        .teamMember(member)
        .stakeholder(stakeholder)
        .strength(strength)
        .since(since)
        .lastInteraction(last)
        .build();
  }

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
