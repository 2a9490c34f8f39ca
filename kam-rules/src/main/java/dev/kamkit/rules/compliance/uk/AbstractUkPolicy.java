package dev.kamkit.rules.compliance.uk;

import dev.kamkit.model.base.ModelCheck;
import java.time.MonthDay;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The settings of the UK pack.
 *
 * <pre>{@code
 * UkPolicy policy = UkPolicy.builder().submissionDay(MonthDay.of(3, 31)).build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractUkPolicy {
  // Only the generated UkPolicy extends this: no host subclass.
  AbstractUkPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-uk-1";

  /**
   * The default policy: every value the regulation fixes, and nothing a host must confirm (those
   * settings stay empty and surface as configuration findings).
   */
  public static UkPolicy defaults() {
    return UkPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The day of the year after a period by which the host submits to Disclosure UK. Companies submit
   * about the end of March; the exact day is unverified, so there is no default and an account with
   * disclosable transfers while this is absent is a {@code uk.configuration.submission-day-missing}
   * finding.
   */
  public abstract Optional<MonthDay> submissionDay();

  /** Rejects a blank version when it is built. */
  @Value.Check
  protected void check() {
    ModelCheck.of("UkPolicy", null).nonBlank("version", version()).throwIfInvalid();
  }
}
