package dev.kamkit.model.testing;

import static dev.kamkit.model.testing.SeedAcademicCentre.ACCESS;
import static dev.kamkit.model.testing.SeedAcademicCentre.COMMERCIAL_DIRECTOR;
import static dev.kamkit.model.testing.SeedAcademicCentre.FELLOW;
import static dev.kamkit.model.testing.SeedAcademicCentre.GI_HEAD;
import static dev.kamkit.model.testing.SeedAcademicCentre.HEAD_OF_PHARMACY;
import static dev.kamkit.model.testing.SeedAcademicCentre.ID;
import static dev.kamkit.model.testing.SeedAcademicCentre.KAM;
import static dev.kamkit.model.testing.SeedAcademicCentre.MEDICAL_DIRECTOR;
import static dev.kamkit.model.testing.SeedAcademicCentre.MSL;
import static dev.kamkit.model.testing.SeedAcademicCentre.PROCUREMENT;
import static dev.kamkit.model.testing.SeedAcademicCentre.QUALITY;
import static dev.kamkit.model.testing.SeedAcademicCentre.THORACIC_HEAD;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA;
import static dev.kamkit.model.testing.SeedCatalogue.ONCOXA_NSCLC;
import static dev.kamkit.model.testing.SeedCatalogue.date;
import static dev.kamkit.model.testing.SeedCatalogue.eur;

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
import dev.kamkit.model.id.ActionId;
import dev.kamkit.model.id.InitiativeId;
import dev.kamkit.model.id.InteractionId;
import dev.kamkit.model.id.KpiId;
import dev.kamkit.model.id.NeedId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.ActionStatus;
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
import dev.kamkit.model.plan.ValueProposition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Universitätsklinikum Rheinaue's 2026 partnership plan, interactions and transfers of value: a
 * joint business plan agreed with both directors, a launched early-detection initiative, company
 * and customer KPIs, and euro payments to physicians who gave or refused EFPIA disclosure consent.
 */
final class SeedAcademicCentrePlan {
  private static final NeedId EARLY_DIAGNOSIS = NeedId.of("ukr-need-early-diagnosis");
  private static final NeedId RESEARCH = NeedId.of("ukr-need-research");
  private static final ObjectiveId SCREENING = ObjectiveId.of("ukr-obj-screening-pathway");
  private static final ObjectiveId FIRST_LINE = ObjectiveId.of("ukr-obj-first-line-standard");
  private static final InteractionId WORKING_LUNCH = InteractionId.of("ukr-int-jbp-review");

  private SeedAcademicCentrePlan() {}

  static AccountPlan plan() {
    return AccountPlan.builder()
        .name("Universitätsklinikum Rheinaue partnership plan 2026")
        .status(PlanStatus.ACTIVE)
        .owner(KAM)
        .periodStart(date(2026, 1, 1))
        .periodEnd(date(2026, 12, 31))
        .addStrategicPriorities(
            "Become the reference centre for early lung cancer diagnosis in the region",
            "Grow investigator-initiated research")
        .addNeeds(
            AccountNeed.builder()
                .id(EARLY_DIAGNOSIS)
                .description("Two thirds of lung cancers are diagnosed at stage IV")
                .category(NeedCategory.PATIENT_ACCESS)
                .build(),
            AccountNeed.builder()
                .id(RESEARCH)
                .description("Research output counts towards university funding")
                .category(NeedCategory.INNOVATION)
                .build())
        .needsSegment(NeedCategory.PATIENT_ACCESS)
        .objectives(objectives())
        .actions(actions())
        .kpis(kpis())
        .valueProposition(
            ValueProposition.builder()
                .statement("Earlier diagnosis and a shared first-line standard for lung cancer")
                .businessRationale("Regional referral growth for the university's cancer centre")
                .clinicalRationale("First-line NSCLC per the EU label; guideline-based pathway")
                .addProduct(ONCOXA)
                .reviewedOn(date(2026, 2, 10))
                .build())
        .addSharedValueInitiative(
            SharedValueInitiative.builder()
                .id(InitiativeId.of("ukr-init-early-detection"))
                .name("Regional lung cancer early-detection pathway")
                .rationale("Stage shift in lung cancer; no product is promoted in the pathway")
                .status(InitiativeStatus.LAUNCHED)
                .launchedOn(date(2026, 4, 1))
                .addNeed(EARLY_DIAGNOSIS)
                .addStakeholders(THORACIC_HEAD, QUALITY, MEDICAL_DIRECTOR)
                .addTeamMember(KAM)
                .build())
        .jointBusinessPlan(
            JointBusinessPlan.builder()
                .agreedOn(date(2026, 5, 12))
                .addCustomerSponsors(MEDICAL_DIRECTOR, COMMERCIAL_DIRECTOR)
                .addJointObjective(SCREENING)
                .nextJointReview(date(2026, 11, 10))
                .build())
        .addPatientPathway(lungCancerPathway())
        .addVoiceOfAccount(
            CustomerFeedback.builder()
                .date(date(2026, 6, 30))
                .netPromoterScore(45)
                .customerEffortScore(2)
                .relationshipScore(8)
                .source("joint business plan review")
                .build())
        .addUpdates(
            date(2026, 1, 15),
            date(2026, 2, 10),
            date(2026, 3, 18),
            date(2026, 5, 12),
            date(2026, 5, 27),
            date(2026, 7, 8),
            date(2026, 9, 2),
            date(2026, 10, 7))
        .addReviews(date(2026, 3, 25), date(2026, 6, 30), date(2026, 9, 29))
        .build();
  }

