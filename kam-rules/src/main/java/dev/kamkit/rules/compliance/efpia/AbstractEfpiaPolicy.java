package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.FieldPath;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.ExchangeRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every setting of the EFPIA pack, as one immutable value. Nothing here has a default that decides
 * a disclosure: what the pack needs and the host has not set is a configuration finding.
 *
 * <pre>{@code
 * EfpiaPolicy policy = EfpiaPolicy.builder()
 *     .putDisclosureCurrency("FR", Currency.getInstance("EUR"))
 *     .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.92"))
 *     .mealsDisclosed(false)
 *     .putPublication(2025, LocalDate.of(2026, 6, 12))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractEfpiaPolicy {
  // Only the generated EfpiaPolicy extends this: no host subclass.
  AbstractEfpiaPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-efpia-1";

  /**
   * The default policy: every value the regulation fixes, and nothing a host must confirm (those
   * settings stay empty and surface as configuration findings).
   */
  public static EfpiaPolicy defaults() {
    return EfpiaPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * The currency each country discloses in, by ISO 3166-1 alpha-2 code. A country with transfers
   * and no currency here is an {@code efpia.configuration.currency-missing} finding.
   */
  public abstract Map<String, Currency> disclosureCurrencies();

  /** Exchange rates into the disclosure currencies; see {@link ExchangeRate#convert}. */
  public abstract List<ExchangeRate> rates();

  /** How converted amounts and per-person shares are rounded; half up by default. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * Whether meals (food and beverage) are disclosed. That "meals are out of scope" is not verified
   * against a published source, so there is no default: a meal while this is absent is an {@code
   * efpia.configuration.meals-setting-missing} finding.
   */
  public abstract Optional<Boolean> mealsDisclosed();

  /** Countries beyond the EU, EEA and UK where the host applies the Code. */
  public abstract Set<String> additionalCountries();

  /** The day the host published each period's disclosure, by period (calendar year). */
  public abstract Map<Integer, LocalDate> publications();

  /** True if the pack applies to accounts in {@code country}. */
  public boolean appliesIn(String country) {
    return EfpiaCountries.isDefault(country) || additionalCountries().contains(country);
  }

  /** The disclosure currency of {@code country}, if the host set one. */
  public Optional<Currency> disclosureCurrency(String country) {
    return Optional.ofNullable(disclosureCurrencies().get(country));
  }

  /** {@code amount} in {@code currency} on {@code date}; empty when no rate applies. */
  public Optional<Money> convert(Money amount, Currency currency, LocalDate date) {
    return ExchangeRate.convert(amount, currency, date, rates(), rounding());
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("EfpiaPolicy", null).nonBlank("version", version());
    disclosureCurrencies().keySet().forEach(c -> check.countryCode("disclosureCurrencies", c));
    additionalCountries().forEach(c -> check.countryCode("additionalCountries", c));
    publications()
        .forEach(
            (year, day) -> {
              FieldPath path = FieldPath.of("publications").entry(Integer.toString(year));
              if (year < DisclosureCalendar.FIRST_PERIOD) {
                check.fail(
                    path, year, ModelCode.TOO_EARLY, Arg.year(DisclosureCalendar.FIRST_PERIOD));
              } else {
                LocalDate periodEnd = DisclosureCalendar.of(year).periodEnd();
                if (!day.isAfter(periodEnd)) {
                  check.fail(
                      path, day, ModelCode.NOT_AFTER, Arg.text("periodEnd"), Arg.of(periodEnd));
                }
              }
            });
    check
        .unique("rates", rates(), r -> List.of(r.from(), r.to(), r.effectiveFrom()))
        .rounds("rounding", rounding())
        .throwIfInvalid();
  }
}
