package dev.kamkit.json.ser;

import dev.kamkit.json.deser.TableWriters;
import dev.kamkit.json.format.AccountResults;
import dev.kamkit.json.format.CompletenessView;
import dev.kamkit.json.format.CoverageView;
import dev.kamkit.json.format.HealthView;
import dev.kamkit.json.format.IdType;
import dev.kamkit.json.format.PortfolioResults;
import dev.kamkit.json.format.ResultsDocument;
import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.committee.SubmissionStage;
import dev.kamkit.model.explain.Message;
import dev.kamkit.model.id.KamId;
import dev.kamkit.model.portfolio.WhitespaceStatus;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.FactorAssessment;
import dev.kamkit.rules.engagement.HeldBack;
import dev.kamkit.rules.engagement.Recommendation;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.maturity.StageResult;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.Reason;
import dev.kamkit.scoring.Score;
import dev.kamkit.scoring.ScoreComponent;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgressionPolicy;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.committee.NextMeeting;
import dev.kamkit.scoring.committee.StageTime;
import dev.kamkit.scoring.committee.SubmissionProgress;
import dev.kamkit.scoring.completeness.PlanProgress;
import dev.kamkit.scoring.completeness.Progress;
import dev.kamkit.scoring.coverage.NextStakeholder;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.AccountFocus;
import dev.kamkit.scoring.health.UnderServedPolicy;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.pipeline.TargetCoverage;
import dev.kamkit.scoring.voice.CompetitorVoice;
import dev.kamkit.scoring.voice.PeerVoice;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.CellRef;
import dev.kamkit.scoring.whitespace.Opportunity;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Writes the body of a results document. Each result leaves out the account and day (the entry and
 * the document say them once) and, for coverage, completeness and health, the policy. Everything a
 * result says in words is written by {@link MessageWriter} as a code with typed arguments.
 */
final class ResultsWriter {
  private final MessageWriter messages = new MessageWriter();

  private ResultsWriter() {}

  /**
   * The value types every document shares (money, ids, attribute values), the parts of results that
   * need nothing from their entry or document (a score, a reason, a criterion, ...) in the form a
   * results document gives them, and every result in its form on its own ({@link
   * StandaloneResultsWriter}): for hosts that serialize one alone.
   */
  static List<PartSerializer<?>> parts() {
    ResultsWriter w = new ResultsWriter();
    List<PartSerializer<?>> parts = new ArrayList<>();
    Collections.addAll(
        parts,
        PartSerializer.of(Money.class, TableWriters.MONEY::write),
        PartSerializer.of(KamId.class, TableWriters.ID::write),
        PartSerializer.of(AttributeValue.class, TableWriters.ATTRIBUTE::write),
        PartSerializer.of(Message.class, w.messages::message),
        PartSerializer.of(AccountResults.class, w::account),
        PartSerializer.of(PlanProgress.class, w::planProgress),
        PartSerializer.of(Progress.class, w::progress),
        PartSerializer.of(Opportunity.class, w::opportunity),
        PartSerializer.of(StageResult.class, w::stage),
        PartSerializer.of(CriterionResult.class, w::criterion),
        PartSerializer.of(FactorAssessment.class, w::factor),
        PartSerializer.of(Recommendation.class, w::recommendation),
        PartSerializer.of(NextStakeholder.class, w::nextStakeholder),
        PartSerializer.of(PortfolioResults.class, w::portfolio),
        PartSerializer.of(HeldBack.class, w::heldBack),
        PartSerializer.of(UnderServedPolicy.class, w::underServedPolicy),
        PartSerializer.of(AccountFocus.class, w::focus),
        PartSerializer.of(TargetCoverage.class, w::targetCoverage),
        PartSerializer.of(CellRef.class, w::cell),
        PartSerializer.of(SubmissionProgress.class, w::submissionProgress),
        PartSerializer.of(StageTime.class, w::stageTime),
        PartSerializer.of(NextMeeting.class, w::nextMeeting),
        PartSerializer.of(CommitteeProgressionPolicy.class, w::committeePolicy),
        PartSerializer.of(ShareOfVoicePolicy.class, w::voicePolicy),
        PartSerializer.of(CompetitorVoice.class, w::competitorVoice),
        PartSerializer.of(Score.class, w::score),
        PartSerializer.of(ScoreComponent.class, w::component),
        PartSerializer.of(Reason.class, w::reason));
    parts.addAll(StandaloneResultsWriter.parts(w));
    parts.addAll(ReviewWriter.parts(w));
    return List.copyOf(parts);
  }

