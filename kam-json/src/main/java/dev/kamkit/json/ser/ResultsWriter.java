package dev.kamkit.json.ser;

import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.CompletenessView;
import dev.kamkit.json.format.CoverageView;
import dev.kamkit.json.format.HealthView;
import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.FactorAssessment;
import dev.kamkit.rules.engagement.Recommendation;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.StageResult;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.completeness.PlanProgress;
import dev.kamkit.scoring.completeness.Progress;
import dev.kamkit.scoring.whitespace.Opportunity;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the body of a results document. Each result leaves out the account and day (the entry and
 * the document say them once) and, for coverage, completeness and health, the policy.
 */
final class ResultsWriter {
  private ResultsWriter() {}

  static void body(Out out, ResultsDocument d) {
    out.date("asOf", d.asOf());
    out.objects("accounts", d.accounts(), ResultsWriter::account);
  }

  private static void account(Out out, AccountResults a) {
    out.object(
        () -> {
          out.id("account", a.account());
          out.object("coverage", a.coverage(), ResultsWriter::coverage);
          out.object("completeness", a.completeness(), ResultsWriter::completeness);
          out.object("whitespace", a.whitespace(), ResultsWriter::whitespace);
          out.object("health", a.health(), ResultsWriter::health);
          out.object("maturity", a.maturity(), ResultsWriter::maturity);
          out.object("engagement", a.engagement(), ResultsWriter::engagement);
          out.object("tier", a.tier(), ResultsWriter::tier);
          out.object("compliance", a.compliance(), ResultsWriter::compliance);
        });
  }

  private static void coverage(Out out, CoverageView c) {
    out.object(
        () -> {
          out.enumValue("scale", c.scale());
          out.object("score", c.score(), ResultsWriter::score);
          out.enumValue("status", c.status());
          out.text("statusReason", c.statusReason());
          out.ids("engaged", c.engaged());
        });
  }

  private static void completeness(Out out, CompletenessView c) {
    out.object(
        () -> {
          out.object("score", c.score(), ResultsWriter::score);
          reasons(out, "rot", c.rot());
          out.object("progress", c.progress(), ResultsWriter::planProgress);
        });
  }

  private static void planProgress(Out out, PlanProgress p) {
    out.object(
        () -> {
          out.object("plan", p.plan(), ResultsWriter::progress);
          out.objects("objectives", p.objectives(), ResultsWriter::progress);
          out.objects("actions", p.actions(), ResultsWriter::progress);
          out.ids("overdue", p.overdue());
        });
  }

  private static void progress(Out out, Progress p) {
    out.object(
        () -> {
          out.object("item", p.item(), ResultsWriter::subject);
          out.integer("completed", p.completed());
          out.integer("total", p.total());
        });
  }

  private static void whitespace(Out out, WhitespaceResult w) {
    out.object(
        () -> {
          out.object("penetration", w.penetration(), ResultsWriter::score);
          if (!w.addressable().isEmpty()) {
            out.object("addressable", w.addressable(), ResultsWriter::addressable);
          }
          out.objects("opportunities", w.opportunities(), ResultsWriter::opportunity);
          reasons(out, "excluded", w.excluded());
        });
  }

  /** Counts by status, in the enum's order whatever the map's. */
  private static void addressable(Out out, Map<WhitespaceStatus, Integer> counts) {
    out.object(
        () -> {
          for (WhitespaceStatus status : WhitespaceStatus.values()) {
            Integer count = counts.get(status);
            if (count != null) {
              out.integer(status.name(), count);
            }
          }
        });
  }

  private static void opportunity(Out out, Opportunity o) {
    out.object(
        () -> {
          out.id("product", o.product());
          out.id("clinicalUnit", o.clinicalUnit());
          out.enumValue("status", o.status());
          out.money("estimatedValue", o.estimatedValue());
          out.text("description", o.description().toString());
        });
  }

  private static void health(Out out, HealthView h) {
    out.object(
        () -> {
          out.object("score", h.score(), ResultsWriter::score);
          out.object("leading", h.leading(), ResultsWriter::score);
          out.object("lagging", h.lagging(), ResultsWriter::score);
          out.enumValue("status", h.status());
          out.text("statusReason", h.statusReason());
          reasons(out, "colourRules", h.colourRules());
        });
  }

  private static void maturity(Out out, MaturityResult m) {
    out.object(
        () -> {
          out.text("accountName", m.accountName());
          out.text("policyVersion", m.policyVersion());
          out.enumValue("stage", m.stage());
          out.objects("stages", m.stages(), ResultsWriter::stage);
        });
  }

