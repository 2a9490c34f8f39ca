package dev.kamkit.json.ser;

import dev.kamkit.model.plan.CompetitorPosition;
import dev.kamkit.model.plan.CustomerFeedback;
import dev.kamkit.model.plan.JointBusinessPlan;
import dev.kamkit.model.plan.PathwayStage;
import dev.kamkit.model.plan.PatientPathway;
import dev.kamkit.model.plan.SharedValueInitiative;
import dev.kamkit.model.plan.SwotAnalysis;
import dev.kamkit.model.plan.ValueProposition;

/**
 * Writes what the plan says about value, position and the customer: value proposition, competitive
 * landscape, SWOT, initiatives, joint plan, patient pathways, voice of the account.
 */
final class PlanContextWriter {
  private PlanContextWriter() {}

  static void valueProposition(Out out, ValueProposition v) {
    out.object(
        () -> {
          out.text("statement", v.statement());
          out.text("businessRationale", v.businessRationale());
          out.text("clinicalRationale", v.clinicalRationale());
          out.ids("products", v.products());
          out.date("reviewedOn", v.reviewedOn());
        });
  }

  static void competitor(Out out, CompetitorPosition c) {
    out.object(
        () -> {
          out.text("competitor", c.competitor());
          out.texts("competitorProducts", c.competitorProducts());
          out.ids("competesWith", c.competesWith());
          out.enumValue("threat", c.threat());
          out.text("strengths", c.strengths());
          out.text("weaknesses", c.weaknesses());
        });
  }

  static void swot(Out out, SwotAnalysis s) {
    out.object(
        () -> {
          out.texts("strengths", s.strengths());
          out.texts("weaknesses", s.weaknesses());
          out.texts("opportunities", s.opportunities());
          out.texts("threats", s.threats());
        });
  }

  static void initiative(Out out, SharedValueInitiative i) {
    out.object(
        () -> {
          out.id("id", i.id());
          out.text("name", i.name());
          out.text("rationale", i.rationale());
          out.enumValue("status", i.status());
          out.date("launchedOn", i.launchedOn());
          out.ids("needs", i.needs());
          out.ids("stakeholders", i.stakeholders());
          out.ids("teamMembers", i.teamMembers());
        });
  }

  static void jointPlan(Out out, JointBusinessPlan j) {
    out.object(
        () -> {
          out.date("agreedOn", j.agreedOn());
          out.ids("customerSponsors", j.customerSponsors());
          out.ids("jointObjectives", j.jointObjectives());
          out.date("nextJointReview", j.nextJointReview());
        });
  }

  static void pathway(Out out, PatientPathway p) {
    out.object(
        () -> {
          out.text("condition", p.condition());
          out.objects("stages", p.stages(), PlanContextWriter::stage);
        });
  }

  static void feedback(Out out, CustomerFeedback f) {
    out.object(
        () -> {
          out.date("date", f.date());
          out.integer("netPromoterScore", f.netPromoterScore());
          out.integer("customerEffortScore", f.customerEffortScore());
          out.integer("relationshipScore", f.relationshipScore());
          out.text("source", f.source());
        });
  }

  private static void stage(Out out, PathwayStage s) {
    out.object(
        () -> {
          out.text("name", s.name());
          out.texts("painPoints", s.painPoints());
          out.ids("stakeholders", s.stakeholders());
        });
  }
}