  static void body(Out out, ResultsDocument d) {
    ResultsWriter w = new ResultsWriter();
    out.date("asOf", d.asOf());
    out.objects("accounts", d.accounts(), w::account);
    out.object("portfolio", d.portfolio(), w::portfolio);
  }

  /** Each result leaves out the day; a result about an account there names it. */
  private void portfolio(Out out, PortfolioResults p) {
    out.object(
        () -> {
          out.object("tiering", p.tiering(), this::tiering);
          out.object("sam", p.sam(), this::sam);
          out.object("underServed", p.underServed(), this::underServed);
          out.object("acrossAccounts", p.acrossAccounts(), this::acrossAccounts);
          out.objects("configuration", p.configuration(), this::accountFinding);
          out.object("committee", p.committee(), this::committeePortfolio);
          out.object("shareOfVoice", p.shareOfVoice(), this::voicePortfolio);
        });
  }

  private void voicePortfolio(Out out, ShareOfVoicePortfolioResult v) {
    out.object(() -> voicePortfolioFields(out, v));
  }

  /**
   * Its properties inside an object being written: its policy, then each account against its peers.
   * Who is below the peers' share is derived from them: not written.
   */
  void voicePortfolioFields(Out out, ShareOfVoicePortfolioResult v) {
    out.object("policy", v.policy(), this::voicePolicy);
    out.objects("accounts", v.accounts(), this::peerVoice);
  }

  /** Names its account; its own result leaves the account out. */
  private void peerVoice(Out out, PeerVoice p) {
    out.object(
        () -> {
          out.id("account", p.account());
          out.object("result", p.result(), this::shareOfVoice);
          out.integer("peers", p.peers());
          out.decimal("peerAverageInteractions", p.peerAverageInteractions());
          out.integer("peersKnown", p.peersKnown());
          out.decimal("peerAverageShare", p.peerAverageShare());
          reasons(out, "reasons", p.reasons());
        });
  }

  private void shareOfVoice(Out out, ShareOfVoiceResult r) {
    out.object(() -> shareOfVoiceFields(out, r));
  }

  /**
   * Its properties inside an object being written. The competitors' total, the share, the average
   * company's share, the verdict and the interactions it would take are derived: not written.
   */
  void shareOfVoiceFields(Out out, ShareOfVoiceResult r) {
    out.object("policy", r.policy(), this::voicePolicy);
    out.enumValue("tier", r.tier());
    out.date("start", r.start());
    out.date("end", r.end());
    out.integer("ours", r.ours());
    out.integer("inWindow", r.inWindow());
    out.objects("competitors", r.competitors(), this::competitorVoice);
    reasons(out, "reasons", r.reasons());
    out.objects("remedies", r.remedies(), messages::message);
  }

  /** The result embeds its policy, three settings: written whole, so it reads back equal. */
  private void voicePolicy(Out out, ShareOfVoicePolicy p) {
    out.object(
        () -> {
          out.text("version", p.version());
          out.integer("windowDays", p.windowDays());
          out.enums("channels", p.channels().stream().sorted().toList());
        });
  }

  private void competitorVoice(Out out, CompetitorVoice c) {
    out.object(
        () -> {
          out.text("competitor", c.competitor());
          out.integer("interactions", c.interactions());
          out.integer("records", c.records());
        });
  }

  private void committeePortfolio(Out out, CommitteePortfolioResult c) {
    out.object(() -> committeePortfolioFields(out, c));
  }

