package dev.kamkit.json.ser;

import dev.kamkit.model.plan.AccountNeed;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.plan.Action;
import dev.kamkit.model.plan.Kpi;
import dev.kamkit.model.plan.Objective;

/** Writes the account plan and its working items: needs, objectives, actions and KPIs. */
final class PlanWriter {
  private PlanWriter() {}

  static void plan(Out out, AccountPlan p) {
    out.object(
        () -> {
          out.text("name", p.name());
          out.enumValue("status", p.status());
          out.id("owner", p.owner());
          out.date("periodStart", p.periodStart());
          out.date("periodEnd", p.periodEnd());
          out.texts("strategicPriorities", p.strategicPriorities());
          out.objects("needs", p.needs(), PlanWriter::need);
          out.enumValue("needsSegment", p.needsSegment());
          out.objects("objectives", p.objectives(), PlanWriter::objective);
          out.objects("actions", p.actions(), PlanWriter::action);
          out.objects("kpis", p.kpis(), PlanWriter::kpi);
          out.object("valueProposition", p.valueProposition(), PlanContextWriter::valueProposition);
          out.objects(
              "competitiveLandscape", p.competitiveLandscape(), PlanContextWriter::competitor);
          out.object("swot", p.swot(), PlanContextWriter::swot);
          out.objects(
              "sharedValueInitiatives", p.sharedValueInitiatives(), PlanContextWriter::initiative);
          out.object("jointBusinessPlan", p.jointBusinessPlan(), PlanContextWriter::jointPlan);
          out.objects("patientPathways", p.patientPathways(), PlanContextWriter::pathway);
          out.objects("voiceOfAccount", p.voiceOfAccount(), PlanContextWriter::feedback);
          out.dates("updates", p.updates());
          out.dates("reviews", p.reviews());
          out.attributes(p.attributes());
        });
  }

  private static void need(Out out, AccountNeed n) {
    out.object(
        () -> {
          out.id("id", n.id());
          out.text("description", n.description());
          out.enumValue("category", n.category());
        });
  }

  private static void objective(Out out, Objective o) {
    out.object(
        () -> {
          out.id("id", o.id());
          out.text("title", o.title());
          out.text("measure", o.measure());
          out.date("startDate", o.startDate());
          out.date("dueDate", o.dueDate());
          out.enumValue("status", o.status());
          out.id("owner", o.owner());
          out.enumValue("division", o.division());
          out.id("directedBy", o.directedBy());
          out.id("product", o.product());
          out.id("indication", o.indication());
          out.ids("needs", o.needs());
          out.ids("clinicalUnits", o.clinicalUnits());
        });
  }

  private static void action(Out out, Action a) {
    out.object(
        () -> {
          out.id("id", a.id());
          out.text("title", a.title());
          out.id("owner", a.owner());
          out.date("startDate", a.startDate());
          out.date("dueDate", a.dueDate());
          out.enumValue("status", a.status());
          out.date("completedOn", a.completedOn());
          out.ids("objectives", a.objectives());
          out.id("parent", a.parent());
          out.ids("stakeholders", a.stakeholders());
          out.ids("needs", a.needs());
        });
  }

  private static void kpi(Out out, Kpi k) {
    out.object(
        () -> {
          out.id("id", k.id());
          out.text("name", k.name());
          out.enumValue("kind", k.kind());
          out.enumValue("perspective", k.perspective());
          out.enumValue("unit", k.unit());
          out.decimal("target", k.target());
          out.decimal("current", k.current());
          out.date("measuredOn", k.measuredOn());
          out.id("objective", k.objective());
        });
  }
}
