package dev.kamkit.json.deser;

import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.committee.DecisionScope;
import dev.kamkit.model.committee.DecisionType;
import dev.kamkit.model.id.TargetListId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.team.Incentive;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.model.team.TeamMember;

/** Reads the decision bodies, our team and who of ours holds whom. */
final class TeamReader {
  static final Conv<TeamMemberId> TEAM_MEMBER_ID = Scalars.id(TeamMemberId::of);
  static final Conv<DecisionBody> DECISION_BODY_OBJECT = Conv.table(() -> TeamReader.DECISION_BODY);
  static final Conv<TargetList> TARGET_LIST_OBJECT = Conv.table(() -> TeamReader.TARGET_LIST);
  static final Conv<TeamMember> TEAM_MEMBER_OBJECT = Conv.table(() -> TeamReader.TEAM_MEMBER);
  static final Conv<Relationship> RELATIONSHIP_OBJECT = Conv.table(() -> TeamReader.RELATIONSHIP);

  private static final Conv<DecisionBodyKind> BODY_KIND = Scalars.enumOf(DecisionBodyKind.class);
  private static final Conv<DecisionScope> SCOPE = Scalars.enumOf(DecisionScope.class);
  private static final Conv<DecisionType> DECISION = Scalars.enumOf(DecisionType.class);
  private static final Conv<TeamFunction> FUNCTION = Scalars.enumOf(TeamFunction.class);
  private static final Conv<Incentive> INCENTIVE = Scalars.enumOf(Incentive.class);
  private static final Conv<RelationshipStrength> STRENGTH =
      Scalars.enumOf(RelationshipStrength.class);

  static final PropertyTable<DecisionBody, DecisionBody.Builder> DECISION_BODY =
      PropertyTable.of("a decision body object", DecisionBody::builder, DecisionBody.Builder::build)
          .req("id", StakeholderReader.DECISION_BODY_ID, DecisionBody::id, DecisionBody.Builder::id)
          .req("name", Scalars.TEXT, DecisionBody::name, DecisionBody.Builder::name)
          .req("kind", BODY_KIND, DecisionBody::kind, DecisionBody.Builder::kind)
          .req("scope", SCOPE, DecisionBody::scope, DecisionBody.Builder::scope)
          .opt("site", StakeholderReader.SITE_ID, DecisionBody::site, DecisionBody.Builder::site)
          .set(
              "decisions", DECISION, DecisionBody::decisions, DecisionBody.Builder::addAllDecisions)
          .set(
              "meetingDates",
              Scalars.DATE_VALUE,
              DecisionBody::meetingDates,
              DecisionBody.Builder::addAllMeetingDates)
          .attributes(DecisionBody::attributes, DecisionBody.Builder::putAllAttributes);

  static final PropertyTable<TeamMember, TeamMember.Builder> TEAM_MEMBER =
      PropertyTable.of("a team member object", TeamMember::builder, TeamMember.Builder::build)
          .req("id", TEAM_MEMBER_ID, TeamMember::id, TeamMember.Builder::id)
          .req("name", Scalars.TEXT, TeamMember::name, TeamMember.Builder::name)
          .req("function", FUNCTION, TeamMember::function, TeamMember.Builder::function)
          .opt("leftOn", Scalars.DATE_VALUE, TeamMember::leftOn, TeamMember.Builder::leftOn)
          .set(
              "incentives", INCENTIVE, TeamMember::incentives, TeamMember.Builder::addAllIncentives)
          .attributes(TeamMember::attributes, TeamMember.Builder::putAllAttributes);

  static final PropertyTable<TargetList, TargetList.Builder> TARGET_LIST =
      PropertyTable.of("a target list object", TargetList::builder, TargetList.Builder::build)
          .req("id", Scalars.id(TargetListId::of), TargetList::id, TargetList.Builder::id)
          .req("name", Scalars.TEXT, TargetList::name, TargetList.Builder::name)
          .req("builtBy", TEAM_MEMBER_ID, TargetList::builtBy, TargetList.Builder::builtBy)
          .set("workedBy", TEAM_MEMBER_ID, TargetList::workedBy, TargetList.Builder::addAllWorkedBy)
          .set(
              "stakeholders",
              StakeholderReader.STAKEHOLDER_ID,
              TargetList::stakeholders,
              TargetList.Builder::addAllStakeholders)
          .opt(
              "createdOn",
              Scalars.DATE_VALUE,
              TargetList::createdOn,
              TargetList.Builder::createdOn);

  static final PropertyTable<Relationship, Relationship.Builder> RELATIONSHIP =
      PropertyTable.of("a relationship object", Relationship::builder, Relationship.Builder::build)
          .req(
              "teamMember",
              TEAM_MEMBER_ID,
              Relationship::teamMember,
              Relationship.Builder::teamMember)
          .req(
              "stakeholder",
              StakeholderReader.STAKEHOLDER_ID,
              Relationship::stakeholder,
              Relationship.Builder::stakeholder)
          .req("strength", STRENGTH, Relationship::strength, Relationship.Builder::strength)
          .opt("since", Scalars.DATE_VALUE, Relationship::since, Relationship.Builder::since)
          .opt(
              "lastInteraction",
              Scalars.DATE_VALUE,
              Relationship::lastInteraction,
              Relationship.Builder::lastInteraction);

  private TeamReader() {}
}
