package dev.kamkit.json.deser;

import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.stakeholder.BuyingRole;
import dev.kamkit.model.stakeholder.CommitteeMembership;
import dev.kamkit.model.stakeholder.CommitteeRole;
import dev.kamkit.model.stakeholder.EmploymentBasis;
import dev.kamkit.model.stakeholder.HcpIdentity;
import dev.kamkit.model.stakeholder.HcpProfession;
import dev.kamkit.model.stakeholder.Influence;
import dev.kamkit.model.stakeholder.ManufacturerEmployment;
import dev.kamkit.model.stakeholder.Seniority;
import dev.kamkit.model.stakeholder.Sentiment;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderFunction;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.stakeholder.StakeholderStatus;
import dev.kamkit.model.stakeholder.TrainingStatus;

/** Reads the people in the account: stakeholders, their seats, HCP identity and influence. */
final class StakeholderReader {
  static final Conv<StakeholderId> STAKEHOLDER_ID = Scalars.id(StakeholderId::of);
  static final Conv<DecisionBodyId> DECISION_BODY_ID = Scalars.id(DecisionBodyId::of);
  static final Conv<SiteId> SITE_ID = Scalars.id(SiteId::of);
  static final Conv<ClinicalUnitId> CLINICAL_UNIT_ID = Scalars.id(ClinicalUnitId::of);
  static final Conv<Stakeholder> STAKEHOLDER_OBJECT =
      Conv.table(() -> StakeholderReader.STAKEHOLDER);
  static final Conv<StakeholderInfluence> INFLUENCE_OBJECT =
      Conv.table(() -> StakeholderReader.INFLUENCE);

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
      Conv.table(() -> StakeholderReader.MEMBERSHIP);
  private static final Conv<HcpIdentity> HCP_OBJECT = Conv.table(() -> StakeholderReader.HCP);
  private static final Conv<EmploymentBasis> EMPLOYMENT_BASIS =
      Scalars.enumOf(EmploymentBasis.class);
  private static final Conv<ManufacturerEmployment> EMPLOYMENT_OBJECT =
      Conv.table(() -> StakeholderReader.EMPLOYMENT);

  static final PropertyTable<Stakeholder, Stakeholder.Builder> STAKEHOLDER =
      PropertyTable.of("a stakeholder object", Stakeholder::builder, Stakeholder.Builder::build)
          .req("id", STAKEHOLDER_ID, Stakeholder::id, Stakeholder.Builder::id)
          .req("name", Scalars.TEXT, Stakeholder::name, Stakeholder.Builder::name)
          .opt("title", Scalars.TEXT, Stakeholder::title, Stakeholder.Builder::title)
          .req("function", FUNCTION, Stakeholder::function, Stakeholder.Builder::function)
          .set(
              "buyingRoles",
              BUYING_ROLE,
              Stakeholder::buyingRoles,
              Stakeholder.Builder::addAllBuyingRoles)
          .list(
              "committeeMemberships",
              MEMBERSHIP_OBJECT,
              Stakeholder::committeeMemberships,
              Stakeholder.Builder::addCommitteeMemberships)
          .opt("sentiment", SENTIMENT, Stakeholder::sentiment, Stakeholder.Builder::sentiment)
          .opt("influence", INFLUENCE_LEVEL, Stakeholder::influence, Stakeholder.Builder::influence)
          .opt("seniority", SENIORITY, Stakeholder::seniority, Stakeholder.Builder::seniority)
          .opt("reportsTo", STAKEHOLDER_ID, Stakeholder::reportsTo, Stakeholder.Builder::reportsTo)
          .optDefault("status", STATUS, Stakeholder::status, Stakeholder.Builder::status)
          .opt(
              "departureDate",
              Scalars.DATE_VALUE,
              Stakeholder::departureDate,
              Stakeholder.Builder::departureDate)
          .opt("site", SITE_ID, Stakeholder::site, Stakeholder.Builder::site)
          .opt(
              "clinicalUnit",
              CLINICAL_UNIT_ID,
              Stakeholder::clinicalUnit,
              Stakeholder.Builder::clinicalUnit)
          .opt("hcp", HCP_OBJECT, Stakeholder::hcp, Stakeholder.Builder::hcp)
          .facts(FactReaders.STAKEHOLDER, Stakeholder::facts, Stakeholder.Builder::addAllFacts)
          .attributes(Stakeholder::attributes, Stakeholder.Builder::putAllAttributes)
          .opt(
              "manufacturerEmployment",
              EMPLOYMENT_OBJECT,
              Stakeholder::manufacturerEmployment,
              Stakeholder.Builder::manufacturerEmployment);

