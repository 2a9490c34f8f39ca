package dev.kamkit.json.deser;

import dev.kamkit.model.id.OpportunityId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;

/** Reads the account's pipeline: its opportunities. */
final class PipelineReader {
  static final Conv<Opportunity> OPPORTUNITY_OBJECT = Conv.table(() -> PipelineReader.OPPORTUNITY);

  static final Conv<OpportunityId> OPPORTUNITY_ID = Scalars.id(OpportunityId::of);
  private static final Conv<OpportunityStage> STAGE = Scalars.enumOf(OpportunityStage.class);

  static final PropertyTable<Opportunity, Opportunity.Builder> OPPORTUNITY =
      PropertyTable.of("an opportunity object", Opportunity::builder, Opportunity.Builder::build)
          .req("id", OPPORTUNITY_ID, Opportunity::id, Opportunity.Builder::id)
          .req("name", Scalars.TEXT, Opportunity::name, Opportunity.Builder::name)
          .req(
              "product",
              ProductReader.PRODUCT_ID,
              Opportunity::product,
              Opportunity.Builder::product)
          .opt(
              "indication",
              ProductReader.INDICATION_ID,
              Opportunity::indication,
              Opportunity.Builder::indication)
          .opt("site", StakeholderReader.SITE_ID, Opportunity::site, Opportunity.Builder::site)
          .opt(
              "clinicalUnit",
              StakeholderReader.CLINICAL_UNIT_ID,
              Opportunity::clinicalUnit,
              Opportunity.Builder::clinicalUnit)
          .req("stage", STAGE, Opportunity::stage, Opportunity.Builder::stage)
          .req("amount", ValueReader.MONEY, Opportunity::amount, Opportunity.Builder::amount)
          .opt(
              "probability",
              Scalars.INTEGER,
              Opportunity::probability,
              Opportunity.Builder::probability)
          .opt(
              "expectedClose",
              Scalars.DATE_VALUE,
              Opportunity::expectedClose,
              Opportunity.Builder::expectedClose)
          .opt("closedOn", Scalars.DATE_VALUE, Opportunity::closedOn, Opportunity.Builder::closedOn)
          .opt("lossReason", Scalars.TEXT, Opportunity::lossReason, Opportunity.Builder::lossReason)
          .opt("owner", TeamReader.TEAM_MEMBER_ID, Opportunity::owner, Opportunity.Builder::owner)
          .set(
              "objectives",
              PlanItemReader.OBJECTIVE_ID,
              Opportunity::objectives,
              Opportunity.Builder::addAllObjectives)
          .attributes(Opportunity::attributes, Opportunity.Builder::putAllAttributes);

  private PipelineReader() {}
}
