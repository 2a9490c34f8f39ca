package dev.kamkit.json.deser;

import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the patient's and the customer's view: patient pathways and the voice of the account. */
final class PathwayReader {
  static final List<String> PATHWAY = List.of("condition", "stages");
  static final List<String> STAGE = List.of("name", "painPoints", "stakeholders");
  static final List<String> FEEDBACK =
      List.of("date", "netPromoterScore", "customerEffortScore", "relationshipScore", "source");

  static final Conv<PatientPathway> PATHWAY_OBJECT =
      Conv.of("a patient pathway object", PathwayReader::pathway);
  static final Conv<CustomerFeedback> FEEDBACK_OBJECT =
      Conv.of("a customer feedback object", PathwayReader::feedback);

  private static final Conv<PathwayStage> STAGE_OBJECT =
      Conv.of("a pathway stage object", PathwayReader::stage);

  private PathwayReader() {}

  private static @Nullable PatientPathway pathway(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a patient pathway object", PATHWAY);
    if (in == null) {
      return null;
    }
    PatientPathway.Builder b = PatientPathway.builder();
    in.req("condition", Scalars.TEXT, b::condition);
    in.list("stages", STAGE_OBJECT, b::addAllStages);
    return in.build(b::build);
  }

  private static @Nullable PathwayStage stage(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a pathway stage object", STAGE);
    if (in == null) {
      return null;
    }
    PathwayStage.Builder b = PathwayStage.builder();
    in.req("name", Scalars.TEXT, b::name);
    in.list("painPoints", Scalars.TEXT, b::addAllPainPoints);
    in.set("stakeholders", StakeholderReader.STAKEHOLDER_ID, b::addAllStakeholders);
    return in.build(b::build);
  }

  private static @Nullable CustomerFeedback feedback(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a customer feedback object", FEEDBACK);
    if (in == null) {
      return null;
    }
    CustomerFeedback.Builder b = CustomerFeedback.builder();
    in.req("date", Scalars.DATE_VALUE, b::date);
    in.opt("netPromoterScore", Scalars.INTEGER, b::netPromoterScore);
    in.opt("customerEffortScore", Scalars.INTEGER, b::customerEffortScore);
    in.opt("relationshipScore", Scalars.INTEGER, b::relationshipScore);
    in.opt("source", Scalars.TEXT, b::source);
    return in.build(b::build);
  }
}