  static final PropertyTable<CommitteeMembership, CommitteeMembership.Builder> MEMBERSHIP =
      PropertyTable.of(
              "a committee membership object",
              CommitteeMembership::builder,
              CommitteeMembership.Builder::build)
          .req(
              "decisionBody",
              DECISION_BODY_ID,
              CommitteeMembership::decisionBody,
              CommitteeMembership.Builder::decisionBody)
          .req("role", ROLE, CommitteeMembership::role, CommitteeMembership.Builder::role);

  static final PropertyTable<HcpIdentity, HcpIdentity.Builder> HCP =
      PropertyTable.of("an HCP identity object", HcpIdentity::builder, HcpIdentity.Builder::build)
          .req("profession", PROFESSION, HcpIdentity::profession, HcpIdentity.Builder::profession)
          .optDefault(
              "trainingStatus",
              TRAINING,
              HcpIdentity::trainingStatus,
              HcpIdentity.Builder::trainingStatus)
          .opt("npi", Scalars.NPI, HcpIdentity::npi, HcpIdentity.Builder::npi)
          .set(
              "licenseStates",
              Scalars.TEXT,
              HcpIdentity::licenseStates,
              HcpIdentity.Builder::addAllLicenseStates)
          .opt("specialty", Scalars.TEXT, HcpIdentity::specialty, HcpIdentity.Builder::specialty)
          .opt(
              "countryOfPractice",
              Scalars.TEXT,
              HcpIdentity::countryOfPractice,
              HcpIdentity.Builder::countryOfPractice)
          .opt(
              "nationalRegistration",
              Scalars.TEXT,
              HcpIdentity::nationalRegistration,
              HcpIdentity.Builder::nationalRegistration)
          .opt(
              "disclosureConsent",
              Scalars.FLAG,
              HcpIdentity::disclosureConsent,
              HcpIdentity.Builder::disclosureConsent);

  static final PropertyTable<ManufacturerEmployment, ManufacturerEmployment.Builder> EMPLOYMENT =
      PropertyTable.of(
              "a manufacturer employment object",
              ManufacturerEmployment::builder,
              ManufacturerEmployment.Builder::build)
          .req(
              "basis",
              EMPLOYMENT_BASIS,
              ManufacturerEmployment::basis,
              ManufacturerEmployment.Builder::basis)
          .opt(
              "since",
              Scalars.DATE_VALUE,
              ManufacturerEmployment::since,
              ManufacturerEmployment.Builder::since)
          .opt(
              "until",
              Scalars.DATE_VALUE,
              ManufacturerEmployment::until,
              ManufacturerEmployment.Builder::until);

  static final PropertyTable<StakeholderInfluence, StakeholderInfluence.Builder> INFLUENCE =
      PropertyTable.of(
              "an influence object",
              StakeholderInfluence::builder,
              StakeholderInfluence.Builder::build)
          .req(
              "influencer",
              STAKEHOLDER_ID,
              StakeholderInfluence::influencer,
              StakeholderInfluence.Builder::influencer)
          .req(
              "influenced",
              STAKEHOLDER_ID,
              StakeholderInfluence::influenced,
              StakeholderInfluence.Builder::influenced)
          .req(
              "strength",
              INFLUENCE_LEVEL,
              StakeholderInfluence::strength,
              StakeholderInfluence.Builder::strength);

  private StakeholderReader() {}
}
