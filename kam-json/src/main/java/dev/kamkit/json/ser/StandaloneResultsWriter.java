package dev.kamkit.json.ser;

import dev.kamkit.json.format.CompletenessView;
import dev.kamkit.json.format.CoverageView;
import dev.kamkit.json.format.HealthView;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.Finding;
import dev.kamkit.rules.compliance.openpayments.AggregateSpend;
import dev.kamkit.rules.compliance.openpayments.Coverage;
import dev.kamkit.rules.compliance.openpayments.RecipientYear;
import dev.kamkit.rules.compliance.openpayments.ThresholdRow;
import dev.kamkit.rules.compliance.openpayments.TransferAssessment;
import dev.kamkit.rules.engagement.AxisScore;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.InvestmentResult;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.engagement.SamReadiness;
import dev.kamkit.rules.maturity.MaturityComparison;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.PortfolioMaturity;
import dev.kamkit.rules.maturity.RelationshipStageResult;
import dev.kamkit.rules.maturity.StageChange;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.scoring.committee.CommitteePortfolioResult;
import dev.kamkit.scoring.committee.CommitteeProgressionResult;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import dev.kamkit.scoring.coverage.CoverageResult;
import dev.kamkit.scoring.coverage.TurnoverImpact;
import dev.kamkit.scoring.health.HealthPolicy;
import dev.kamkit.scoring.health.HealthResult;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.pipeline.PipelineResult;
import dev.kamkit.scoring.voice.ShareOfVoicePortfolioResult;
import dev.kamkit.scoring.voice.ShareOfVoiceResult;
import dev.kamkit.scoring.whitespace.WhitespaceResult;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Writes every result on its own for a host's mapper: it names its account and day itself, as there
 * is no entry or document to say them. A result a results document holds is then written with the
 * properties it has there, by {@link ResultsWriter}; the parts the others share with the document's
 * results (criteria, reasons, subjects, messages, maturity results) are written by {@link
 * ResultsWriter} and {@link MessageWriter}, in the same form.
 */
final class StandaloneResultsWriter {
  private final ResultsWriter results;
  private final MessageWriter messages = new MessageWriter();

  private StandaloneResultsWriter(ResultsWriter results) {
    this.results = results;
  }

  /** The serializers of the results on their own, and of their parts a host may hold alone. */
  static List<PartSerializer<?>> parts(ResultsWriter results) {
    StandaloneResultsWriter w = new StandaloneResultsWriter(results);
    return List.of(
        PartSerializer.of(SamReadiness.class, w::samReadiness),
        PartSerializer.of(InvestmentResult.class, w::investment),
        PartSerializer.of(PortfolioMaturity.class, w::portfolioMaturity),
        PartSerializer.of(StageChange.class, w::stageChange),
        PartSerializer.of(MaturityComparison.class, w::comparison),
        PartSerializer.of(AggregateSpend.class, w::aggregateSpend),
        PartSerializer.of(RecipientYear.class, w::recipientYear),
        PartSerializer.of(TransferAssessment.class, w::assessment),
        PartSerializer.of(ThresholdRow.class, StandaloneResultsWriter::threshold),
        aboutAccount(
            CoverageView.class, CoverageView::account, CoverageView::asOf, results::coverageFields),
        withPolicy(
            CoverageResult.class,
            CoverageView::of,
            CoverageView::account,
            CoverageView::asOf,
            r -> r.policy().equals(CoveragePolicy.defaults()),
            CoverageResult::policyVersion,
            CoveragePolicy.DEFAULT_VERSION,
            results::coverageFields),
        aboutAccount(
            CompletenessView.class,
            CompletenessView::account,
            CompletenessView::asOf,
            results::completenessFields),
        withPolicy(
            CompletenessResult.class,
            CompletenessView::of,
            CompletenessView::account,
            CompletenessView::asOf,
            r -> r.policy().equals(CompletenessPolicy.defaults()),
            CompletenessResult::policyVersion,
            CompletenessPolicy.DEFAULT_VERSION,
            results::completenessFields),
        aboutAccount(
            HealthView.class, HealthView::account, HealthView::asOf, results::healthFields),
        withPolicy(
            HealthResult.class,
            HealthView::of,
            HealthView::account,
            HealthView::asOf,
            r -> r.policy().equals(HealthPolicy.defaults()),
            HealthResult::policyVersion,
            HealthPolicy.DEFAULT_VERSION,
            results::healthFields),
        aboutAccount(
            WhitespaceResult.class,
            WhitespaceResult::account,
            WhitespaceResult::asOf,
            results::whitespaceFields),
        aboutAccount(
            MaturityResult.class,
            MaturityResult::account,
            MaturityResult::asOf,
            results::maturityFields),
        aboutAccount(
            EngagementAssessment.class,
            EngagementAssessment::account,
            EngagementAssessment::asOf,
            results::engagementFields),
        alone(AxisScore.class, (out, a) -> out.enumValue("axis", a.axis()), results::axisFields),
        aboutAccount(TierResult.class, TierResult::account, TierResult::asOf, results::tierFields),
        aboutAccount(
            RelationshipStageResult.class,
            RelationshipStageResult::account,
            RelationshipStageResult::asOf,
            results::relationshipFields),
        aboutAccount(
            TurnoverImpact.class,
            TurnoverImpact::account,
            TurnoverImpact::asOf,
            results::turnoverImpactFields),
        PartSerializer.of(Finding.class, results::accountFinding),
        alone(
            ComplianceReport.class,
            (out, c) -> out.date("asOf", c.asOf()),
            (out, c) -> results.reportFields(out, c, results::accountFinding)),
        alone(
            PortfolioTiering.class, (out, t) -> out.date("asOf", t.asOf()), results::tieringFields),
        alone(SamAllocation.class, (out, s) -> out.date("asOf", s.asOf()), results::samFields),
        alone(
            UnderServedReport.class,
            (out, u) -> out.date("asOf", u.asOf()),
            results::underServedFields),
        aboutAccount(
            PipelineResult.class,
            PipelineResult::account,
            PipelineResult::asOf,
            results::pipelineFields),
        aboutAccount(
            CommitteeProgressionResult.class,
            CommitteeProgressionResult::account,
            CommitteeProgressionResult::asOf,
            results::committeeFields),
        alone(
            CommitteePortfolioResult.class,
            (out, c) -> out.date("asOf", c.asOf()),
            results::committeePortfolioFields),
        aboutAccount(
            ShareOfVoiceResult.class,
            ShareOfVoiceResult::account,
            ShareOfVoiceResult::asOf,
            results::shareOfVoiceFields),
        alone(
            ShareOfVoicePortfolioResult.class,
            (out, v) -> out.date("asOf", v.asOf()),
            results::voicePortfolioFields));
  }

