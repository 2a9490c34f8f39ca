package dev.kamkit.examples.report;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.rules.compliance.ComplianceReport;
import dev.kamkit.rules.compliance.ComplianceValidator;
import dev.kamkit.rules.compliance.RulePack;
import dev.kamkit.rules.compliance.firewall.FirewallPack;
import dev.kamkit.rules.compliance.offlabel.OffLabelPack;
import dev.kamkit.rules.compliance.openpayments.OpenPaymentsPack;
import dev.kamkit.rules.compliance.rationale.RationalePack;
import dev.kamkit.rules.engagement.EngagementAssessment;
import dev.kamkit.rules.engagement.EngagementAssessor;
import dev.kamkit.rules.engagement.EngagementInputs;
import dev.kamkit.rules.engagement.SamAllocation;
import dev.kamkit.rules.engagement.SamAllocator;
import dev.kamkit.rules.maturity.MaturityClassifier;
import dev.kamkit.rules.maturity.RelationshipStageClassifier;
import dev.kamkit.rules.tiering.PortfolioTiering;
import dev.kamkit.rules.tiering.TierResult;
import dev.kamkit.rules.tiering.Tiering;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import dev.kamkit.scoring.coverage.CoverageScorer;
import dev.kamkit.scoring.health.HealthScorer;
import dev.kamkit.scoring.health.UnderServedAccounts;
import dev.kamkit.scoring.health.UnderServedReport;
import dev.kamkit.scoring.whitespace.WhitespaceScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs every kamkit scorer, classifier and compliance pack over a portfolio with default policies:
 * one {@link AccountAnalysis} per account, in the portfolio's order, plus the portfolio-level
 * results (tiering, the strategic-account-management cap, under-served accounts).
 *
 * <p>Host ratings of the engagement factors are read from each account's custom attributes ({@link
 * EngagementInputs#fromAttributes}), so a portfolio file can carry them.
 *
 * @param asOf the day everything is judged for
 * @param accounts one analysis per account, in the portfolio's order
 * @param tiering the portfolio's tiers and any warning that tier 1 is crowded
 * @param sam which accounts strategic account management can take, and which it holds back
 * @param underServed accounts that get less effort than their potential warrants
 * @param packs the compliance packs that were run
 */
public record PortfolioAnalysis(
    LocalDate asOf,
    List<AccountAnalysis> accounts,
    PortfolioTiering tiering,
    SamAllocation sam,
    UnderServedReport underServed,
    List<RulePack> packs) {

  /** Copies the lists. */
  public PortfolioAnalysis {
    accounts = List.copyOf(accounts);
    packs = List.copyOf(packs);
  }

  /** The names of the compliance packs that were run, for people. */
  public List<String> packNames() {
    return packs.stream().map(RulePack::name).toList();
  }

  /** The ids of the compliance packs that were run. */
  public List<String> packIds() {
    return packs.stream().map(RulePack::id).toList();
  }

  /** Analyses {@code portfolio} as of {@code asOf} with every default policy. */
  public static PortfolioAnalysis of(Portfolio portfolio, LocalDate asOf) {
    Map<AccountId, EngagementInputs> inputs = new LinkedHashMap<>();
    for (KeyAccount account : portfolio.accounts()) {
      inputs.put(account.id(), EngagementInputs.fromAttributes(account.account().attributes()));
    }
    CoverageScorer coverage = CoverageScorer.withDefaults();
    CompletenessScorer completeness = CompletenessScorer.withDefaults();
    WhitespaceScorer whitespace = WhitespaceScorer.withDefaults();
    HealthScorer health = HealthScorer.withDefaults();
    MaturityClassifier maturity = MaturityClassifier.withDefaults();
    RelationshipStageClassifier relationship = RelationshipStageClassifier.withDefaults();
    EngagementAssessor engagement = EngagementAssessor.withDefaults();
    ComplianceValidator compliance =
        ComplianceValidator.of(
            List.of(
                OpenPaymentsPack.withDefaults(),
                OffLabelPack.withDefaults(),
                RationalePack.withDefaults(),
                FirewallPack.withDefaults()));
    PortfolioTiering tiering = Tiering.withDefaults().tierAll(portfolio, inputs, asOf);
    Map<AccountId, TierResult> tiers = new LinkedHashMap<>();
    tiering.results().forEach(t -> tiers.put(t.account(), t));

    List<AccountAnalysis> accounts = new ArrayList<>();
    List<EngagementAssessment> assessments = new ArrayList<>();
    for (KeyAccount account : portfolio.accounts()) {
      EngagementAssessment assessment =
          engagement.assess(account, requireNonNull(inputs.get(account.id())), asOf);
      assessments.add(assessment);
      ComplianceReport report = compliance.validate(account, asOf);
      accounts.add(
          new AccountAnalysis(
              account,
              requireNonNull(tiers.get(account.id())),
              maturity.classify(account, asOf),
              relationship.classify(account, asOf),
              assessment,
              coverage.score(account, asOf),
              completeness.score(account, asOf),
              whitespace.score(account, asOf),
              health.score(account, asOf),
              coverage.nextStakeholders(account, asOf),
              report.findings()));
    }
    return new PortfolioAnalysis(
        asOf,
        accounts,
        tiering,
        SamAllocator.withDefaults().allocate(assessments),
        UnderServedAccounts.withDefaults().assess(portfolio, asOf),
        compliance.packs());
  }

  /** The analysis of the account with {@code id}. */
  public AccountAnalysis account(AccountId id) {
    return accounts.stream()
        .filter(a -> a.account().id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no account " + id));
  }
}
