package dev.kamkit.json.deser;

import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
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
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.stakeholder.TrainingStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the people in the account: stakeholders, their seats, HCP identity and influence. */
final class StakeholderReader {
  static final List<String> STAKEHOLDER =
      List.of(
          "id",
          "name",
          "title",
          "function",
          "buyingRoles",
          "committeeMemberships",
          "sentiment",
          "influence",
          "seniority",
          "reportsTo",
          "status",
          "departureDate",
          "site",
          "clinicalUnit",
          "hcp",
          "attributes");
  static final List<String> MEMBERSHIP = List.of("decisionBody", "role");
  static final List<String> HCP =
      List.of(
          "profession",
          "trainingStatus",
          "npi",
          "licenseStates",
          "specialty",
          "countryOfPractice",
          "nationalRegistration",
          "disclosureConsent");
  static final List<String> INFLUENCE = List.of("influencer", "influenced", "strength");

  static final Conv<StakeholderId> STAKEHOLDER_ID = Scalars.id(StakeholderId::of);
  static final Conv<DecisionBodyId> DECISION_BODY_ID = Scalars.id(DecisionBodyId::of);
  static final Conv<SiteId> SITE_ID = Scalars.id(SiteId::of);
  static final Conv<ClinicalUnitId> CLINICAL_UNIT_ID = Scalars.id(ClinicalUnitId::of);
  static final Conv<Stakeholder> STAKEHOLDER_OBJECT =
      Conv.of("a stakeholder object", StakeholderReader::stakeholder);
  static final Conv<StakeholderInfluence> INFLUENCE_OBJECT =
      Conv.of("an influence object", StakeholderReader::influence);

  private static final Conv<StakeholderFunction> FUNCTION =
      Scalars.enumOf(StakeholderFunction.class);
  private static final Conv<BuyingRole> BUYING_ROLE = Scalars.enumOf(BuyingRole.class);
  private static final Conv<Sentiment> SENTIMENT = Scalars.enumOf(Sentiment.class);
  private static final Conv<Influence> INFLUENCE_LEVEL = Scalars.enumOf(Influence.class);
  private static final Conv<Seniority> SENIORITY = Scalars.enumOf(Seniority.class);
  private static final Conv<StakeholderStatus> STATUS = Scalars.enumOf(StakeholderStatus.class);
  private static final Conv<CommitteeRole> ROLE = Scalars.enumOf(CommitteeRole.class);
  private static final Conv<HcpProfession> PROFESSION = Scalars.enumOf(HcpProfession.class);
  private static final Conv<TrainingStatus> TRAINING = Scalars.enumOf(TrainingStatus.class);
  private static final Conv<CommitteeMembership> MEMBERSHIP_OBJECT =
      Conv.of("a committee membership object", StakeholderReader::membership);
  private static final Conv<HcpIdentity> HCP_OBJECT =
      Conv.of("an HCP identity object", StakeholderReader::hcp);

  private StakeholderReader() {}

  private static @Nullable Stakeholder stakeholder(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a stakeholder object", STAKEHOLDER);
    if (in == null) {
      return null;
    }
    Stakeholder.Builder b = Stakeholder.builder();
    in.req("id", STAKEHOLDER_ID, b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.opt("title", Scalars.TEXT, b::title);
    in.req("function", FUNCTION, b::function);
    in.set("buyingRoles", BUYING_ROLE, b::addAllBuyingRoles);
    in.list("committeeMemberships", MEMBERSHIP_OBJECT, b::addAllCommitteeMemberships);
    in.opt("sentiment", SENTIMENT, b::sentiment);
    in.opt("influence", INFLUENCE_LEVEL, b::influence);
    in.opt("seniority", SENIORITY, b::seniority);
    in.opt("reportsTo", STAKEHOLDER_ID, b::reportsTo);
    in.opt("status", STATUS, b::status);
    in.opt("departureDate", Scalars.DATE_VALUE, b::departureDate);
    in.opt("site", SITE_ID, b::site);
    in.opt("clinicalUnit", CLINICAL_UNIT_ID, b::clinicalUnit);
    in.opt("hcp", HCP_OBJECT, b::hcp);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable CommitteeMembership membership(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a committee membership object", MEMBERSHIP);
    if (in == null) {
      return null;
    }
    CommitteeMembership.Builder b = CommitteeMembership.builder();
    in.req("decisionBody", DECISION_BODY_ID, b::decisionBody);
    in.req("role", ROLE, b::role);
    return in.build(b::build);
  }

  private static @Nullable HcpIdentity hcp(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an HCP identity object", HCP);
    if (in == null) {
      return null;
    }
    HcpIdentity.Builder b = HcpIdentity.builder();
    in.req("profession", PROFESSION, b::profession);
    in.opt("trainingStatus", TRAINING, b::trainingStatus);
    in.opt("npi", Scalars.NPI, b::npi);
    in.set("licenseStates", Scalars.TEXT, b::addAllLicenseStates);
    in.opt("specialty", Scalars.TEXT, b::specialty);
    in.opt("countryOfPractice", Scalars.TEXT, b::countryOfPractice);
    in.opt("nationalRegistration", Scalars.TEXT, b::nationalRegistration);
    in.opt("disclosureConsent", Scalars.FLAG, b::disclosureConsent);
    return in.build(b::build);
  }

  private static @Nullable StakeholderInfluence influence(
      ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "an influence object", INFLUENCE);
    if (in == null) {
      return null;
    }
    StakeholderInfluence.Builder b = StakeholderInfluence.builder();
    in.req("influencer", STAKEHOLDER_ID, b::influencer);
    in.req("influenced", STAKEHOLDER_ID, b::influenced);
    in.req("strength", INFLUENCE_LEVEL, b::strength);
    return in.build(b::build);
  }
}