  private static List<Objective> objectives() {
    return List.of(
        Objective.builder()
            .id(SCREENING)
            .title("Launch a regional lung cancer early-detection pathway")
            .measure("share of new NSCLC diagnoses at stage I-II")
            .startDate(date(2026, 1, 15))
            .dueDate(date(2027, 6, 30))
            .status(ObjectiveStatus.IN_PROGRESS)
            .owner(KAM)
            .addNeed(EARLY_DIAGNOSIS)
            .build(),
        Objective.builder()
            .id(FIRST_LINE)
            .title("Keep Oncoxa the first-line standard in the thoracic protocol")
            .measure("protocol confirmed by the thoracic tumour board")
            .dueDate(date(2026, 12, 2))
            .status(ObjectiveStatus.IN_PROGRESS)
            .owner(KAM)
            .product(ONCOXA)
            .indication(ONCOXA_NSCLC)
            .build());
  }

  private static List<Action> actions() {
    return List.of(
        Action.builder()
            .id(ActionId.of("ukr-act-pathway-workshop"))
            .title("Run the pathway workshop with pulmonology and radiology")
            .owner(KAM)
            .dueDate(date(2026, 5, 29))
            .status(ActionStatus.COMPLETED)
            .completedOn(date(2026, 5, 27))
            .addObjective(SCREENING)
            .addStakeholders(THORACIC_HEAD, QUALITY)
            .addNeed(EARLY_DIAGNOSIS)
            .build(),
        Action.builder()
            .id(ActionId.of("ukr-act-commission-dossier"))
            .title("Update the Arzneimittelkommission on the five-year survival data")
            .owner(ACCESS)
            .dueDate(date(2026, 12, 2))
            .status(ActionStatus.IN_PROGRESS)
            .addObjective(FIRST_LINE)
            .addStakeholder(HEAD_OF_PHARMACY)
            .build());
  }

