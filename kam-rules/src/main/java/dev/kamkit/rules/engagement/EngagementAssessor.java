package dev.kamkit.rules.engagement;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.KeyAccount;
import dev.kamkit.model.Portfolio;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.scoring.Effect;
import dev.kamkit.scoring.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places an account on figure 3 of Veeva Business Consulting's "Unlocking True KAM Transformation",
 * market complexity by potential value, and recommends one engagement model or more.
 *
 * <pre>{@code
 * EngagementAssessor assessor = EngagementAssessor.withDefaults();
 * EngagementAssessment a = assessor.assess(account, inputs, LocalDate.of(2026, 11, 22));
 * a.primary();          // e.g. STRATEGIC_ACCOUNT_MANAGEMENT
 * System.out.println(a.explain());
 * }</pre>
 *
 * <p>Each factor is rated by the host ({@link EngagementInputs}) or, failing that, from a
 * documented proxy in the account's data; otherwise it is reported as not assessed and left out:
 *
 * <ul>
 *   <li>competitive intensity: the plan's competitive landscape (highest threat: low, medium or
 *       high; one step higher with three competitors or more), else competitor-held whitespace
 *       cells (medium);
 *   <li>payer affordability pressure: the share of our products restricted (prior authorisation,
 *       step edits, ...) or unlisted on the account's formulary;
 *   <li>decision-making complexity: points for decision bodies (up to 4), decisions at both system
 *       and site level (2), sites (1 from two, 2 from five) and functions holding buying roles (1
 *       from two, 2 from four);
 *   <li>patient population: staffed beds (profile, else the sites' beds), not for payers, ACOs,
 *       GPOs, pharmacy chains, wholesalers or health authorities;
 *   <li>unmet need: pain points on the plan's patient pathways;
 *   <li>growth opportunity: addressable whitespace cells not yet sold (kam-scoring's {@link
 *       dev.kamkit.scoring.whitespace.WhitespaceScorer}, inside approved indications);
 *   <li>difficulty finding patients, differentiation and the strategic-fit factors: host only.
 * </ul>
 *
 * <p>An axis is placed once at least the policy's minimum of its factors is assessed; each level is
 * high at or above its cut-off. The quadrant's model is primary; an axis less than the policy's
 * band from its cut-off adds the neighbouring quadrant's model as an alternative; the model the
 * primary one builds on follows as its foundation. Raising a value factor never takes strategic
 * account management out of the recommendations, nor from primary. Instances are immutable and
 * thread-safe.
 */
public final class EngagementAssessor {
  private final EngagementPolicy policy;

  private EngagementAssessor(EngagementPolicy policy) {
    this.policy = requireNonNull(policy, "policy");
  }

  /** An assessor using {@code policy}. */
  public static EngagementAssessor of(EngagementPolicy policy) {
    return new EngagementAssessor(policy);
  }

  /** An assessor using {@link EngagementPolicy#defaults()}. */
  public static EngagementAssessor withDefaults() {
    return new EngagementAssessor(EngagementPolicy.defaults());
  }

  /** The policy in use. */
  public EngagementPolicy policy() {
    return policy;
  }

  /** Assesses {@code account} from its data alone. */
  public EngagementAssessment assess(KeyAccount account, LocalDate asOf) {
    return assess(account, EngagementInputs.none(), asOf);
  }

  /** Assesses {@code account} with the host's {@code inputs} as of {@code asOf}. */
  public EngagementAssessment assess(KeyAccount account, EngagementInputs inputs, LocalDate asOf) {
    requireNonNull(account, "account");
    requireNonNull(inputs, "inputs");
    requireNonNull(asOf, "asOf");
    FactorReader reader = new FactorReader(account, asOf, policy);
    AxisScore complexity =
        axis(
            Axis.COMPLEXITY,
            reader,
            inputs,
            policy.minFactorsPerAxis(),
            policy.complexityHighFrom());
    AxisScore value =
        axis(Axis.VALUE, reader, inputs, policy.minFactorsPerAxis(), policy.valueHighFrom());
    AxisScore fit =
        axis(Axis.STRATEGIC_FIT, reader, inputs, policy.minFitFactors(), BigDecimal.valueOf(50));
    List<Reason> reasons = new ArrayList<>();
    unplaced(complexity).ifPresent(reasons::add);
    unplaced(value).ifPresent(reasons::add);
    return EngagementAssessment.builder()
        .account(account.id())
        .accountName(account.account().name())
        .asOf(asOf)
        .complexity(complexity)
        .value(value)
        .strategicFit(fit)
        .recommendations(Recommender.recommend(complexity, value))
        .reasons(reasons)
        .policyVersion(policy.version())
        .build();
  }

  /**
   * Assesses every account of {@code portfolio}, each with its inputs (none where the map has no
   * entry), sorted by account id.
   */
  public List<EngagementAssessment> assessAll(
      Portfolio portfolio, Map<AccountId, EngagementInputs> inputs, LocalDate asOf) {
    requireNonNull(inputs, "inputs");
    return portfolio.accounts().stream()
        .sorted(Comparator.comparing(KeyAccount::id))
        .map(a -> assess(a, inputs.getOrDefault(a.id(), EngagementInputs.none()), asOf))
        .toList();
  }

  private AxisScore axis(
      Axis axis, FactorReader reader, EngagementInputs inputs, int min, BigDecimal cutOff) {
    List<FactorAssessment> factors =
        Arrays.stream(Factor.values())
            .filter(f -> f.axis() == axis)
            .map(f -> reader.read(f, inputs))
            .toList();
    return AxisScorer.score(axis, factors, policy, min, cutOff);
  }

  /**
   * Why {@code axis} is not placed, counting only the factors the policy weighs: a factor it gives
   * no weight neither counts towards the minimum nor is worth assessing.
   */
  private Optional<Reason> unplaced(AxisScore axis) {
    if (axis.score().isPresent()) {
      return Optional.empty();
    }
    List<FactorAssessment> weighed =
        axis.factors().stream().filter(f -> policy.weight(f.factor()).signum() > 0).toList();
    int needed = policy.minFactorsPerAxis();
    if (weighed.size() < needed) {
      return Optional.of(
          Reason.of(
              EngagementCode.AXIS_TOO_FEW_WEIGHED,
              Effect.GAP,
              List.of(),
              Arg.of(axis.axis()),
              Arg.of(weighed.size()),
              Arg.of(needed)));
    }
    return Optional.of(
        Reason.of(
            EngagementCode.AXIS_NOT_PLACED,
            Effect.GAP,
            List.of(),
            Arg.of(axis.axis()),
            Arg.of(weighed.stream().filter(FactorAssessment::isAssessed).count()),
            Arg.of(weighed.size()),
            Arg.of(needed),
            Arg.list(
                weighed.stream().filter(f -> !f.isAssessed()).toList(), f -> Arg.of(f.factor()))));
  }
}
