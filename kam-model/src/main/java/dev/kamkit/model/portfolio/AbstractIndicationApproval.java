package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An indication's approval in one jurisdiction, from its approval date until it is withdrawn.
 * Promotion outside an approved indication is off-label (FDA guidance on unapproved uses (2025) and
 * on unsolicited requests (2011 draft)).
 */
@Value.Immutable
public abstract class AbstractIndicationApproval {
  // Only the generated IndicationApproval extends this: no host subclass.
  AbstractIndicationApproval() {}

  /** The jurisdiction of a centralised European Union authorisation. */
  public static final String EUROPEAN_UNION = "EU";

  /**
   * The countries where a centralised EU authorisation applies: the 27 EU member states and the EEA
   * states Iceland, Liechtenstein and Norway, as of 2026. The list is not dated: an approval before
   * 2021 does not cover the United Kingdom here; record a {@code "GB"} approval for that.
   */
  public static final Set<String> EU_AND_EEA =
      Set.of(
          "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT",
          "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO");

  /**
   * Where the approval holds: an ISO 3166-1 alpha-2 country code such as {@code "US"}, or {@code
   * "EU"} for a centralised European authorisation.
   */
  public abstract String jurisdiction();

  /** The day the indication was approved there. */
  public abstract LocalDate approvedOn();

  /** The day the approval was withdrawn or lapsed, if it was. */
  public abstract Optional<LocalDate> withdrawnOn();

  /**
   * True if the approval holds in {@code jurisdiction} on {@code date}. An {@code "EU"} approval
   * holds in {@code "EU"} and in every country of {@link #EU_AND_EEA}.
   */
  public boolean holds(String jurisdiction, LocalDate date) {
    if (!covers(jurisdiction) || date.isBefore(approvedOn())) {
      return false;
    }
    Optional<LocalDate> withdrawn = withdrawnOn();
    return withdrawn.isEmpty() || date.isBefore(withdrawn.get());
  }

  private boolean covers(String country) {
    return jurisdiction().equals(country)
        || (jurisdiction().equals(EUROPEAN_UNION) && EU_AND_EEA.contains(country));
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("IndicationApproval", jurisdiction())
        .require(
            jurisdiction().equals(EUROPEAN_UNION) || ModelCheck.isCountryCode(jurisdiction()),
            "jurisdiction",
            jurisdiction(),
            ModelCode.APPROVAL_JURISDICTION)
        .notBefore("withdrawnOn", withdrawnOn(), "approvedOn", approvedOn())
        .throwIfInvalid();
  }
}