  /**
   * A result on its own: {@code header} writes what its entry or document would say (its account,
   * its day), then {@code body} the properties it has in a results document.
   */
  private static <T> PartSerializer<T> alone(
      Class<T> type, BiConsumer<Out, T> header, BiConsumer<Out, T> body) {
    return PartSerializer.of(
        type,
        (out, value) ->
            out.object(
                () -> {
                  header.accept(out, value);
                  body.accept(out, value);
                }));
  }

  /** A result about one account on one day, on its own: its account and day, then its body. */
  private static <T> PartSerializer<T> aboutAccount(
      Class<T> type,
      Function<T, AccountId> account,
      Function<T, LocalDate> asOf,
      BiConsumer<Out, T> body) {
    return alone(type, (out, r) -> accountAndDay(out, account.apply(r), asOf.apply(r)), body);
  }

  private static void accountAndDay(Out out, AccountId account, LocalDate asOf) {
    out.id("account", account);
    out.date("asOf", asOf);
  }

  /**
   * A result whose policy a results document leaves out, written as its view is, with the version
   * of its policy after its account and day. That version stands for the default policy when read
   * back. Policies are versioned values: one that differs from the defaults but keeps their version
   * would read back as the defaults, so it is refused.
   */
  private static <R, V> PartSerializer<R> withPolicy(
      Class<R> type,
      Function<R, V> view,
      Function<V, AccountId> account,
      Function<V, LocalDate> asOf,
      Predicate<R> defaultPolicy,
      Function<R, String> version,
      String defaultVersion,
      BiConsumer<Out, V> body) {
    return alone(
        type,
        (out, r) -> {
          V v = view.apply(r);
          accountAndDay(out, account.apply(v), asOf.apply(v));
          if (version.apply(r).equals(defaultVersion) && !defaultPolicy.test(r)) {
            throw new IllegalArgumentException(
                "a policy that differs from the defaults has their version "
                    + defaultVersion
                    + ": give it a version of its own");
          }
          out.text("policyVersion", version.apply(r));
        },
        (out, r) -> body.accept(out, view.apply(r)));
  }

  private void samReadiness(Out out, SamReadiness r) {
    out.object(
        () -> {
          out.id("account", r.account());
          out.date("asOf", r.asOf());
          out.text("accountName", r.accountName());
          out.text("policyVersion", r.policyVersion());
          out.objects("practices", r.practices(), results::criterion);
        });
  }

  /** The effort by account, sorted by id whatever the map's order. */
  private void investment(Out out, InvestmentResult r) {
    out.object(
        () -> {
          out.date("asOf", r.asOf());
          out.text("policyVersion", r.policyVersion());
          out.object("effortMeasure", r.effortMeasure(), messages::message);
          if (!r.effort().isEmpty()) {
            out.object("effort", new TreeMap<>(r.effort()), StandaloneResultsWriter::effort);
          }
          out.ids("topAccounts", r.topAccounts());
          out.ids("notRanked", r.notRanked());
          out.decimal("concentration", r.concentration());
          out.flag("evenSpread", r.evenSpread());
          out.ids("underinvested", r.underinvested());
          ResultsWriter.decimal(out, "medianEffort", r.medianEffort());
          results.reasons(out, "reasons", r.reasons());
        });
  }

