package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA;
import static dev.kamkit.model.testing.SeedCatalogue.CARDIVA_HF;
import static dev.kamkit.model.testing.SeedCatalogue.CARLA_NGUYEN;
import static dev.kamkit.model.testing.SeedCatalogue.JORDAN_BLAKE;
import static dev.kamkit.model.testing.SeedCatalogue.LENA_FISCHER;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_CRC;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_HCC;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_NSCLC;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO;
import static dev.kamkit.model.testing.SeedCatalogue.VENIFLO_INFUSION;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.usd;
import static dev.kamkit.model.testing.SeedRiversideHealth.CARDIOLOGIST_VALLEY;
import static dev.kamkit.model.testing.SeedRiversideHealth.CFO;
import static dev.kamkit.model.testing.SeedRiversideHealth.CHIEF_OF_CARDIOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.CHIEF_OF_ONCOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.CMO;
import static dev.kamkit.model.testing.SeedRiversideHealth.FORMULARY_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.INFUSION_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.MANAGED_CARE_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGIST_ST_LUKES;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_NURSE_MANAGER;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_PHARMACIST;
import static dev.kamkit.model.testing.SeedRiversideHealth.ONCOLOGY_RESEARCH;
import static dev.kamkit.model.testing.SeedRiversideHealth.PHARMACY_DIRECTOR;
import static dev.kamkit.model.testing.SeedRiversideHealth.QUALITY_VP;
import static dev.kamkit.model.testing.SeedRiversideHealth.SALES_CARDIOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.SALES_ONCOLOGY;
import static dev.kamkit.model.testing.SeedRiversideHealth.SYSTEM_PT;

