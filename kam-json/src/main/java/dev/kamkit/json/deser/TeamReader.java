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
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the decision bodies, our team and who of ours holds whom. */
final class TeamReader {
  static final List<String> DECISION_BODY =
      List.of("id", "name", "kind", "scope", "site", "decisions", "meetingDates", "attributes");
  static final List<String> TEAM_MEMBER =
      List.of("id", "name", "function", "leftOn", "incentives", "attributes");
  static final List<String> TARGET_LIST =
      List.of("id", "name", "builtBy", "workedBy", "stakeholders", "createdOn");
  static final List<String> RELATIONSHIP =
      List.of("teamMember", "stakeholder", "strength", "since", "lastInteraction");

  static final Conv<TeamMemberId> TEAM_MEMBER_ID = Scalars.id(TeamMemberId::of);
  static final Conv<DecisionBody> DECISION_BODY_OBJECT =
      Conv.of("a decision body object", TeamReader::decisionBody);
  static final Conv<TargetList> TARGET_LIST_OBJECT =
      Conv.of("a target list object", TeamReader::targetList);
  static final Conv<TeamMember> TEAM_MEMBER_OBJECT =
      Conv.of("a team member object", TeamReader::teamMember);
  static final Conv<Relationship> RELATIONSHIP_OBJECT =
      Conv.of("a relationship object", TeamReader::relationship);

  private static final Conv<DecisionBodyKind> BODY_KIND = Scalars.enumOf(DecisionBodyKind.class);
  private static final Conv<DecisionScope> SCOPE = Scalars.enumOf(DecisionScope.class);
  private static final Conv<DecisionType> DECISION = Scalars.enumOf(DecisionType.class);
  private static final Conv<TeamFunction> FUNCTION = Scalars.enumOf(TeamFunction.class);
  private static final Conv<Incentive> INCENTIVE = Scalars.enumOf(Incentive.class);
  private static final Conv<RelationshipStrength> STRENGTH =
      Scalars.enumOf(RelationshipStrength.class);

  private TeamReader() {}

  private static @Nullable DecisionBody decisionBody(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a decision body object", DECISION_BODY);
    if (in == null) {
      return null;
    }
    DecisionBody.Builder b = DecisionBody.builder();
    in.req("id", StakeholderReader.DECISION_BODY_ID, b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("kind", BODY_KIND, b::kind);
    in.req("scope", SCOPE, b::scope);
    in.opt("site", StakeholderReader.SITE_ID, b::site);
    in.set("decisions", DECISION, b::addAllDecisions);
    in.set("meetingDates", Scalars.DATE_VALUE, b::addAllMeetingDates);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable TeamMember teamMember(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a team member object", TEAM_MEMBER);
    if (in == null) {
      return null;
    }
    TeamMember.Builder b = TeamMember.builder();
    in.req("id", TEAM_MEMBER_ID, b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("function", FUNCTION, b::function);
    in.opt("leftOn", Scalars.DATE_VALUE, b::leftOn);
    in.set("incentives", INCENTIVE, b::addAllIncentives);
    ValueReader.attributes(in, b::putAllAttributes);
    return in.build(b::build);
  }

  private static @Nullable TargetList targetList(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a target list object", TARGET_LIST);
    if (in == null) {
      return null;
    }
    TargetList.Builder b = TargetList.builder();
    in.req("id", Scalars.id(TargetListId::of), b::id);
    in.req("name", Scalars.TEXT, b::name);
    in.req("builtBy", TEAM_MEMBER_ID, b::builtBy);
    in.set("workedBy", TEAM_MEMBER_ID, b::addAllWorkedBy);
    in.set("stakeholders", StakeholderReader.STAKEHOLDER_ID, b::addAllStakeholders);
    in.opt("createdOn", Scalars.DATE_VALUE, b::createdOn);
    return in.build(b::build);
  }

  private static @Nullable Relationship relationship(ReadContext cx, JsonNode node, Pointer at) {
    In in = In.object(cx, node, at, "a relationship object", RELATIONSHIP);
    if (in == null) {
      return null;
    }
    Relationship.Builder b = Relationship.builder();
    in.req("teamMember", TEAM_MEMBER_ID, b::teamMember);
    in.req("stakeholder", StakeholderReader.STAKEHOLDER_ID, b::stakeholder);
    in.req("strength", STRENGTH, b::strength);
    in.opt("since", Scalars.DATE_VALUE, b::since);
    in.opt("lastInteraction", Scalars.DATE_VALUE, b::lastInteraction);
    return in.build(b::build);
  }
}