  /**
   * Its properties inside an object being written: its policy, then each account's result, which
   * names its account. The totals over the accounts are derived from them: not written.
   */
  void committeePortfolioFields(Out out, CommitteePortfolioResult c) {
    out.object("policy", c.policy(), this::committeePolicy);
    out.objects(
        "accounts",
        c.accounts(),
        (o, r) ->
            o.object(
                () -> {
                  o.id("account", r.account());
                  committeeFields(o, r);
                }));
  }

  private void tiering(Out out, PortfolioTiering t) {
    out.object(() -> tieringFields(out, t));
  }

  /** Its properties inside an object being written. */
  void tieringFields(Out out, PortfolioTiering t) {
    out.text("policyVersion", t.policyVersion());
    out.objects(
        "results",
        t.results(),
        (o, r) ->
            o.object(
                () -> {
                  o.id("account", r.account());
                  tierFields(o, r);
                }));
    reasons(out, "reasons", t.reasons());
  }

  private void sam(Out out, SamAllocation s) {
    out.object(() -> samFields(out, s));
  }

  /** Its properties inside an object being written. */
  void samFields(Out out, SamAllocation s) {
    out.text("policyVersion", s.policyVersion());
    out.integer("portfolioSize", s.portfolioSize());
    out.integer("cap", s.cap());
    out.object("capReason", s.capReason(), messages::message);
    out.ids("candidates", s.candidates());
    out.ids("selected", s.selected());
    out.objects("heldBack", s.heldBack(), this::heldBack);
  }

  private void heldBack(Out out, HeldBack h) {
    out.object(
        () -> {
          out.id("account", h.account());
          out.integer("rank", h.rank());
          out.enumValue("instead", h.instead());
          out.object("why", h.why(), messages::message);
        });
  }

  /** The under-served accounts are named by id: each is one of the accounts. */
  private void underServed(Out out, UnderServedReport u) {
    out.object(() -> underServedFields(out, u));
  }

  /** Its properties inside an object being written. */
  void underServedFields(Out out, UnderServedReport u) {
    out.object("policy", u.policy(), this::underServedPolicy);
    out.money("totalPotential", u.totalPotential());
    out.integer("totalInteractions", u.totalInteractions());
    out.objects("accounts", u.accounts(), this::focus);
    out.ids("underServed", u.underServed().stream().map(AccountFocus::account).toList());
    reasons(out, "notAssessed", u.notAssessed());
    reasons(out, "notes", u.notes());
  }

  /** The report embeds its policy, a handful of settings: written whole, so it reads back equal. */
  private void underServedPolicy(Out out, UnderServedPolicy p) {
    out.object(
        () -> {
          out.text("version", p.version());
          out.integer("activityWindowDays", p.activityWindowDays());
          out.text("reportingCurrency", p.reportingCurrency().getCurrencyCode());
          decimal(out, "underServedBelow", p.underServedBelow());
          decimal(out, "highValueFromAverage", p.highValueFromAverage());
          out.flag("belowPeerShareOfVoice", p.belowPeerShareOfVoice());
          out.object("shareOfVoice", p.shareOfVoice(), this::voicePolicy);
        });
  }

  /** The potential is net revenue plus whitespace: not written. */
  private void focus(Out out, AccountFocus f) {
    out.object(
        () -> {
          out.id("account", f.account());
          out.text("name", f.name());
          out.integer("fiscalYear", f.fiscalYear());
          out.money("netRevenue", f.netRevenue());
          out.money("whitespace", f.whitespace());
          out.integer("interactions", f.interactions());
          decimal(out, "potentialShare", f.potentialShare());
          decimal(out, "activityShare", f.activityShare());
          out.decimal("focus", f.focus());
          decimal(out, "expectedInteractions", f.expectedInteractions());
          out.flag("highValue", f.highValue());
          out.flag("underServed", f.underServed());
          reasons(out, "reasons", f.reasons());
        });
  }