import dev.kamkit.model.engagement.Channel;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.InteractionStatus;
import dev.kamkit.model.engagement.MealSetting;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.engagement.ProductDiscussion;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.engagement.TravelDestination;
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.TransferOfValueId;
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
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Riverside Health System's FY2027 account plan (July 2026 to June 2027, the system's fiscal year),
 * its interactions and its transfers of value. The plan is kept alive (updated every few weeks,
 * reviewed each quarter); one action is overdue on {@link SeedAccounts#AS_OF}; the CFO objective
 * has not started.
 */
final class SeedRiversidePlan {
  static final NeedId ONCOLOGY_COST = NeedId.of("riverside-need-oncology-cost");
  static final NeedId INFUSION_CAPACITY = NeedId.of("riverside-need-infusion-capacity");
  static final NeedId HF_READMISSIONS = NeedId.of("riverside-need-hf-readmissions");

  static final ObjectiveId PREFERRED_LISTING = ObjectiveId.of("riverside-obj-oncoxa-preferred");
  static final ObjectiveId CRC_EVALUATION = ObjectiveId.of("riverside-obj-crc-evaluation");
  static final ObjectiveId CFO_ACCESS = ObjectiveId.of("riverside-obj-cfo-access");
  static final ObjectiveId SUCCESSOR = ObjectiveId.of("riverside-obj-oncology-successor");
  static final ObjectiveId VENIFLO_MEMORIAL = ObjectiveId.of("riverside-obj-veniflo-memorial");
  static final ObjectiveId HF_PROGRAMME = ObjectiveId.of("riverside-obj-hf-readmissions");

  static final ActionId DOSSIER = ActionId.of("riverside-act-pt-dossier");
  static final ActionId BUDGET_IMPACT = ActionId.of("riverside-act-budget-impact-model");
  static final ActionId CFO_INTRODUCTION = ActionId.of("riverside-act-cfo-introduction");

  static final InteractionId LUNCH_AND_LEARN = InteractionId.of("riverside-int-lunch-and-learn");

  private SeedRiversidePlan() {}

  static AccountPlan plan() {
    return AccountPlan.builder()
        .name("Riverside Health System FY2027 account plan")
        .status(PlanStatus.ACTIVE)
        .owner(JORDAN_BLAKE)
        .periodStart(date(2026, 7, 1))
        .periodEnd(date(2027, 6, 30))
        .addStrategicPriorities(
            "Reduce oncology drug spend per episode of care by 5%",
            "Standardise infusion pathways across all twelve hospitals",
            "Cut 30-day heart-failure readmissions below the national average")
        .addNeeds(
            need(
                ONCOLOGY_COST,
                "Oncology drug budget under pressure",
                NeedCategory.COST_CONTAINMENT),
            need(
                INFUSION_CAPACITY,
                "Infusion chairs at Memorial booked three weeks out",
                NeedCategory.OPERATIONAL_EFFICIENCY),
            need(
                HF_READMISSIONS,
                "Readmission penalties for heart failure",
                NeedCategory.CLINICAL_OUTCOMES))
        .needsSegment(NeedCategory.COST_CONTAINMENT)
        .objectives(objectives())
        .actions(actions())
        .kpis(kpis())
        .valueProposition(
            ValueProposition.builder()
                .statement(
                    "Lower total cost of first-line NSCLC care through fewer infusion-chair hours")
                .businessRationale(
                    "Chair capacity at Memorial is the system's bottleneck for oncology growth")
                .clinicalRationale(
                    "Every-three-week dosing per the approved first-line NSCLC label")
                .addProduct(ONCOXA)
                .reviewedOn(date(2026, 8, 20))
                .build())
        .addCompetitiveLandscape(
            CompetitorPosition.builder()
                .competitor("Rivaltis Pharma")
                .addCompetitorProduct("Rivalimab")
                .addCompetesWith(ONCOXA)
                .threat(ThreatLevel.HIGH)
                .strengths(
                    "Preferred on the system formulary since 2021; holds Lakeside, Hillcrest")
                .weaknesses("Every-two-week dosing takes more infusion-chair time")
                .build(),
            CompetitorPosition.builder()
                .competitor("Cardionex")
                .addCompetitorProduct("Cardiomax")
                .addCompetesWith(CARDIVA)
                .threat(ThreatLevel.MEDIUM)
                .strengths("Lower list price through a Vizient agreement")
                .build())
        .swot(
            SwotAnalysis.builder()
                .addStrengths("Trusted by the chief of oncology", "Oncoxa on formulary since 2024")
                .addWeaknesses("No relationship with the CFO", "Champion retires March 2027")
                .addOpportunities("CRC evaluation at Northgate", "Veniflo at Memorial VAC")
                .addThreats("System CMO favours Rivalimab", "Cardiva GPO contract ends Dec 2026")
                .build())
        .addSharedValueInitiative(
            SharedValueInitiative.builder()
                .id(InitiativeId.of("riverside-init-hf-readmissions"))
                .name("Heart-failure readmission reduction programme")
                .rationale("Readmission penalties; guideline-directed therapy at discharge")
                .status(InitiativeStatus.LAUNCHED)
                .launchedOn(date(2026, 10, 1))
                .addNeed(HF_READMISSIONS)
                .addStakeholders(QUALITY_VP, CHIEF_OF_CARDIOLOGY)
                .addTeamMembers(SALES_CARDIOLOGY, CARLA_NGUYEN)
                .build())
        .jointBusinessPlan(
            JointBusinessPlan.builder()
                .addCustomerSponsor(QUALITY_VP)
                .addJointObjective(HF_PROGRAMME)
                .nextJointReview(date(2027, 1, 20))
                .build())
        .addPatientPathway(nsclcPathway())
        .addVoiceOfAccount(
            CustomerFeedback.builder()
                .date(date(2025, 12, 10))
                .netPromoterScore(20)
                .customerEffortScore(4)
                .relationshipScore(6)
                .source("annual customer survey")
                .build(),
            CustomerFeedback.builder()
                .date(date(2026, 6, 15))
                .netPromoterScore(28)
                .customerEffortScore(3)
                .relationshipScore(7)
                .source("annual customer survey")
                .build())
        // a living plan: changed every few weeks, not only before its reviews
        .addUpdates(
            date(2026, 7, 2),
            date(2026, 7, 20),
            date(2026, 8, 11),
            date(2026, 8, 27),
            date(2026, 9, 14),
            date(2026, 9, 29),
            date(2026, 10, 8),
            date(2026, 10, 22))
        .addReviews(date(2026, 4, 14), date(2026, 7, 14), date(2026, 10, 13))
        .build();
  }

  private static AccountNeed need(NeedId id, String description, NeedCategory category) {
    return AccountNeed.builder().id(id).description(description).category(category).build();
  }

  private static List<Objective> objectives() {
    return List.of(
        Objective.builder()
            .id(PREFERRED_LISTING)
            .title("Move Oncoxa to preferred status on the system formulary")
            .measure("listed as PREFERRED by the System P&T Committee")
            .startDate(date(2026, 7, 1))
            .dueDate(date(2027, 3, 10))
            .status(ObjectiveStatus.IN_PROGRESS)
            .owner(JORDAN_BLAKE)
            .product(ONCOXA)
            .indication(ONCOXA_NSCLC)
            .addNeed(ONCOLOGY_COST)
            .build(),
        Objective.builder()
            .id(CRC_EVALUATION)
            .title("Complete the Oncoxa colorectal evaluation at Northgate")
            .measure("evaluation results presented to the System P&T Committee")
            .dueDate(date(2027, 1, 13))
            .status(ObjectiveStatus.IN_PROGRESS)
            .owner(SALES_ONCOLOGY)
            .product(ONCOXA)
            .indication(ONCOXA_CRC)
            .build(),
        Objective.builder()
            .id(CFO_ACCESS)
            .title("Establish an executive relationship with the CFO")
            .measure("two meetings with the CFO on total cost of oncology care")
            .dueDate(date(2027, 2, 28))
            .owner(JORDAN_BLAKE)
            .addNeed(ONCOLOGY_COST)
            .build(),
        Objective.builder()
            .id(SUCCESSOR)
            .title("Build a relationship with the next chief of oncology before Dr. Chen retires")
            .measure("a working relationship with the successor by 31 March 2027")
            .dueDate(date(2027, 3, 31))
            .status(ObjectiveStatus.IN_PROGRESS)
            .owner(JORDAN_BLAKE)
            .build(),
        Objective.builder()
            .id(VENIFLO_MEMORIAL)
            .title("Win Veniflo standardisation at Riverside Memorial")
            .measure("approved by the Memorial value analysis committee")
            .dueDate(date(2027, 3, 31))
            .owner(SALES_ONCOLOGY)
            .product(VENIFLO)
            .indication(VENIFLO_INFUSION)
            .addNeed(INFUSION_CAPACITY)
            .build(),
        Objective.builder()
            .id(HF_PROGRAMME)
            .title("Support the heart-failure readmission programme")
            .measure("30-day heart-failure readmissions down 10% at the pilot hospitals")
            .startDate(date(2026, 10, 1))
            .dueDate(date(2027, 6, 30))
            .status(ObjectiveStatus.IN_PROGRESS)
            .owner(SALES_CARDIOLOGY)
            .product(CARDIVA)
            .indication(CARDIVA_HF)
            .addNeed(HF_READMISSIONS)
            .build());
  }

  private static List<Action> actions() {
    return List.of(
        Action.builder()
            .id(DOSSIER)
            .title("Submit the Oncoxa formulary dossier update to the System P&T Committee")
            .owner(CARLA_NGUYEN)
            .startDate(date(2026, 9, 1))
            .dueDate(date(2026, 12, 15))
            .status(ActionStatus.IN_PROGRESS)
            .addObjective(PREFERRED_LISTING)
            .addStakeholders(FORMULARY_MANAGER, PHARMACY_DIRECTOR)
            .addNeed(ONCOLOGY_COST)
            .build(),
        Action.builder()
            .id(BUDGET_IMPACT)
            .title("Build the budget-impact model with the formulary manager")
            .owner(CARLA_NGUYEN)
            .parent(DOSSIER)
            .startDate(date(2026, 9, 1))
            .dueDate(date(2026, 10, 15))
            .status(ActionStatus.COMPLETED)
            .completedOn(date(2026, 10, 12))
            .addObjective(PREFERRED_LISTING)
            .addStakeholder(FORMULARY_MANAGER)
            .build(),
        Action.builder()
            .id(CFO_INTRODUCTION)
            .title("Ask the pharmacy director to introduce us to the CFO")
            .owner(JORDAN_BLAKE)
            .dueDate(date(2026, 10, 31))
            .addObjective(CFO_ACCESS)
            .addStakeholders(PHARMACY_DIRECTOR, CFO)
            .build(),
        Action.builder()
            .id(ActionId.of("riverside-act-successor-map"))
            .title("Identify Dr. Chen's likely successor and who will sponsor them")
            .owner(JORDAN_BLAKE)
            .dueDate(date(2026, 12, 31))
            .status(ActionStatus.IN_PROGRESS)
            .addObjective(SUCCESSOR)
            .addStakeholders(CHIEF_OF_ONCOLOGY, ONCOLOGY_RESEARCH)
            .build(),
        Action.builder()
            .id(ActionId.of("riverside-act-veniflo-evaluation"))
            .title(
                "Secure a Veniflo clinical evaluation at the Memorial infusion centre by end of Q1,"
                    + " sponsored by Maria Santos, targeting the March value analysis committee")
            .owner(SALES_ONCOLOGY)
            .dueDate(date(2027, 3, 23))
            .addObjective(VENIFLO_MEMORIAL)
            .addStakeholder(INFUSION_MANAGER)
            .addNeed(INFUSION_CAPACITY)
            .build(),
        Action.builder()
            .id(ActionId.of("riverside-act-hf-discharge-pathway"))
            .title("Co-design the heart-failure discharge pathway with the quality team")
            .owner(SALES_CARDIOLOGY)
            .startDate(date(2026, 8, 3))
            .dueDate(date(2026, 9, 30))
            .status(ActionStatus.COMPLETED)
            .completedOn(date(2026, 9, 24))
            .addObjective(HF_PROGRAMME)
            .addStakeholders(QUALITY_VP, CHIEF_OF_CARDIOLOGY)
            .addNeed(HF_READMISSIONS)
            .build(),
        Action.builder()
            .id(ActionId.of("riverside-act-regional-dinner"))
            .title("Sponsor a regional oncology dinner")
            .owner(SALES_ONCOLOGY)
            .dueDate(date(2026, 9, 17))
            .status(ActionStatus.CANCELLED)
            .build());
  }

  private static List<Kpi> kpis() {
    return List.of(
        kpi("riverside-kpi-oncoxa-share", "Oncoxa share of first-line NSCLC starts")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.COMPANY)
            .unit(KpiUnit.PERCENT)
            .target(new BigDecimal("45"))
            .current(new BigDecimal("31"))
            .measuredOn(date(2026, 9, 30))
            .objective(PREFERRED_LISTING)
            .build(),
        kpi("riverside-kpi-new-relationships", "New stakeholder relationships established")
            .kind(KpiKind.LEADING)
            .perspective(KpiPerspective.COMPANY)
            .target(new BigDecimal("6"))
            .current(new BigDecimal("2"))
            .measuredOn(date(2026, 10, 31))
            .objective(CFO_ACCESS)
            .build(),
        kpi("riverside-kpi-committee-access", "Committee meetings where we presented")
            .kind(KpiKind.LEADING)
            .perspective(KpiPerspective.COMPANY)
            .target(new BigDecimal("3"))
            .current(new BigDecimal("1"))
            .measuredOn(date(2026, 10, 31))
            .build(),
        kpi("riverside-kpi-hf-readmissions", "30-day heart-failure readmission rate")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.CUSTOMER)
            .unit(KpiUnit.PERCENT)
            .target(new BigDecimal("18.5"))
            .current(new BigDecimal("21.2"))
            .measuredOn(date(2026, 9, 30))
            .objective(HF_PROGRAMME)
            .build(),
        kpi("riverside-kpi-referral-to-infusion", "Days from oncology referral to first infusion")
            .kind(KpiKind.LEADING)
            .perspective(KpiPerspective.CUSTOMER)
            .target(new BigDecimal("7"))
            .current(new BigDecimal("11"))
            .measuredOn(date(2026, 9, 30))
            .build());
  }

  private static Kpi.Builder kpi(String id, String name) {
    return Kpi.builder().id(KpiId.of(id)).name(name);
  }

  private static PatientPathway nsclcPathway() {
    return PatientPathway.builder()
        .condition("Metastatic non-small cell lung cancer")
        .addStages(
            PathwayStage.builder()
                .name("Diagnosis")
                .addPainPoint("Biomarker results take 14 days")
                .addStakeholder(CHIEF_OF_ONCOLOGY)
                .build(),
            PathwayStage.builder()
                .name("Treatment decision")
                .addPainPoint("The thoracic tumour board meets only at Memorial")
                .addStakeholders(CHIEF_OF_ONCOLOGY, ONCOLOGIST_ST_LUKES)
                .build(),
            PathwayStage.builder()
                .name("Infusion")
                .addPainPoint("Infusion chairs at Memorial booked three weeks out")
                .addStakeholders(INFUSION_MANAGER, ONCOLOGY_NURSE_MANAGER)
                .build(),
            PathwayStage.builder()
                .name("Follow-up")
                .addPainPoint("No nurse navigator outside Memorial")
                .addStakeholder(ONCOLOGY_NURSE_MANAGER)
                .build())
        .build();
  }

  // Interactions: who met whom, when and why.

  static List<Interaction> interactions() {
    return List.of(
        meeting("riverside-int-pt-review", 2026, 9, 9, Channel.IN_PERSON)
            .addTeamMembers(CARLA_NGUYEN, JORDAN_BLAKE)
            .addStakeholders(
                CMO,
                PHARMACY_DIRECTOR,
                FORMULARY_MANAGER,
                CHIEF_OF_ONCOLOGY,
                CHIEF_OF_CARDIOLOGY,
                ONCOLOGY_PHARMACIST,
                QUALITY_VP)
            .decisionBody(SYSTEM_PT)
            .purpose("Formulary review: Oncoxa dossier update")
            .rationale("Review requested by the System P&T Committee; data within the label")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .addMaterial(SeedRiversideCompliance.ONCOXA_DETAIL_AID)
            .build(),
        meeting("riverside-int-budget-impact", 2026, 10, 6, Channel.PHONE)
            .addTeamMember(JORDAN_BLAKE)
            .addStakeholder(FORMULARY_MANAGER)
            .purpose("Budget-impact model inputs")
            .rationale("The formulary manager asked for system-specific budget impact")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting("riverside-int-hf-pathway-launch", 2026, 10, 1, Channel.IN_PERSON)
            .addTeamMember(SALES_CARDIOLOGY)
            .addStakeholders(CARDIOLOGIST_VALLEY, QUALITY_VP)
            .purpose("Heart-failure discharge pathway launch at Valley")
            .rationale("Shared readmission programme agreed with the quality council")
            .addProductsDiscussed(discussed(CARDIVA, CARDIVA_HF))
            .build(),
        meeting(LUNCH_AND_LEARN.value(), 2026, 10, 14, Channel.IN_PERSON)
            .addTeamMember(SALES_ONCOLOGY)
            .addStakeholders(
                ONCOLOGY_NURSE_MANAGER, INFUSION_MANAGER, ONCOLOGY_PHARMACIST, ONCOLOGIST_ST_LUKES)
            .purpose("Lunch and learn: infusion scheduling for every-three-week regimens")
            .rationale("Infusion capacity is the account's stated need; content within label")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .addMaterial(SeedRiversideCompliance.ONCOXA_DETAIL_AID)
            .build(),
        meeting("riverside-int-hcc-exchange", 2026, 10, 16, Channel.REMOTE)
            .addTeamMember(LENA_FISCHER)
            .addStakeholder(ONCOLOGY_RESEARCH)
            .purpose("Scientific exchange on the hepatocellular carcinoma trial programme")
            .rationale("Unsolicited request from the research director, answered by medical")
            .unsolicitedRequest(true)
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_HCC))
            .build(),
        meeting("riverside-int-qbr", 2026, 10, 20, Channel.IN_PERSON)
            .addTeamMember(JORDAN_BLAKE)
            .addStakeholder(PHARMACY_DIRECTOR)
            .purpose("Quarterly business review")
            .rationale("Contracted account review under the direct purchase agreement")
            .build(),
        meeting("riverside-int-renal-dosing", 2026, 10, 23, Channel.EMAIL)
            .addTeamMember(LENA_FISCHER)
            .addStakeholder(ONCOLOGY_PHARMACIST)
            .purpose("Medical information request: Oncoxa in renal impairment")
            .rationale("Unsolicited medical information request")
            .unsolicitedRequest(true)
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting("riverside-int-succession", 2026, 10, 28, Channel.IN_PERSON)
            .addTeamMembers(JORDAN_BLAKE, SALES_ONCOLOGY)
            .addStakeholder(CHIEF_OF_ONCOLOGY)
            .purpose("Oncology leadership transition and protocol continuity")
            .rationale("Continuity of the NSCLC protocol after the chief's retirement")
            .build(),
        meeting("riverside-int-payer-alignment", 2026, 9, 15, Channel.REMOTE)
            .addTeamMember(CARLA_NGUYEN)
            .addStakeholder(MANAGED_CARE_DIRECTOR)
            .purpose("Riverside Health Plan formulary alignment")
            .rationale("Align health-plan coverage with the system formulary decision")
            .addProductsDiscussed(discussed(ONCOXA, ONCOXA_NSCLC))
            .build(),
        meeting("riverside-int-jbp-working-session", 2026, 11, 18, Channel.IN_PERSON)
            .status(InteractionStatus.PLANNED)
            .addTeamMembers(JORDAN_BLAKE, SALES_CARDIOLOGY)
            .addStakeholder(QUALITY_VP)
            .purpose("Joint business plan working session")
            .rationale("Agree the joint objectives of the readmission programme")
            .build());
  }

  private static Interaction.Builder meeting(
      String id, int year, int month, int day, Channel channel) {
    return Interaction.builder()
        .id(InteractionId.of(id))
        .date(date(year, month, day))
        .channel(channel);
  }

  private static ProductDiscussion discussed(ProductId product, IndicationId indication) {
    return ProductDiscussion.of(product, Optional.of(indication));
  }

  // Transfers of value: the group meal, an advisory board fee with travel, and a grant.

  static List<TransferOfValue> transfersOfValue() {
    return List.of(
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-lunch-and-learn"))
            .date(date(2026, 10, 14))
            .amount(usd("386.40"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
            .addAttendees(
                ONCOLOGY_NURSE_MANAGER, INFUSION_MANAGER, ONCOLOGY_PHARMACIST, ONCOLOGIST_ST_LUKES)
            .headcount(6)
            .addRelatedProduct(ONCOXA)
            .therapeuticArea("Oncology")
            .interaction(LUNCH_AND_LEARN)
            .mealSetting(MealSetting.IN_OFFICE_WITH_PRESENTATION)
            .description("Lunch and learn, oncology nursing and infusion scheduling")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-advisory-fee"))
            .date(date(2026, 5, 20))
            .amount(usd("2500.00"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.CONSULTING_FEE)
            .recipient(CHIEF_OF_ONCOLOGY)
            .addRelatedProduct(ONCOXA)
            .therapeuticArea("Oncology")
            .agreement(SeedRiversideCompliance.ADVISORY_BOARD)
            .description("Advisory board, first-line NSCLC treatment sequencing")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-advisory-travel"))
            .date(date(2026, 5, 19))
            .amount(usd("612.80"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.TRAVEL_AND_LODGING)
            .recipient(CHIEF_OF_ONCOLOGY)
            .addRelatedProduct(ONCOXA)
            .travelDestination(
                TravelDestination.builder().city("Chicago").state("IL").country("US").build())
            .agreement(SeedRiversideCompliance.ADVISORY_BOARD)
            .description("Travel to the advisory board")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("riverside-tov-navigator-grant"))
            .date(date(2026, 3, 2))
            .amount(usd("25000.00"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.GRANT)
            .organisation(SeedRiversideHealth.ID)
            .description("Oncology nurse navigator education grant")
            .build());
  }
}
