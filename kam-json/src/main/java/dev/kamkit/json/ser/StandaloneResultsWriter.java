package dev.kamkit.json.ser;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.openpayments.AggregateSpend;
import dev.kamkit.rules.compliance.openpayments.Coverage;
import dev.kamkit.rules.compliance.openpayments.RecipientYear;
import dev.kamkit.rules.compliance.openpayments.ThresholdRow;
import dev.kamkit.rules.compliance.openpayments.TransferAssessment;
import dev.kamkit.rules.engagement.InvestmentResult;
import dev.kamkit.rules.engagement.SamReadiness;
import dev.kamkit.rules.maturity.MaturityComparison;
import dev.kamkit.rules.maturity.MaturityResult;
import dev.kamkit.rules.maturity.PortfolioMaturity;
import dev.kamkit.rules.maturity.StageChange;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the results a results document does not hold, each on its own for a host's mapper: it
 * names its account and day itself, as there is no entry or document to say them. The parts they
 * share with the document's results (criteria, reasons, subjects, messages, maturity results) are
 * written by {@link ResultsWriter} and {@link MessageWriter}, in the same form.
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
        PartSerializer.of(ThresholdRow.class, StandaloneResultsWriter::threshold));
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