  private static void stage(Out out, StageResult s) {
    out.object(
        () -> {
          out.enumValue("stage", s.stage());
          out.objects("criteria", s.criteria(), ResultsWriter::criterion);
        });
  }

  private static void criterion(Out out, CriterionResult c) {
    out.object(
        () -> {
          out.text("id", c.id());
          out.text("title", c.title().toString());
          out.enumValue("outcome", c.outcome());
          reasons(out, "reasons", c.reasons());
        });
  }

  private static void engagement(Out out, EngagementAssessment e) {
    out.object(
        () -> {
          out.text("accountName", e.accountName());
          out.text("policyVersion", e.policyVersion());
          out.object("complexity", e.complexity(), ResultsWriter::axis);
          out.object("value", e.value(), ResultsWriter::axis);
          out.object("strategicFit", e.strategicFit(), ResultsWriter::axis);
          out.objects("recommendations", e.recommendations(), ResultsWriter::recommendation);
          reasons(out, "reasons", e.reasons());
        });
  }

  private static void axis(Out out, AxisScore a) {
    out.object(
        () -> {
          out.objects("factors", a.factors(), ResultsWriter::factor);
          out.object("score", a.score(), ResultsWriter::score);
          out.decimal("value", a.value());
          decimal(out, "cutOff", a.cutOff());
          decimal(out, "borderlineBand", a.borderlineBand());
        });
  }

  private static void factor(Out out, FactorAssessment f) {
    out.object(
        () -> {
          out.enumValue("factor", f.factor());
          out.enumValue("rating", f.rating());
          out.enumValue("source", f.source());
          out.text("basis", f.basis().toString());
        });
  }

  private static void recommendation(Out out, Recommendation r) {
    out.object(
        () -> {
          out.enumValue("model", r.model());
          out.enumValue("role", r.role());
          out.text("why", r.why().toString());
        });
  }

  private static void tier(Out out, TierResult t) {
    out.object(
        () -> {
          out.text("accountName", t.accountName());
          out.text("policyVersion", t.policyVersion());
          out.enumValue("tier", t.tier());
          out.decimal("priority", t.priority());
          out.object("score", t.score(), ResultsWriter::score);
          out.enumValue("previous", t.previous());
          out.flag("keptByHysteresis", t.keptByHysteresis());
          reasons(out, "reasons", t.reasons());
        });
  }

  private static void compliance(Out out, ComplianceReport c) {
    out.object(
        () -> {
          out.texts("packs", c.packs());
          out.objects("findings", c.findings(), ResultsWriter::finding);
        });
  }

  private static void finding(Out out, Finding f) {
    out.object(
        () -> {
          out.text("ruleId", f.ruleId());
          out.enumValue("severity", f.severity());
          subjects(out, f.subjects());
          out.text("message", f.message().toString());
          out.text("source", f.source());
        });
  }

  /** The value is derived from the components; it is written for consumers, and checked on read. */
  private static void score(Out out, Score s) {
    out.object(
        () -> {
          out.text("name", s.title().toString());
          decimal(out, "value", s.value());
          out.objects("components", s.components(), ResultsWriter::component);
        });
  }

  private static void component(Out out, ScoreComponent c) {
    out.object(
        () -> {
          out.text("key", c.key());
          out.text("label", c.label().toString());
          out.flag("applicable", c.applicable());
          decimal(out, "weight", c.weight());
          decimal(out, "fulfilment", c.fulfilment());
          decimal(out, "contribution", c.contribution());
          reasons(out, "reasons", c.reasons());
        });
  }

  private static void reasons(Out out, String name, Collection<Reason> reasons) {
    out.objects(name, reasons, ResultsWriter::reason);
  }

  private static void reason(Out out, Reason r) {
    out.object(
        () -> {
          out.text("code", r.code());
          out.enumValue("effect", r.effect());
          out.text("message", r.message().toString());
          subjects(out, r.subjects());
        });
  }

  private static void subjects(Out out, Collection<KamId> subjects) {
    out.objects("subjects", subjects, ResultsWriter::subject);
  }

  /** {@code {"type": "stakeholder", "id": "s-1"}}: the type says which id record to read back. */
  private static void subject(Out out, KamId id) {
    out.object(
        () -> {
          out.text("type", IdType.of(id).wireName());
          out.id("id", id);
        });
  }

  private static void decimal(Out out, String name, BigDecimal value) {
    out.decimal(name, Optional.of(value));
  }
}
