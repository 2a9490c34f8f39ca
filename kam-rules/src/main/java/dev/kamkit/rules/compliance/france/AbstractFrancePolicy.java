package dev.kamkit.rules.compliance.france;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.ExchangeRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Every setting of the France pack. The verified figures are fixed in {@link FrenchThresholds};
 * what is unverified or only the host knows is set here, and what the pack needs and is not set is
 * a configuration finding.
 *
 * <pre>{@code
 * FrancePolicy policy = FrancePolicy.builder()
 *     .publicationTest(PublicationTest.AT_OR_ABOVE)
 *     .addRate(ExchangeRate.of("USD", "EUR", LocalDate.of(2025, 1, 1), "0.92"))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class AbstractFrancePolicy {
  // Only the generated FrancePolicy extends this: no host subclass.
  AbstractFrancePolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-france-1";

  /**
   * The default policy: every value the regulation fixes, and nothing a host must confirm (those
   * settings stay empty and surface as configuration findings).
   */
  public static FrancePolicy defaults() {
    return FrancePolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** Euros. */
  public static final Currency EUR = Currency.getInstance("EUR");

  /**
   * Whether an avantage of exactly €10.00 TTC is published. Unverified, so no default: an avantage
   * of exactly €10.00 while this is absent is a {@code
   * france.configuration.publication-test-missing} finding.
   */
  public abstract Optional<PublicationTest> publicationTest();

  /** Rates into euros for amounts recorded in other currencies. */
  public abstract List<ExchangeRate> rates();

  /** How converted amounts and per-person shares are rounded to cents; half up by default. */
  @Value.Default
  public RoundingMode rounding() {
    return RoundingMode.HALF_UP;
  }

  /** {@code amount} in euros on {@code date}; empty when no rate applies. */
  public Optional<Money> toEur(Money amount, LocalDate date) {
    return ExchangeRate.convert(amount, EUR, date, rates(), rounding());
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("FrancePolicy", null).nonBlank("version", version());
    check
        .unique("rates", rates(), r -> List.of(r.from(), r.to(), r.effectiveFrom()))
        .rounds("rounding", rounding());
    for (int i = 0; i < rates().size(); i++) {
      ExchangeRate rate = rates().get(i);
      if (!rate.to().equals(EUR)) {
        check.fail(
            ModelCheck.at("rates", i, null).field("to"),
            rate.to(),
            ModelCode.WRONG_CURRENCY,
            Arg.text(EUR.getCurrencyCode()));
      }
    }
    check.throwIfInvalid();
  }
}
