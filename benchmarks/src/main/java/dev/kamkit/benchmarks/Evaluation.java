package dev.kamkit.benchmarks;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Everything the example program ({@code examples/.../report/PortfolioAnalysis}) runs, with default
 * policies: per account every scorer, classifier and compliance pack, and per portfolio tiering,
 * the strategic-account-management cap and the under-served report. The same calls, without the
 * examples module; results are folded into a number so nothing can be optimised away.
 */
public final class Evaluation {
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
  final ComplianceValidator compliance =
      ComplianceValidator.of(List.of(openPayments, offLabel, rationale));
  private final Tiering tiering = Tiering.withDefaults();
  private final SamAllocator sam = SamAllocator.withDefaults();
  private final UnderServedAccounts underServed = UnderServedAccounts.withDefaults();

  /** Every per-account result for {@code account}, each into {@code bh}. */
  public void account(KeyAccount account, LocalDate asOf, Blackhole bh) {
    EngagementInputs inputs = EngagementInputs.fromAttributes(account.account().attributes());
    bh.consume(engagement.assess(account, inputs, asOf));
    rest(account, asOf, bh);
  }

  private void rest(KeyAccount account, LocalDate asOf, Blackhole bh) {
    bh.consume(compliance.validate(account, asOf));
    bh.consume(maturity.classify(account, asOf));
    bh.consume(relationship.classify(account, asOf));
    bh.consume(coverage.score(account, asOf));
    bh.consume(completeness.score(account, asOf));
    bh.consume(whitespace.score(account, asOf));
    bh.consume(health.score(account, asOf));
    bh.consume(coverage.nextStakeholders(account, asOf));
  }

  /** The whole portfolio, as the example program analyses it, each result into {@code bh}. */
  public void portfolio(Portfolio portfolio, LocalDate asOf, Blackhole bh) {
    Map<AccountId, EngagementInputs> inputs = new LinkedHashMap<>();
    for (KeyAccount account : portfolio.accounts()) {
      inputs.put(account.id(), EngagementInputs.fromAttributes(account.account().attributes()));
    }
    bh.consume(tiering.tierAll(portfolio, inputs, asOf));
    List<EngagementAssessment> assessments = new ArrayList<>();
    for (KeyAccount account : portfolio.accounts()) {
      EngagementInputs in = inputs.get(account.id());
      assessments.add(engagement.assess(account, in == null ? EngagementInputs.none() : in, asOf));
      rest(account, asOf, bh);
    }
    bh.consume(sam.allocate(assessments));
    bh.consume(underServed.assess(portfolio, asOf));
  }
}
