package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.explain.Messages;
import dev.kamkit.rules.compliance.conduct.ConductPack;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.compliance.states.UsStatesPack;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.evaluation.Kamkit;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What the example program runs: {@link Kamkit#evaluate(KeyAccount, LocalDate)} for an account and
 * {@link Kamkit#evaluate(Portfolio, LocalDate)} for a portfolio, with default policies and packs by
 * jurisdiction. The parts are kept too, with the same defaults, for the benchmarks of one part.
 */
public final class Evaluation {
  final Kamkit kamkit = Kamkit.withDefaults();
  final Messages english = Messages.english();
  final CoverageScorer coverage = CoverageScorer.withDefaults();
  final CompletenessScorer completeness = CompletenessScorer.withDefaults();
  final WhitespaceScorer whitespace = WhitespaceScorer.withDefaults();
  final HealthScorer health = HealthScorer.withDefaults();
  final MaturityClassifier maturity = MaturityClassifier.withDefaults();
  final RelationshipStageClassifier relationship = RelationshipStageClassifier.withDefaults();
  final EngagementAssessor engagement = EngagementAssessor.withDefaults();
  final OpenPaymentsPack openPayments = OpenPaymentsPack.withDefaults();
  final OffLabelPack offLabel = OffLabelPack.withDefaults();
  final RationalePack rationale = RationalePack.withDefaults();
  final UsStatesPack usStates = UsStatesPack.withDefaults();
  final ConductPack conduct = ConductPack.withDefaults();
  final FirewallPack firewall = FirewallPack.withDefaults();

  /** Everything about {@code account}, into {@code bh}. */
  public void account(KeyAccount account, LocalDate asOf, Blackhole bh) {
    bh.consume(kamkit.evaluate(account, asOf));
  }

  /**
   * Everything about {@code account}, and all of it said in English, into {@code bh}. One {@link
   * Messages} serves every account, as when a host renders a portfolio: it keeps the bundles and
   * patterns it has parsed.
   */
  public void accountInEnglish(KeyAccount account, LocalDate asOf, Blackhole bh) {
    bh.consume(english.explain(kamkit.evaluate(account, asOf).explanation()));
  }

  /** Everything about the portfolio and each of its accounts, into {@code bh}. */
  public void portfolio(Portfolio portfolio, LocalDate asOf, Blackhole bh) {
    bh.consume(kamkit.evaluate(portfolio, asOf));
  }
}