  private static List<Kpi> kpis() {
    return List.of(
        Kpi.builder()
            .id(KpiId.of("ukr-kpi-early-stage-share"))
            .name("Share of new NSCLC diagnoses at stage I-II")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.CUSTOMER)
            .unit(KpiUnit.PERCENT)
            .target(new BigDecimal("40"))
            .current(new BigDecimal("33"))
            .measuredOn(date(2026, 9, 30))
            .objective(SCREENING)
            .build(),
        Kpi.builder()
            .id(KpiId.of("ukr-kpi-oncoxa-share"))
            .name("Oncoxa share of first-line NSCLC")
            .kind(KpiKind.LAGGING)
            .perspective(KpiPerspective.COMPANY)
            .unit(KpiUnit.PERCENT)
            .target(new BigDecimal("60"))
            .current(new BigDecimal("58"))
            .measuredOn(date(2026, 9, 30))
            .objective(FIRST_LINE)
            .build(),
        Kpi.builder()
            .id(KpiId.of("ukr-kpi-referrals"))
            .name("Referrals from regional pulmonologists per month")
            .kind(KpiKind.LEADING)
            .perspective(KpiPerspective.CUSTOMER)
            .target(new BigDecimal("45"))
            .current(new BigDecimal("38"))
            .measuredOn(date(2026, 10, 31))
            .objective(SCREENING)
            .build());
  }

  private static PatientPathway lungCancerPathway() {
    return PatientPathway.builder()
        .condition("Lung cancer")
        .addStages(
            PathwayStage.builder()
                .name("Detection")
                .addPainPoint("No structured low-dose CT programme in the region")
                .addStakeholder(QUALITY)
                .build(),
            PathwayStage.builder()
                .name("Diagnosis")
                .addPainPoint("Six weeks from suspicious scan to histology")
                .addStakeholder(THORACIC_HEAD)
                .build(),
            PathwayStage.builder()
                .name("Treatment")
                .addStakeholders(THORACIC_HEAD, HEAD_OF_PHARMACY)
                .build())
        .build();
  }

  private static final ServiceAgreementId ADVISORY_BOARD =
      ServiceAgreementId.of("ukr-sa-thoracic-advisory-2026");
  private static final ServiceAgreementId LECTURE =
      ServiceAgreementId.of("ukr-sa-gi-lectures-2026");

  static List<Interaction> interactions() {
    return List.of(
        Interaction.builder()
            .id(WORKING_LUNCH)
            .date(date(2026, 9, 30))
            .channel(Channel.IN_PERSON)
            .addTeamMember(KAM)
            .addStakeholders(MEDICAL_DIRECTOR, COMMERCIAL_DIRECTOR, QUALITY)
            .purpose("Joint business plan review")
            .rationale("Review of the agreed joint business plan with its sponsors")
            .build(),
        Interaction.builder()
            .id(InteractionId.of("ukr-int-survival-data"))
            .date(date(2026, 10, 15))
            .channel(Channel.IN_PERSON)
            .addTeamMember(MSL)
            .addStakeholders(THORACIC_HEAD, FELLOW)
            .purpose("Scientific exchange on five-year first-line survival data")
            .rationale("Medical exchange requested by the head of thoracic oncology")
            .unsolicitedRequest(true)
            .addProductsDiscussed(ProductDiscussion.of(ONCOXA, Optional.of(ONCOXA_NSCLC)))
            .build(),
        Interaction.builder()
            .id(InteractionId.of("ukr-int-framework-renewal"))
            .date(date(2026, 10, 13))
            .channel(Channel.REMOTE)
            .addTeamMember(ACCESS)
            .addStakeholder(PROCUREMENT)
            .purpose("Framework agreement renewal timetable")
            .rationale("The current framework agreement ends in December 2027")
            .build());
  }

  /**
   * The written agreements the two fees are paid under: a signed advisory board agreement with a
   * fee fixed before the term, and a lecture agreement on a per-service fee.
   */
  static List<ServiceAgreement> serviceAgreements() {
    return List.of(
        ServiceAgreement.builder()
            .id(ADVISORY_BOARD)
            .kind(ServiceKind.ADVISORY_BOARD)
            .stakeholder(THORACIC_HEAD)
            .signedOn(date(2026, 2, 16))
            .compensationSetOn(date(2026, 2, 16))
            .compensationBasis(CompensationBasis.FIXED_FEE)
            .start(date(2026, 3, 1))
            .end(date(2027, 2, 28))
            .annualCap(eur("6000.00"))
            .build(),
        ServiceAgreement.builder()
            .id(LECTURE)
            .kind(ServiceKind.SPEAKING)
            .stakeholder(GI_HEAD)
            .signedOn(date(2026, 3, 30))
            .compensationSetOn(date(2026, 3, 30))
            .compensationBasis(CompensationBasis.PER_SERVICE)
            .start(date(2026, 4, 1))
            .end(date(2027, 3, 31))
            .build());
  }

  static List<TransferOfValue> transfersOfValue() {
    return List.of(
        TransferOfValue.builder()
            .id(TransferOfValueId.of("ukr-tov-advisory-fee"))
            .date(date(2026, 3, 12))
            .amount(eur("3000.00"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.CONSULTING_FEE)
            .recipient(THORACIC_HEAD)
            .addRelatedProduct(ONCOXA)
            .agreement(ADVISORY_BOARD)
            .description("Advisory board on first-line NSCLC sequencing")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("ukr-tov-lecture-fee"))
            .date(date(2026, 4, 22))
            .amount(eur("1200.00"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING)
            .recipient(GI_HEAD)
            .agreement(LECTURE)
            .description("Lecture at a regional oncology meeting")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("ukr-tov-congress-registration"))
            .date(date(2026, 9, 11))
            .amount(eur("850.00"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.EDUCATION)
            .recipient(FELLOW)
            .description("Congress registration fee")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("ukr-tov-congress-travel"))
            .date(date(2026, 9, 11))
            .amount(eur("640.00"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.TRAVEL_AND_LODGING)
            .recipient(FELLOW)
            .travelDestination(TravelDestination.builder().city("Wien").country("AT").build())
            .description("Travel and lodging for the congress")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("ukr-tov-research-grant"))
            .date(date(2026, 2, 1))
            .amount(eur("60000.00"))
            .form(FormOfPayment.CASH_OR_CASH_EQUIVALENT)
            .nature(NatureOfPayment.GRANT)
            .organisation(ID)
            .description("Investigator-initiated study on early-detection pathways")
            .build(),
        TransferOfValue.builder()
            .id(TransferOfValueId.of("ukr-tov-working-lunch"))
            .date(date(2026, 9, 30))
            .amount(eur("96.00"))
            .form(FormOfPayment.IN_KIND_ITEMS_AND_SERVICES)
            .nature(NatureOfPayment.FOOD_AND_BEVERAGE)
            .addAttendees(MEDICAL_DIRECTOR, QUALITY)
            .headcount(4)
            .interaction(WORKING_LUNCH)
            .description("Working lunch at the joint business plan review")
            .build());
  }
}
