package dev.kamkit.rules.maturity;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.team.RelationshipStrength;
import dev.kamkit.model.team.TeamFunction;
import dev.kamkit.scoring.completeness.CompletenessPolicy;
import dev.kamkit.scoring.coverage.CoveragePolicy;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The criteria of the five KAM stages as one documented, versioned value. Start from {@link
 * MaturityPolicy#defaults()} and change what your programme judges differently; give the changed
 * policy its own {@link #version()} so every result says which criteria produced it:
 *
 * <pre>{@code
 * MaturityPolicy mine = MaturityPolicy.defaults()
 *     .withVersion("acme-2027.1")
 *     .withMinTeamFunctions(4)
 *     .withNotRequired(MaturityCriterion.MATRIX_TEAM);
 * }</pre>
 *
 * <p>Where the defaults come from: the stages themselves are Clarity's "Pharma Key Account
 * Management – The Evolution Continues"; "named KAM owner" and "single-threading" are from
 * Prolifiq's "Pharma Key Account Management" (when the rep leaves, the account leaves); a
 * cross-functional team of commercial, medical and market access is from Prolifiq's "Pharma Key
 * Account Management" ("aligning commercial, medical, and market access") and Veeva Business
 * Consulting's "Unlocking True KAM Transformation" ("cross-functional teams aligned behind
 * accounts"); needs-based segmentation and tactics tied to needs are from Veeva Business
 * Consulting's "Unlocking True KAM Transformation" (figure 6); the complete, current plan with
 * leading/lagging and company/customer KPIs is from Prolifiq's "Pharma Key Account Management" and
 * Veeva Business Consulting's "Unlocking True KAM Transformation" (figure 4, "track metrics that
 * matter"), judged with kam-scoring's {@link CompletenessPolicy}; the joint business plan,
 * shared-value initiatives and senior relationships of stage 5 are from Veeva Business Consulting's
 * "Unlocking True KAM Transformation" ("without [a joint business plan] the partnership is not
 * truly anchored in shared value creation") and Clarity's "Pharma Key Account Management – The
 * Evolution Continues".
 */
@Value.Immutable
public abstract class AbstractMaturityPolicy {
  // Only the generated MaturityPolicy extends this: no host subclass.
  AbstractMaturityPolicy() {}

  /** The version of the default criteria. */
  public static final String DEFAULT_VERSION = "kamkit-maturity-1";

  /** The default policy. */
  public static MaturityPolicy defaults() {
    return MaturityPolicy.builder().build();
  }

  /** Names the criteria this policy stands for; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** Criteria the host does not require: reported as not required, they hold nothing back. */
  public abstract Set<MaturityCriterion> notRequired();

  /** How relationships count as active (its {@code activeWithinDays} window). */
  @Value.Default
  public CoveragePolicy coverage() {
    return CoveragePolicy.defaults();
  }

  /** How plan completeness and plan rot are judged for stage 4. */
  @Value.Default
  public CompletenessPolicy completeness() {
    return CompletenessPolicy.defaults();
  }

  /** Team functions that count as the account's dedicated KAM (stage 1). */
  @Value.Default
  public Set<TeamFunction> kamFunctions() {
    return EnumSet.of(TeamFunction.KEY_ACCOUNT_MANAGER);
  }

  /** Stakeholders the KAM must actively hold to work the account, not just be named (stage 1). */
  @Value.Default
  public int minKamRelationships() {
    return 1;
  }

  /** Distinct functions the active team must span (stage 2): KAM, medical and market access. */
  @Value.Default
  public int minTeamFunctions() {
    return 3;
  }

  /** Distinct functions that must own objectives or actions towards them (stage 2). */
  @Value.Default
  public int minFunctionsOnObjectives() {
    return 2;
  }

  /** Actions that must name a recorded account need (stage 3). */
  @Value.Default
  public int minActionsOnNeeds() {
    return 2;
  }

  /** Distinct functions whose actions must answer one and the same need (stage 3). */
  @Value.Default
  public int minFunctionsOnOneNeed() {
    return 2;
  }

  /** Plan completeness score, 0-100, the plan must reach (stage 4). */
  @Value.Default
  public BigDecimal minPlanCompleteness() {
    return BigDecimal.valueOf(70);
  }

  /** Distinct functions that must own live plan actions (stage 4). */
  @Value.Default
  public int minMatrixFunctions() {
    return 3;
  }

  /**
   * When true the matrix must also span commercial and medical (stage 4). Off by default: behind
   * the firewall medical affairs may keep its own plan, and commercial must not direct it.
   */
  @Value.Default
  public boolean matrixSpansDivisions() {
    return false;
  }

  /** When true, company and customer KPIs count only once they carry a measured value (stage 4). */
  @Value.Default
  public boolean kpisMustBeMeasured() {
    return true;
  }

  /** Shared-value initiatives that must have launched (stage 5). */
  @Value.Default
  public int minLaunchedInitiatives() {
    return 1;
  }

  /** Executive stakeholders we must hold actively and strongly (stage 5). */
  @Value.Default
  public int minExecutiveRelationships() {
    return 1;
  }

  /** The least strength a relationship with an executive needs to count (stage 5). */
  @Value.Default
  public RelationshipStrength minExecutiveStrength() {
    return RelationshipStrength.STRONG;
  }

  /** Distinct functions of ours that must staff the agreed or launched initiatives (stage 5). */
  @Value.Default
  public int minInitiativeFunctions() {
    return 2;
  }

  /** True if the policy requires {@code criterion}. */
  public boolean requires(MaturityCriterion criterion) {
    return !notRequired().contains(criterion);
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("MaturityPolicy", version())
        .nonBlank("version", version())
        .nonEmpty("kamFunctions", kamFunctions())
        .between("minKamRelationships", minKamRelationships(), 0, 1_000)
        .between("minTeamFunctions", minTeamFunctions(), 1, TeamFunction.values().length)
        .between("minFunctionsOnObjectives", minFunctionsOnObjectives(), 1, 8)
        .between("minActionsOnNeeds", minActionsOnNeeds(), 1, 1_000)
        .between("minFunctionsOnOneNeed", minFunctionsOnOneNeed(), 1, 8)
        .between(
            "minPlanCompleteness", minPlanCompleteness(), BigDecimal.ZERO, BigDecimal.valueOf(100))
        .between("minMatrixFunctions", minMatrixFunctions(), 1, 8)
        .between("minLaunchedInitiatives", minLaunchedInitiatives(), 1, 1_000)
        .between("minExecutiveRelationships", minExecutiveRelationships(), 1, 1_000)
        .between("minInitiativeFunctions", minInitiativeFunctions(), 1, 8)
        .throwIfInvalid();
  }
}