  private void acrossAccounts(Out out, ComplianceReport c) {
    report(out, c, this::accountFinding);
  }

  /** A finding outside an account's entry names its account. */
  void accountFinding(Out out, Finding f) {
    out.object(
        () -> {
          out.id("account", f.account());
          findingFields(out, f);
        });
  }

  private void account(Out out, AccountResults a) {
    out.object(
        () -> {
          out.id("account", a.account());
          out.object("coverage", a.coverage(), this::coverage);
          out.object("completeness", a.completeness(), this::completeness);
          out.object("whitespace", a.whitespace(), this::whitespace);
          out.object("health", a.health(), this::health);
          out.object("maturity", a.maturity(), this::maturity);
          out.object("engagement", a.engagement(), this::engagement);
          out.object("tier", a.tier(), this::tier);
          out.object("compliance", a.compliance(), this::compliance);
          out.object("relationship", a.relationship(), this::relationship);
          out.objects("nextStakeholders", a.nextStakeholders(), this::nextStakeholder);
          out.objects("turnoverExposure", a.turnoverExposure(), this::turnoverImpact);
          out.object("pipeline", a.pipeline(), this::pipeline);
          out.object("committee", a.committee(), this::committee);
          out.object("shareOfVoice", a.shareOfVoice(), this::shareOfVoice);
        });
  }

  private void pipeline(Out out, PipelineResult p) {
    out.object(() -> pipelineFields(out, p));
  }

  /**
   * Its properties inside an object being written. The whitespace conversion is derived from the
   * two lists of cells: not written.
   */
  void pipelineFields(Out out, PipelineResult p) {
    out.text("policyVersion", p.policyVersion());
    out.integer("openCount", p.openCount());
    out.money("openPipeline", p.openPipeline());
    out.money("weightedPipeline", p.weightedPipeline());
    out.objects("targets", p.targets(), this::targetCoverage);
    out.ids("unbackedObjectives", p.unbackedObjectives());
    out.ids("unalignedOpportunities", p.unalignedOpportunities());
    out.objects("whitespaceInPipeline", p.whitespaceInPipeline(), this::cell);
    out.objects("whitespaceUnworked", p.whitespaceUnworked(), this::cell);
    reasons(out, "reasons", p.reasons());
  }

  /** The gap and whether the target is covered are derived from the amounts: not written. */
  private void targetCoverage(Out out, TargetCoverage t) {
    out.object(
        () -> {
          out.id("objective", t.objective());
          out.money("target", t.target());
          out.money("won", t.won());
          out.money("weighted", t.weighted());
        });
  }

  private void cell(Out out, CellRef c) {
    out.object(
        () -> {
          out.id("product", c.product());
          out.id("clinicalUnit", c.clinicalUnit());
        });
  }

  private void committee(Out out, CommitteeProgressionResult c) {
    out.object(() -> committeeFields(out, c));
  }

  /**
   * Its properties inside an object being written. The approval share, the open and the stalled
   * submissions are derived from the counts and the submissions: not written.
   */
  void committeeFields(Out out, CommitteeProgressionResult c) {
    out.object("policy", c.policy(), this::committeePolicy);
    out.objects("submissions", c.submissions(), this::submissionProgress);
    out.integer("approved", c.approved());
    out.integer("judged", c.judged());
    out.objects("stageTimes", c.stageTimes(), this::stageTime);
    out.objects("nextMeetings", c.nextMeetings(), this::nextMeeting);
  }

  /** The result embeds its policy, three settings: written whole, so it reads back equal. */
  private void committeePolicy(Out out, CommitteeProgressionPolicy p) {
    out.object(
        () -> {
          out.text("version", p.version());
          out.integer("expectedCycleDays", p.expectedCycleDays());
          out.integer("overdueAfterDays", p.overdueAfterDays());
        });
  }

