package dev.kamkit.rules.maturity;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.explain.AccountResult;
import dev.kamkit.rules.criteria.CriterionResult;
import dev.kamkit.scoring.completeness.CompletenessResult;
import dev.kamkit.scoring.completeness.CompletenessScorer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Classifies the KAM maturity stage of an account (Clarity, "Pharma Key Account Management – The
 * Evolution Continues") from the evidence in its data.
 *
 * <pre>{@code
 * MaturityClassifier classifier = MaturityClassifier.withDefaults();
 * MaturityResult maturity = classifier.classify(account, LocalDate.of(2026, 11, 22));
 * System.out.println(maturity.explain());
 * maturity.missingForNext().forEach(gap -> ...);
 * }</pre>
 *
 * <p>Every criterion of every stage is judged, so a result also shows work already in place for
 * later stages; the stage is the highest one whose criteria, and those of every lower stage, are
 * met or not required. The criteria read the account's team, relationships (active as in
 * kam-scoring's coverage), plan, needs, actions, KPIs, joint business plan and shared-value
 * initiatives, and the plan completeness score; {@link MaturityCriterion} lists them and {@link
 * MaturityPolicy} holds their thresholds.
 *
 * <p>Adding complete evidence (a team member, an active relationship, a need, a measurable dated
 * objective, an owned and dated action tied to one, a measured KPI, a launched initiative, an
 * agreed joint plan) never lowers the stage. Results do not depend on the order of the account's
 * lists. Instances are immutable and thread-safe.
 */
public final class MaturityClassifier {
  private final MaturityPolicy policy;
  private final CompletenessScorer completeness;

  private MaturityClassifier(MaturityPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
    this.completeness = CompletenessScorer.of(policy.completeness());
  }

  /** A classifier using {@code policy}. */
  public static MaturityClassifier of(MaturityPolicy policy) {
    return new MaturityClassifier(policy);
  }

  /** A classifier using {@link MaturityPolicy#defaults()}. */
  public static MaturityClassifier withDefaults() {
    return new MaturityClassifier(MaturityPolicy.defaults());
  }

  /** The policy in use. */
  public MaturityPolicy policy() {
    return policy;
  }

  /** Classifies {@code account} as of {@code asOf}. */
  public MaturityResult classify(KeyAccount account, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    return classify(account, asOf, completeness.score(account, asOf));
  }

  /**
   * Classifies {@code account} as of {@code asOf} with its plan completeness already scored, so an
   * evaluation that reports completeness anyway does not score it twice.
   *
   * @param completeness the account's completeness on {@code asOf} under {@code
   *     policy().completeness()}
   * @throws IllegalArgumentException if {@code completeness} is about another account or day, or
   *     was scored under another policy
   */
  public MaturityResult classify(
      KeyAccount account, LocalDate asOf, CompletenessResult completeness) {
    requireNonNull(account, "account");
    requireNonNull(asOf, "asOf");
    requireNonNull(completeness, "completeness");
    if (!completeness.account().equals(account.id()) || !completeness.asOf().equals(asOf)) {
      throw new IllegalArgumentException(
          "the completeness of "
              + completeness.account()
              + " on "
              + completeness.asOf()
              + " cannot stand for "
              + account.id()
              + " on "
              + asOf);
    }
    if (!completeness.policy().equals(policy.completeness())) {
      throw new IllegalArgumentException(
          "the completeness of "
              + account.id()
              + " was scored under another policy (version "
              + completeness.policyVersion()
              + ") than maturity's (version "
              + policy.completeness().version()
              + ")");
    }
    Evidence ev = new Evidence(account, asOf, policy, completeness);
    List<StageResult> stages = new ArrayList<>();
    stages.add(stage(MaturityStage.DEDICATED_RESOURCES, FoundationCriteria.stage1(ev)));
    stages.add(stage(MaturityStage.ALIGNED_ROLES, FoundationCriteria.stage2(ev)));
    stages.add(stage(MaturityStage.COORDINATED_TEAM, NeedsCriteria.stage3(ev)));
    stages.add(stage(MaturityStage.STRATEGIC_PLAN, PlanCriteria.stage4(ev)));
    stages.add(stage(MaturityStage.TRUSTED_PARTNER, PartnershipCriteria.stage5(ev)));
    MaturityStage reached = MaturityStage.NONE;
    for (StageResult s : stages) {
      if (!s.criteriaHold()) {
        break;
      }
      reached = s.stage();
    }
    return MaturityResult.builder()
        .account(account.id())
        .accountName(account.account().name())
        .asOf(asOf)
        .stage(reached)
        .stages(stages)
        .policyVersion(policy.version())
        .build();
  }

  /** Classifies every account of {@code portfolio} and rolls the results up. */
  public PortfolioMaturity classifyAll(Portfolio portfolio, LocalDate asOf) {
    requireNonNull(portfolio, "portfolio");
    return summarise(portfolio.accounts().stream().map(a -> classify(a, asOf)).toList(), asOf);
  }

  /**
   * Rolls results already classified under this policy up into a portfolio view: how many accounts
   * sit at each stage. Depends only on the set of results, never on their order.
   *
   * @throws IllegalArgumentException if two results concern the same account, or one is as of
   *     another day or by another policy version
   */
  public PortfolioMaturity summarise(Collection<MaturityResult> results, LocalDate asOf) {
    requireNonNull(results, "results");
    AccountResult.requireJudgedBy(results, asOf, policy.version());
    return PortfolioMaturity.builder()
        .asOf(asOf)
        .policyVersion(policy.version())
        .results(MaturityRollup.byAccount(results).values())
        .build();
  }

  private static StageResult stage(MaturityStage stage, List<CriterionResult> criteria) {
    return StageResult.of(stage, criteria);
  }
}
