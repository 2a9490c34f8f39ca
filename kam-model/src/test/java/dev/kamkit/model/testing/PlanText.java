package dev.kamkit.model.testing;

import dev.kamkit.model.plan.NeedCategory;
import java.util.List;

/** Phrases account plans are written in. */
final class PlanText {
  static final List<String> PRIORITIES =
      List.of(
          "Reduce avoidable readmissions",
          "Grow oncology service line volume",
          "Standardise therapies across the system",
          "Cut pharmacy spend by five percent",
          "Expand value-based contracts",
          "Shorten time to diagnosis",
          "Improve patient experience scores");
  static final List<String> OBJECTIVES =
      List.of(
          "Add %s to the system formulary",
          "Grow %s share in target units",
          "Win the %s renewal",
          "Launch a %s adherence programme",
          "Secure a %s protocol listing",
          "Convert open whitespace for %s");
  static final List<String> MEASURES =
      List.of(
          "Listed by the system P&T committee",
          "Share above 30 percent by year end",
          "Contract signed before expiry",
          "200 patients enrolled",
          "Included in the clinical pathway",
          "Three units converted");
  static final List<String> ACTIONS =
      List.of(
          "Prepare the formulary dossier",
          "Schedule an MSL scientific exchange",
          "Present the budget impact model to pharmacy",
          "Map the VAC members",
          "Run a lunch-and-learn for nursing",
          "Agree contract terms with procurement",
          "Introduce the executive sponsor to the CFO",
          "Update the relationship map",
          "Collect outcomes data for the QBR",
          "Follow up on the pilot results");
  static final List<String> KPIS =
      List.of(
          "Patients started on therapy per quarter",
          "Formulary listings won",
          "Active multithreaded relationships",
          "Net revenue",
          "Committee meetings attended",
          "Time to treatment (days)",
          "Readmission rate",
          "Net promoter score");
  static final List<String> STATEMENTS =
      List.of(
          "Fewer readmissions at lower total cost of care",
          "Faster diagnosis and treatment start for the account's patients",
          "A single supplier partner for the service line's therapy needs");
  static final List<String> BUSINESS =
      List.of(
          "Budget impact neutral within 18 months",
          "Lower total cost of care per episode",
          "Frees staff time through simpler administration");
  static final List<String> CLINICAL =
      List.of(
          "Superior outcomes in the approved indication",
          "Guideline-recommended first line",
          "Fewer adverse events in the pivotal trial");
  static final List<String> STRENGTHS =
      List.of("Strong clinical champions", "Trusted MSL relationships", "Favourable contract");
  static final List<String> WEAKNESSES =
      List.of("Single-threaded in pharmacy", "No access to the CFO", "Late to the VAC cycle");
  static final List<String> OPPORTUNITIES =
      List.of(
          "New oncology pavilion opening",
          "Pathway redesign under way",
          "Competitor supply shortage");
  static final List<String> THREATS =
      List.of("Biosimilar entry", "GPO contract shift", "Champion retiring");
  static final List<String> INITIATIVES =
      List.of(
          "Adherence programme",
          "Pathway redesign workshop",
          "Diagnosis-rate project",
          "Nurse navigator pilot",
          "Readmission reduction collaborative");
  static final List<String> STAGES =
      List.of(
          "Screening",
          "Diagnosis",
          "Referral",
          "Treatment decision",
          "Treatment initiation",
          "Monitoring",
          "Follow-up");
  static final List<String> PAIN_POINTS =
      List.of(
          "Slow referral from primary care",
          "Prior authorisation delays",
          "Poor adherence after discharge",
          "Missed follow-up appointments",
          "Late diagnosis in community sites");
  static final List<String> STRENGTH_NOTES =
      List.of(
          "Lower price on the GPO contract",
          "Long-standing surgeon loyalty",
          "Broader indication set");
  static final List<String> WEAKNESS_NOTES =
      List.of(
          "Supply reliability issues", "No outcomes data in this population", "Thin field team");
  static final List<String> FEEDBACK_SOURCES = List.of("survey", "QBR interview", "NPS pulse");

  private PlanText() {}

  /** A need of {@code category} in the account's words. */
  static String need(NeedCategory category) {
    return switch (category) {
      case COST_CONTAINMENT -> "Hold drug spend flat while volumes grow";
      case CLINICAL_OUTCOMES -> "Improve quality measures the system reports publicly";
      case PATIENT_ACCESS -> "Shorten the wait from referral to first treatment";
      case OPERATIONAL_EFFICIENCY -> "Free infusion chair capacity";
      case ADHERENCE -> "Keep patients on therapy after discharge";
      case INNOVATION -> "Grow the clinical trial portfolio";
      case POPULATION_HEALTH -> "Close care gaps in the attributed population";
      case OTHER -> "Strengthen the system's regional reputation";
    };
  }
}