  private void submissionProgress(Out out, SubmissionProgress s) {
    out.object(
        () -> {
          out.id("submission", s.submission());
          out.id("decisionBody", s.decisionBody());
          out.enumValue("stage", s.stage());
          out.enumValue("decision", s.decision());
          out.flag("open", s.open());
          out.date("requestedOn", s.requestedOn());
          out.integer("days", s.days());
          out.date("targetMeeting", s.targetMeeting());
          out.date("nextMeeting", s.nextMeeting());
          if (!s.daysAtStage().isEmpty()) {
            out.object("daysAtStage", s.daysAtStage(), ResultsWriter::daysAtStage);
          }
          reasons(out, "stalled", s.stalled());
          out.objects("remedies", s.remedies(), messages::message);
          out.object("description", s.description(), messages::message);
        });
  }

  /** Days by stage, in the enum's order whatever the map's. */
  private static void daysAtStage(Out out, Map<SubmissionStage, Long> days) {
    out.object(
        () -> {
          for (SubmissionStage stage : SubmissionStage.values()) {
            Long n = days.get(stage);
            if (n != null) {
              out.integer(stage.name(), n.longValue());
            }
          }
        });
  }

  private void stageTime(Out out, StageTime t) {
    out.object(
        () -> {
          out.enumValue("stage", t.stage());
          out.integer("stays", t.stays());
          out.integer("totalDays", t.totalDays());
          out.integer("longestDays", t.longestDays());
        });
  }

  private void nextMeeting(Out out, NextMeeting m) {
    out.object(
        () -> {
          out.id("decisionBody", m.decisionBody());
          out.date("date", m.date());
          out.integer("openSubmissions", m.openSubmissions());
          out.object("line", m.line(), messages::message);
        });
  }

  private void coverage(Out out, CoverageView c) {
    out.object(() -> coverageFields(out, c));
  }

  /** Its properties inside an object being written. */
  void coverageFields(Out out, CoverageView c) {
    out.enumValue("scale", c.scale());
    out.object("score", c.score(), this::score);
    out.enumValue("status", c.status());
    out.object("statusReason", c.statusReason(), messages::message);
    out.ids("engaged", c.engaged());
  }

  private void completeness(Out out, CompletenessView c) {
    out.object(() -> completenessFields(out, c));
  }

  /** Its properties inside an object being written. */
  void completenessFields(Out out, CompletenessView c) {
    out.object("score", c.score(), this::score);
    reasons(out, "rot", c.rot());
    out.object("progress", c.progress(), this::planProgress);
  }

  private void planProgress(Out out, PlanProgress p) {
    out.object(
        () -> {
          out.object("plan", p.plan(), this::progress);
          out.objects("objectives", p.objectives(), this::progress);
          out.objects("actions", p.actions(), this::progress);
          out.ids("overdue", p.overdue());
        });
  }

  private void progress(Out out, Progress p) {
    out.object(
        () -> {
          out.object("item", p.item(), this::subject);
          out.integer("completed", p.completed());
          out.integer("total", p.total());
        });
  }

  private void whitespace(Out out, WhitespaceResult w) {
    out.object(() -> whitespaceFields(out, w));
  }

  /** Its properties inside an object being written. */
  void whitespaceFields(Out out, WhitespaceResult w) {
    out.text("policyVersion", w.policyVersion());
    out.object("penetration", w.penetration(), this::score);
    if (!w.addressable().isEmpty()) {
      out.object("addressable", w.addressable(), this::addressable);
    }
    out.objects("opportunities", w.opportunities(), this::opportunity);
    reasons(out, "excluded", w.excluded());
  }

