package dev.kamkit.rules.compliance.uk;

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

  /**
   * The default policy: every value the regulation fixes, and nothing a host must confirm (those
   * settings stay empty and surface as configuration findings).
   */
  public static UkPolicy defaults() {
    return UkPolicy.builder().build();
  }

  /**
   * The day of the year after a period by which the host submits to Disclosure UK. Companies submit
   * about the end of March; the exact day is unverified, so there is no default and an account with
   * disclosable transfers while this is absent is a {@code uk.configuration.submission-day-missing}
   * finding.
   */
  public abstract Optional<MonthDay> submissionDay();
}
