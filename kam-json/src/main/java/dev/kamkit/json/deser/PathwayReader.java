package dev.kamkit.json.deser;

import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;

/** Reads the patient's and the customer's view: patient pathways and the voice of the account. */
final class PathwayReader {
  static final Conv<PatientPathway> PATHWAY_OBJECT = Conv.table(() -> PathwayReader.PATHWAY);
  static final Conv<CustomerFeedback> FEEDBACK_OBJECT = Conv.table(() -> PathwayReader.FEEDBACK);

  private static final Conv<PathwayStage> STAGE_OBJECT = Conv.table(() -> PathwayReader.STAGE);

  static final PropertyTable<PatientPathway, PatientPathway.Builder> PATHWAY =
      PropertyTable.of(
              "a patient pathway object", PatientPathway::builder, PatientPathway.Builder::build)
          .req(
              "condition",
              Scalars.TEXT,
              PatientPathway::condition,
              PatientPathway.Builder::condition)
          .list("stages", STAGE_OBJECT, PatientPathway::stages, PatientPathway.Builder::addStages);

  static final PropertyTable<PathwayStage, PathwayStage.Builder> STAGE =
      PropertyTable.of("a pathway stage object", PathwayStage::builder, PathwayStage.Builder::build)
          .req("name", Scalars.TEXT, PathwayStage::name, PathwayStage.Builder::name)
          .list(
              "painPoints",
              Scalars.TEXT,
              PathwayStage::painPoints,
              PathwayStage.Builder::addPainPoints)
          .set(
              "stakeholders",
              StakeholderReader.STAKEHOLDER_ID,
              PathwayStage::stakeholders,
              PathwayStage.Builder::addAllStakeholders);

  static final PropertyTable<CustomerFeedback, CustomerFeedback.Builder> FEEDBACK =
      PropertyTable.of(
              "a customer feedback object",
              CustomerFeedback::builder,
              CustomerFeedback.Builder::build)
          .req("date", Scalars.DATE_VALUE, CustomerFeedback::date, CustomerFeedback.Builder::date)
          .opt(
              "netPromoterScore",
              Scalars.INTEGER,
              CustomerFeedback::netPromoterScore,
              CustomerFeedback.Builder::netPromoterScore)
          .opt(
              "customerEffortScore",
              Scalars.INTEGER,
              CustomerFeedback::customerEffortScore,
              CustomerFeedback.Builder::customerEffortScore)
          .opt(
              "relationshipScore",
              Scalars.INTEGER,
              CustomerFeedback::relationshipScore,
              CustomerFeedback.Builder::relationshipScore)
          .opt("source", Scalars.TEXT, CustomerFeedback::source, CustomerFeedback.Builder::source);

  private PathwayReader() {}
}
