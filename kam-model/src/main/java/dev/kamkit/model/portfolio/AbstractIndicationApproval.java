package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indication's approval in one jurisdiction, from its approval date until it is withdrawn.
 * Promotion outside an approved indication is off-label (REGULATORY.md 5).
 */
@Value.Immutable
public abstract class AbstractIndicationApproval {
  /** The jurisdiction of a centralised European Union authorisation. */
  public static final String EUROPEAN_UNION = "EU";

  /**
   * Where the approval holds: an ISO 3166-1 alpha-2 country code such as {@code "US"}, or {@code
   * "EU"} for a centralised European authorisation.
   */
  public abstract String jurisdiction();

  /** The day the indication was approved there. */
  public abstract LocalDate approvedOn();

  /** The day the approval was withdrawn or lapsed, if it was. */
  public abstract Optional<LocalDate> withdrawnOn();

  /** True if the approval holds in {@code jurisdiction} on {@code date}. */
  public boolean holds(String jurisdiction, LocalDate date) {
    return jurisdiction().equals(jurisdiction)
        && !date.isBefore(approvedOn())
        && withdrawnOn().map(date::isBefore).orElse(true);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("IndicationApproval", jurisdiction())
        .require(
            jurisdiction().equals(EUROPEAN_UNION) || ModelCheck.isCountryCode(jurisdiction()),
            "jurisdiction",
            jurisdiction(),
            "must be an ISO 3166-1 alpha-2 country code or EU")
        .notBefore("withdrawnOn", withdrawnOn(), "approvedOn", approvedOn())
        .throwIfInvalid();
  }
}