  private static void effort(Out out, Map<AccountId, BigDecimal> effort) {
    out.object(
        () ->
            effort.forEach((account, value) -> ResultsWriter.decimal(out, account.value(), value)));
  }

  /**
   * Each result names its account and leaves out the day, which is the roll-up's: one of another
   * day would not read back, so it is refused, as a results document refuses it.
   */
  private void portfolioMaturity(Out out, PortfolioMaturity p) {
    for (MaturityResult r : p.results()) {
      if (!r.asOf().equals(p.asOf())) {
        throw new IllegalArgumentException(
            "maturity of " + r.account() + " is as of " + r.asOf() + ", not " + p.asOf());
      }
    }
    out.object(
        () -> {
          out.date("asOf", p.asOf());
          out.text("policyVersion", p.policyVersion());
          out.objects(
              "results",
              p.results(),
              (o, r) ->
                  o.object(
                      () -> {
                        o.id("account", r.account());
                        results.maturityFields(o, r);
                      }));
        });
  }

  private void stageChange(Out out, StageChange c) {
    out.object(
        () -> {
          out.id("account", c.account());
          out.text("accountName", c.accountName());
          out.enumValue("fromStage", c.fromStage());
          out.enumValue("toStage", c.toStage());
          out.objects("lost", c.lost(), results::criterion);
        });
  }

  private void comparison(Out out, MaturityComparison c) {
    out.object(
        () -> {
          out.date("since", c.since());
          out.date("asOf", c.asOf());
          out.text("policyVersion", c.policyVersion());
          out.objects("regressed", c.regressed(), this::stageChange);
          out.objects("advanced", c.advanced(), this::stageChange);
          out.ids("unchanged", c.unchanged());
          out.ids("added", c.added());
          out.ids("removed", c.removed());
        });
  }

  private void aggregateSpend(Out out, AggregateSpend s) {
    out.object(
        () -> {
          out.date("asOf", s.asOf());
          out.text("policyVersion", s.policyVersion());
          out.objects("recipientYears", s.recipientYears(), this::recipientYear);
        });
  }

  private void recipientYear(Out out, RecipientYear y) {
    out.object(
        () -> {
          out.text("manufacturer", y.manufacturer());
          out.object("recipient", y.recipient(), results::subject);
          out.integer("programYear", y.programYear());
          out.object("coverage", y.coverage(), StandaloneResultsWriter::coverage);
          out.object("threshold", y.threshold(), StandaloneResultsWriter::threshold);
          out.enumValue("basis", y.basis());
          out.money("aggregate", y.aggregate());
          out.flag("aggregateExceeded", y.aggregateExceeded());
          out.flag("complete", y.complete());
          out.flag("yearEnded", y.yearEnded());
          out.money("total", y.total());
          out.money("reportableTotal", y.reportableTotal());
          byNature(out, "totalsByNature", y.totalsByNature());
          byNature(out, "reportableTotalsByNature", y.reportableTotalsByNature());
          out.objects("assessments", y.assessments(), this::assessment);
        });
  }

  /** {@code {"type": "PHYSICIAN"}} when covered, {@code {"reason": "RESIDENT"}} when not. */
  private static void coverage(Out out, Coverage c) {
    out.object(
        () -> {
          out.enumValue("type", c.type());
          out.enumValue("reason", c.reason());
        });
  }

  /** Amounts by nature of payment, in the enum's order whatever the map's; left out when empty. */
  private static void byNature(Out out, String name, Map<NatureOfPayment, Money> totals) {
    if (totals.isEmpty()) {
      return;
    }
    out.object(
        name,
        totals,
        (o, t) ->
            o.object(
                () -> {
                  for (NatureOfPayment nature : NatureOfPayment.values()) {
                    Money total = t.get(nature);
                    if (total != null) {
                      o.money(nature.name(), total);
                    }
                  }
                }));
  }

  private static void threshold(Out out, ThresholdRow t) {
    out.object(
        () -> {
          out.integer("programYear", t.programYear());
          out.money("minimum", t.minimum());
          out.money("aggregateTrigger", t.aggregateTrigger());
          out.text("source", t.source());
        });
  }

  private void assessment(Out out, TransferAssessment a) {
    out.object(
        () -> {
          out.id("transfer", a.transfer());
          out.object("recipient", a.recipient(), results::subject);
          out.date("date", a.date());
          out.enumValue("nature", a.nature());
          out.enumValue("form", a.form());
          out.money("amount", a.amount());
          out.integer("partakers", a.partakers());
          out.money("usdValue", a.usdValue());
          out.enumValue("exclusion", a.exclusion());
          out.enumValue("reason", a.reason());
          out.object("why", a.why(), messages::message);
        });
  }
}
