package dev.kamkit.scoring.coverage;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.account.AccountKind;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.committee.DecisionBodyKind;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.stakeholder.BuyingRole;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every threshold and weight of relationship coverage, as one immutable value. Start from {@link
 * CoveragePolicy#defaults()} and change what your programme measures differently:
 *
 * <pre>{@code
 * CoveragePolicy mine = CoveragePolicy.defaults().withActiveWithinDays(60);
 * }</pre>
 *
 * <p>The defaults come from the KAM practice articles (docs/sources.md): 15-30 stakeholders mapped
 * and at least six active, multithreaded relationships for a large IDN with four to six the floor
 * (Prolifiq, "Healthcare Key Account Management: A Practical Guide"); economic buyer, technical
 * buyer, clinical champion and user as the roles to cover, P&amp;T committee and VAC as the
 * committees to reach (Prolifiq, "Pharma Key Account Management"); single-threading as the first
 * failure mode (Prolifiq, "Pharma Key Account Management").
 */
@Value.Immutable
public abstract class AbstractCoveragePolicy {
  // Only the generated CoveragePolicy extends this: no host subclass.
  AbstractCoveragePolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-coverage-1";

  /** The default policy. */
  public static CoveragePolicy defaults() {
    return CoveragePolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * Buying roles that must be mapped and engaged; when empty, the buying-roles component does not
   * apply (its risks are still reported).
   */
  @Value.Default
  public Set<BuyingRole> keyBuyingRoles() {
    return EnumSet.of(
        BuyingRole.ECONOMIC_BUYER,
        BuyingRole.TECHNICAL_BUYER,
        BuyingRole.CLINICAL_CHAMPION,
        BuyingRole.USER);
  }

  /** Kinds of decision body whose voting members must be reached. */
  @Value.Default
  public Set<DecisionBodyKind> keyCommittees() {
    return EnumSet.of(
        DecisionBodyKind.PHARMACY_AND_THERAPEUTICS,
        DecisionBodyKind.VALUE_ANALYSIS,
        DecisionBodyKind.FORMULARY);
  }

  /** A relationship is active when its last interaction is at most this many days before asOf. */
  @Value.Default
  public int activeWithinDays() {
    return 90;
  }

  /** Targets per account scale. */
  @Value.Default
  public Map<AccountScale, ScaleTargets> targets() {
    return Map.of(
        AccountScale.SMALL,
        ScaleTargets.builder()
            .mapped(3)
            .active(2)
            .activeFloor(1)
            .ourPeople(1)
            .theirFunctions(2)
            .build(),
        AccountScale.MEDIUM,
        ScaleTargets.builder()
            .mapped(8)
            .active(4)
            .activeFloor(3)
            .ourPeople(2)
            .theirFunctions(3)
            .build(),
        AccountScale.LARGE,
        ScaleTargets.builder()
            .mapped(15)
            .active(6)
            .activeFloor(4)
            .ourPeople(3)
            .theirFunctions(4)
            .build());
  }

  /** An account with at least this many facilities or sites of care is LARGE. */
  @Value.Default
  public int largeFromFacilities() {
    return 5;
  }

  /** An account with at least this many beds is LARGE. */
  @Value.Default
  public int largeFromBeds() {
    return 1_000;
  }

  /** An account with at least this many beds, or with two or more sites, is at least MEDIUM. */
  @Value.Default
  public int mediumFromBeds() {
    return 200;
  }

  /** Committees are expected from this scale up; below it, no committee means not applicable. */
  @Value.Default
  public AccountScale committeesExpectedFrom() {
    return AccountScale.MEDIUM;
  }

  /** When true, single-threading on either side makes the status red whatever the score. */
  @Value.Default
  public boolean singleThreadingIsRed() {
    return true;
  }

  /** Scores at or above this are green (unless a red risk applies). */
  @Value.Default
  public BigDecimal greenFrom() {
    return BigDecimal.valueOf(70);
  }

  /** Scores at or above this are amber; below, red. */
  @Value.Default
  public BigDecimal amberFrom() {
    return BigDecimal.valueOf(40);
  }

  /**
   * Relative weight of key buying roles mapped and held: each role earns half its share when mapped
   * and the whole when someone of ours holds a stakeholder with it actively.
   */
  @Value.Default
  public BigDecimal buyingRolesWeight() {
    return BigDecimal.valueOf(25);
  }

  /** Relative weight of key committees reached through a voting member held actively. */
  @Value.Default
  public BigDecimal committeesWeight() {
    return BigDecimal.valueOf(20);
  }

  /** Relative weight of depth: stakeholders held actively against the target. */
  @Value.Default
  public BigDecimal depthWeight() {
    return BigDecimal.valueOf(25);
  }

  /** Relative weight of breadth: stakeholders mapped against the target. */
  @Value.Default
  public BigDecimal breadthWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Relative weight of multithreading on both sides. */
  @Value.Default
  public BigDecimal multithreadingWeight() {
    return BigDecimal.valueOf(10);
  }

  /** Relative weight of sentiment across the mapped stakeholders. */
  @Value.Default
  public BigDecimal sentimentWeight() {
    return BigDecimal.valueOf(10);
  }

  /** The scale of an account, from its kind, facilities, sites and beds. */
  public AccountScale scaleOf(Account account) {
    int facilities = Math.max(account.profile().facilityCount().orElse(0), account.sites().size());
    int beds = account.profile().beds().orElse(0);
    if (facilities >= largeFromFacilities() || beds >= largeFromBeds()) {
      return AccountScale.LARGE;
    }
    boolean system =
        account.kind() == AccountKind.INTEGRATED_DELIVERY_NETWORK
            || account.kind() == AccountKind.ACADEMIC_MEDICAL_CENTRE
            || account.kind() == AccountKind.HEALTH_AUTHORITY;
    if (system || facilities >= 2 || beds >= mediumFromBeds()) {
      return AccountScale.MEDIUM;
    }
    return AccountScale.SMALL;
  }

  /** The targets for a scale. */
  @SuppressWarnings("NullAway") // check() makes sure every scale has targets
  public ScaleTargets targetsFor(AccountScale scale) {
    return targets().get(scale);
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("CoveragePolicy", version())
            .nonBlank("version", version())
            .between("activeWithinDays", activeWithinDays(), 1, 3_650)
            .notAbove("amberFrom", amberFrom(), "greenFrom", greenFrom())
            .between("greenFrom", greenFrom(), BigDecimal.ZERO, BigDecimal.valueOf(100))
            .notNegative("amberFrom", amberFrom())
            .notNegative("buyingRolesWeight", buyingRolesWeight())
            .notNegative("committeesWeight", committeesWeight())
            .notNegative("depthWeight", depthWeight())
            .notNegative("breadthWeight", breadthWeight())
            .notNegative("multithreadingWeight", multithreadingWeight())
            .notNegative("sentimentWeight", sentimentWeight());
    EnumSet<AccountScale> missing = EnumSet.allOf(AccountScale.class);
    missing.removeAll(targets().keySet());
    if (!missing.isEmpty()) {
      check.fail(
          "targets",
          targets().keySet(),
          ModelCode.MISSING_KEYS,
          Arg.list(missing.stream().map(Arg::of).toList()));
    }
    check.throwIfInvalid();
  }
}