  /** Counts by status, in the enum's order whatever the map's. */
  private void addressable(Out out, Map<WhitespaceStatus, Integer> counts) {
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

  private void opportunity(Out out, Opportunity o) {
    out.object(
        () -> {
          out.id("product", o.product());
          out.id("clinicalUnit", o.clinicalUnit());
          out.enumValue("status", o.status());
          out.money("estimatedValue", o.estimatedValue());
          out.object("description", o.description(), messages::message);
        });
  }

  private void health(Out out, HealthView h) {
    out.object(() -> healthFields(out, h));
  }

  /** Its properties inside an object being written. */
  void healthFields(Out out, HealthView h) {
    out.object("score", h.score(), this::score);
    out.object("leading", h.leading(), this::score);
    out.object("lagging", h.lagging(), this::score);
    out.enumValue("status", h.status());
    out.object("statusReason", h.statusReason(), messages::message);
    reasons(out, "colourRules", h.colourRules());
  }

  private void maturity(Out out, MaturityResult m) {
    out.object(() -> maturityFields(out, m));
  }

  /** A maturity result's properties but its account and day, inside an object being written. */
  void maturityFields(Out out, MaturityResult m) {
    out.text("accountName", m.accountName());
    out.text("policyVersion", m.policyVersion());
    out.enumValue("stage", m.stage());
    out.objects("stages", m.stages(), this::stage);
  }

  private void stage(Out out, StageResult s) {
    out.object(
        () -> {
          out.enumValue("stage", s.stage());
          out.objects("criteria", s.criteria(), this::criterion);
        });
  }

  void criterion(Out out, CriterionResult c) {
    out.object(
        () -> {
          out.text("id", c.id());
          out.object("title", c.title(), messages::message);
          out.enumValue("outcome", c.outcome());
          reasons(out, "reasons", c.reasons());
        });
  }

  private void engagement(Out out, EngagementAssessment e) {
    out.object(() -> engagementFields(out, e));
  }

  /** Its properties inside an object being written. */
  void engagementFields(Out out, EngagementAssessment e) {
    out.text("accountName", e.accountName());
    out.text("policyVersion", e.policyVersion());
    out.object("complexity", e.complexity(), this::axis);
    out.object("value", e.value(), this::axis);
    out.object("strategicFit", e.strategicFit(), this::axis);
    out.objects("recommendations", e.recommendations(), this::recommendation);
    reasons(out, "reasons", e.reasons());
  }

  private void axis(Out out, AxisScore a) {
    out.object(() -> axisFields(out, a));
  }

  /** Its properties inside an object being written. */
  void axisFields(Out out, AxisScore a) {
    out.objects("factors", a.factors(), this::factor);
    out.object("score", a.score(), this::score);
    out.decimal("value", a.value());
    decimal(out, "cutOff", a.cutOff());
    decimal(out, "borderlineBand", a.borderlineBand());
  }

  private void factor(Out out, FactorAssessment f) {
    out.object(
        () -> {
          out.enumValue("factor", f.factor());
          out.enumValue("rating", f.rating());
          out.enumValue("source", f.source());
          out.object("basis", f.basis(), messages::message);
        });
  }

  private void recommendation(Out out, Recommendation r) {
    out.object(
        () -> {
          out.enumValue("model", r.model());
          out.enumValue("role", r.role());
          out.object("why", r.why(), messages::message);
        });
  }

  private void tier(Out out, TierResult t) {
    out.object(() -> tierFields(out, t));
  }

  void tierFields(Out out, TierResult t) {
    out.text("accountName", t.accountName());
    out.text("policyVersion", t.policyVersion());
    out.enumValue("tier", t.tier());
    out.decimal("priority", t.priority());
    out.object("score", t.score(), this::score);
    out.enumValue("previous", t.previous());
    out.flag("keptByHysteresis", t.keptByHysteresis());
    reasons(out, "reasons", t.reasons());
  }

  private void compliance(Out out, ComplianceReport c) {
    report(out, c, this::finding);
  }

  private void report(Out out, ComplianceReport c, BiConsumer<Out, Finding> finding) {
    out.object(() -> reportFields(out, c, finding));
  }

  /** A compliance report's packs and findings inside an object being written. */
  void reportFields(Out out, ComplianceReport c, BiConsumer<Out, Finding> finding) {
    out.objects(
        "packs",
        c.policyVersions().entrySet(),
        (o, p) ->
            o.object(
                () -> {
                  o.text("id", p.getKey());
                  o.text("policyVersion", p.getValue());
                }));
    out.objects("findings", c.findings(), finding);
  }

  private void finding(Out out, Finding f) {
    out.object(() -> findingFields(out, f));
  }

  private void findingFields(Out out, Finding f) {
    out.text("ruleId", f.ruleId());
    out.enumValue("severity", f.severity());
    subjects(out, f.subjects());
    messages.fields(out, f.message());
    out.text("source", f.source());
  }

  private void relationship(Out out, RelationshipStageResult r) {
    out.object(() -> relationshipFields(out, r));
  }

  /** Its properties inside an object being written. */
  void relationshipFields(Out out, RelationshipStageResult r) {
    out.text("accountName", r.accountName());
    out.text("policyVersion", r.policyVersion());
    out.enumValue("stage", r.stage());
    out.enumValue("fallingFrom", r.fallingFrom());
    out.enumValue("structure", r.structure());
    out.integer("ourPeople", r.ourPeople());
    out.integer("theirPeople", r.theirPeople());
    out.enums("ourFunctions", r.ourFunctions().stream().sorted().toList());
    out.enums("theirFunctions", r.theirFunctions().stream().sorted().toList());
    out.integer("activeLinks", r.activeLinks());
    reasons(out, "evidence", r.evidence());
    reasons(out, "signals", r.signals());
    reasons(out, "missingForNext", r.missingForNext());
  }

  private void nextStakeholder(Out out, NextStakeholder n) {
    out.object(
        () -> {
          out.id("stakeholder", n.stakeholder());
          out.id("teamMember", n.teamMember());
          decimal(out, "gain", n.gain());
          decimal(out, "coverageAfter", n.coverageAfter());
          out.property("relationship", n.relationship(), TableWriters.RELATIONSHIP);
          out.object("why", n.why(), messages::message);
        });
  }

  /** The loss is before's value less after's: not written, as neither is a score's sum. */
  private void turnoverImpact(Out out, TurnoverImpact t) {
    out.object(() -> turnoverImpactFields(out, t));
  }

  /** Its properties inside an object being written. */
  void turnoverImpactFields(Out out, TurnoverImpact t) {
    out.text("policyVersion", t.policyVersion());
    out.id("teamMember", t.teamMember());
    out.object("before", t.before(), this::score);
    out.object("after", t.after(), this::score);
    out.ids("orphaned", t.orphaned());
    out.enumValue("statusAfter", t.statusAfter());
    out.object("statusReasonAfter", t.statusReasonAfter(), messages::message);
  }

  /** The value is derived from the components; it is written for consumers, and checked on read. */
  private void score(Out out, Score s) {
    out.object(
        () -> {
          out.object("name", s.title(), messages::message);
          decimal(out, "value", s.value());
          out.objects("components", s.components(), this::component);
        });
  }

  private void component(Out out, ScoreComponent c) {
    out.object(
        () -> {
          out.text("key", c.key());
          out.object("label", c.label(), messages::message);
          out.flag("applicable", c.applicable());
          decimal(out, "weight", c.weight());
          decimal(out, "fulfilment", c.fulfilment());
          decimal(out, "contribution", c.contribution());
          reasons(out, "reasons", c.reasons());
        });
  }

  void reasons(Out out, String name, Collection<Reason> reasons) {
    out.objects(name, reasons, this::reason);
  }

  private void reason(Out out, Reason r) {
    out.object(
        () -> {
          messages.fields(out, r.message());
          out.enumValue("effect", r.effect());
          subjects(out, r.subjects());
        });
  }

  private void subjects(Out out, Collection<KamId> subjects) {
    out.objects("subjects", subjects, this::subject);
  }

  /** {@code {"type": "stakeholder", "id": "s-1"}}: the type says which id record to read back. */
  void subject(Out out, KamId id) {
    out.object(
        () -> {
          out.text("type", IdType.of(id).wireName());
          out.id("id", id);
        });
  }

  static void decimal(Out out, String name, BigDecimal value) {
    out.decimal(name, Optional.of(value));
  }
}
