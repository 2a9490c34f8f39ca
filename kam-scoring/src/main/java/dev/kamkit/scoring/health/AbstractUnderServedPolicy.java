package dev.kamkit.scoring.health;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.scoring.voice.ShareOfVoicePolicy;
import java.math.BigDecimal;
import java.util.Currency;
import org.immutables.value.Value;

/**
 * The window, currency and thresholds for finding under-served accounts, as one immutable value.
 * Start from {@link UnderServedPolicy#defaults()}:
 *
 * <pre>{@code
 * UnderServedPolicy mine = UnderServedPolicy.defaults()
 *     .withReportingCurrency(Money.currency("GBP"))
 *     .withUnderServedBelow(new BigDecimal("0.6"));
 * }</pre>
 *
 * <p>The defaults follow the analysis in Veeva Business Consulting's "Unlocking True KAM
 * Transformation", which found one in five high-value accounts under-called relative to their
 * potential: twelve months of activity, and "high-value" meaning above the average. How far below
 * its share of potential an account's share of activity must fall to count as under-served is not
 * in the paper; half is a starting point. The same paper ties an above-average share of voice to a
 * 70% higher likelihood of a formulary listing, so a high-value account whose share of voice is
 * below our average over its peers is under-served too, whatever its share of activity.
 */
@Value.Immutable
public abstract class AbstractUnderServedPolicy {
  // Only the generated UnderServedPolicy extends this: no host subclass.
  AbstractUnderServedPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-under-served-2";

  /** The default policy. */
  public static UnderServedPolicy defaults() {
    return UnderServedPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. Results carry it. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * Completed interactions count when dated at most this many days before the scoring day, up to
   * the scoring day itself. Default 365: the analysis in Veeva Business Consulting's "Unlocking
   * True KAM Transformation" spans twelve months (2023 H2 to 2024 H1).
   */
  @Value.Default
  public int activityWindowDays() {
    return 365;
  }

  /**
   * The currency potential is added up in. Net revenue and whitespace values in other currencies
   * are left out with a reason, never converted. Default USD; set your own.
   */
  @Value.Default
  public Currency reportingCurrency() {
    return Money.currency("USD");
  }

  /**
   * An account is under-served when its share of the portfolio's activity is below this fraction of
   * its share of the portfolio's potential. Default 0.5: "well below" read as less than half (a
   * starting point).
   */
  @Value.Default
  public BigDecimal underServedBelow() {
    return new BigDecimal("0.5");
  }

  /**
   * Only accounts whose potential is at least this multiple of the portfolio's average potential
   * are judged: Veeva Business Consulting, "Unlocking True KAM Transformation" calls accounts above
   * the average high-value. Default 1; set 0 to judge every account with potential.
   */
  @Value.Default
  public BigDecimal highValueFromAverage() {
    return BigDecimal.ONE;
  }

  /**
   * When true (the default), a high-value account whose share of voice is known and below our
   * average share over its peers (the other accounts of its tier whose share is known) is
   * under-served (Veeva Business Consulting, "Unlocking True KAM Transformation": an above-average
   * share of voice makes a formulary listing in the account 70% more likely).
   */
  @Value.Default
  public boolean belowPeerShareOfVoice() {
    return true;
  }

  /** How share of voice is measured for {@link #belowPeerShareOfVoice()}. */
  @Value.Default
  public ShareOfVoicePolicy shareOfVoice() {
    return ShareOfVoicePolicy.defaults();
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("UnderServedPolicy", version())
        .nonBlank("version", version())
        .between("activityWindowDays", activityWindowDays(), 1, 3_650)
        .share("underServedBelow", underServedBelow())
        .notNegative("highValueFromAverage", highValueFromAverage())
        .throwIfInvalid();
  }
}
