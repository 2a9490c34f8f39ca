package dev.kamkit.json.ser;

import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;

/** Writes the decision bodies, our team and who of ours holds whom. */
final class TeamWriter {
  private TeamWriter() {}

  static void decisionBody(Out out, DecisionBody d) {
    out.object(
        () -> {
          out.id("id", d.id());
          out.text("name", d.name());
          out.enumValue("kind", d.kind());
          out.enumValue("scope", d.scope());
          out.id("site", d.site());
          out.enums("decisions", d.decisions());
          out.dates("meetingDates", d.meetingDates());
          out.attributes(d.attributes());
        });
  }

  static void teamMember(Out out, TeamMember m) {
    out.object(
        () -> {
          out.id("id", m.id());
          out.text("name", m.name());
          out.enumValue("function", m.function());
          out.date("leftOn", m.leftOn());
          out.enums("incentives", m.incentives());
          out.attributes(m.attributes());
        });
  }

  static void targetList(Out out, TargetList t) {
    out.object(
        () -> {
          out.id("id", t.id());
          out.text("name", t.name());
          out.id("builtBy", t.builtBy());
          out.ids("workedBy", t.workedBy());
          out.ids("stakeholders", t.stakeholders());
          out.date("createdOn", t.createdOn());
        });
  }

  static void relationship(Out out, Relationship r) {
    out.object(
        () -> {
          out.id("teamMember", r.teamMember());
          out.id("stakeholder", r.stakeholder());
          out.enumValue("strength", r.strength());
          out.date("since", r.since());
          out.date("lastInteraction", r.lastInteraction());
        });
  }
}
