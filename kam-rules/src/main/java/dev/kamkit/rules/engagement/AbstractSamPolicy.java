package dev.kamkit.rules.engagement;

import dev.kamkit.model.base.ModelCheck;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * The portfolio rules around strategic account management, as one versioned value: the cap that
 * keeps SAM to a few accounts, the check for effort spread evenly, and the thresholds of the SAM
 * readiness check. Start from {@link SamPolicy#defaults()}.
 *
 * <p>Where the defaults come from: SAM is for "a few important accounts" and "it's critical to
 * delineate between them to avoid diluting the impact of true SAM" (Veeva Business Consulting,
 * "Unlocking True KAM Transformation"); the cap is the smaller of 10 accounts ("perhaps you'll
 * decide to hire account leads for your top 10 accounts", ibid.) and 20% of the portfolio
 * (Prolifiq, "Pharma Key Account Management": of 40 accounts, the 8 that drive most of the value),
 * and at least one. Effort is judged spread evenly when the top 20% of accounts by potential get
 * less than 1.5 times their proportional share of it (Prolifiq, "Pharma Key Account Management": "a
 * KAM program that spreads effort evenly across 40 accounts will underinvest in the 8 that drive
 * most of the value"; Veeva Business Consulting, "Unlocking True KAM Transformation": "Have you
 * invested disproportionately in your top accounts?").
 */
@Value.Immutable
public abstract class AbstractSamPolicy {
  // Only the generated SamPolicy extends this: no host subclass.
  AbstractSamPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-sam-1";

  /** The default policy. */
  public static SamPolicy defaults() {
    return SamPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** At most this many SAM accounts. */
  @Value.Default
  public int maxSamAccounts() {
    return 10;
  }

  /** At most this share of the portfolio in SAM (rounded down). */
  @Value.Default
  public BigDecimal maxSamShare() {
    return new BigDecimal("0.20");
  }

  /** At least this many SAM accounts allowed, so a small portfolio may still hold one. */
  @Value.Default
  public int minSamAccounts() {
    return 1;
  }

  /** How effort is read from the data when the host does not supply it. */
  @Value.Default
  public EffortMeasure effortMeasure() {
    return EffortMeasure.INTERACTIONS;
  }

  /** Interactions within this many days before the day count as effort. */
  @Value.Default
  public int effortWindowDays() {
    return 365;
  }

  /** The share of accounts, by potential value, that count as the top accounts. */
  @Value.Default
  public BigDecimal topShare() {
    return new BigDecimal("0.20");
  }

  /** Top accounts' share of effort over their share of accounts below this is an even spread. */
  @Value.Default
  public BigDecimal minConcentration() {
    return new BigDecimal("1.5");
  }

  /** Portfolios smaller than this are not judged for an even spread. */
  @Value.Default
  public int minAccountsForSpread() {
    return 5;
  }

  /** Functions the team needs for "cross-functional teams aligned behind accounts". */
  @Value.Default
  public int minTeamFunctions() {
    return 3;
  }

  /** Functions working one objective or initiative for "integrated cross-team collaboration". */
  @Value.Default
  public int minIntegratedFunctions() {
    return 3;
  }

  /** Value factors beyond revenue (population, unmet need, differentiation) to be assessed. */
  @Value.Default
  public int minBroaderValueFactors() {
    return 2;
  }

  /** A SAM account's effort over the portfolio median needed for "differentiated investment". */
  @Value.Default
  public BigDecimal samEffortMultiple() {
    return new BigDecimal("1.5");
  }

  /** The SAM cap for {@code accounts}: min(n, max, max(min, floor(share x n))). */
  public int capFor(int accounts) {
    int byShare = maxSamShare().multiply(BigDecimal.valueOf(accounts)).intValue();
    return Math.min(accounts, Math.min(maxSamAccounts(), Math.max(minSamAccounts(), byShare)));
  }

  /** Rejects an inconsistent value when it is built, naming every problem. */
  @Value.Check
  protected void check() {
    ModelCheck.of("SamPolicy", version())
        .nonBlank("version", version())
        .between("maxSamAccounts", maxSamAccounts(), 0, 100_000)
        .between("minSamAccounts", minSamAccounts(), 0, maxSamAccounts())
        .between("maxSamShare", maxSamShare(), BigDecimal.ZERO, BigDecimal.ONE)
        .between("effortWindowDays", effortWindowDays(), 1, 3_650)
        .share("topShare", topShare())
        .positive("minConcentration", minConcentration())
        .between("minAccountsForSpread", minAccountsForSpread(), 2, 100_000)
        .between("minTeamFunctions", minTeamFunctions(), 1, 8)
        .between("minIntegratedFunctions", minIntegratedFunctions(), 1, 8)
        .between("minBroaderValueFactors", minBroaderValueFactors(), 1, 3)
        .positive("samEffortMultiple", samEffortMultiple())
        .throwIfInvalid();
  }
}
