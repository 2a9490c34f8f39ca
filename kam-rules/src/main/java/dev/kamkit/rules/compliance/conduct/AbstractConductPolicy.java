package dev.kamkit.rules.compliance.conduct;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every setting of the conduct pack, as one immutable value. Start from {@link
 * ConductPolicy#defaults()} and add what only the host can know:
 *
 * <pre>{@code
 * ConductPolicy policy = ConductPolicy.builder()
 *     .addUsdRate(UsdRate.of("EUR", LocalDate.of(2026, 1, 1), "1.0842"))
 *     .build();
 * }</pre>
 *
 * <p>The limits the pack applies are verified facts and not settings: the PhRMA Code's $100 for
 * educational items and the GPO safe harbor's 3 %. What is a setting is what kamkit cannot know
 * (exchange rates) or what is not verified against a published source (which payments need a
 * written service agreement).
 */
@Value.Immutable
public abstract class AbstractConductPolicy {
  // Only the generated ConductPolicy extends this: no host subclass.
  AbstractConductPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-conduct-1";

  /** The defaults: no exchange rates, half-up rounding, the service natures need an agreement. */
  public static ConductPolicy defaults() {
    return ConductPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * Exchange rates into US dollars, the same rates a host gives the Open Payments pack: the latest
   * rate of the same calendar year on or before the day applies ({@link UsdRate#applicable}). An
   * educational item in another currency with no rate is a finding, never a guess.
   */
  public abstract List<UsdRate> usdRates();

  /** How converted amounts are rounded to whole cents; half up by default. */
  @Value.Default
  public RoundingMode usdRounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * The natures of payment that buy a service and so must be paid under a written service
   * agreement. By default: consulting fees, compensation for other services, the three speaker
   * natures and honoraria, which CMS counts as payment for speaking. Travel and lodging is left out
   * because it is also paid to attendees who render no service. The requirement of a signed writing
   * (42 CFR 1001.952(d); PhRMA Code sections 6 and 7) is not verified against a published source,
   * which is why the set is a setting; an empty set turns the rule off.
   */
  @Value.Default
  public Set<NatureOfPayment> agreementNatures() {
    return EnumSet.of(
        NatureOfPayment.CONSULTING_FEE,
        NatureOfPayment.SERVICES_OTHER_THAN_CONSULTING,
        NatureOfPayment.SPEAKER_UNACCREDITED_CONTINUING_EDUCATION,
        NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION,
        NatureOfPayment.SPEAKER_MEDICAL_EDUCATION,
        NatureOfPayment.HONORARIA);
  }

  /**
   * The company's own limit on what one meal may cost per person, in US dollars, for meals at
   * speaker programmes and in-office meals with a presentation. The PhRMA Code sets no dollar
   * figure ("modest as judged by local standards", sections 2 and 7); companies set their own cap,
   * and kamkit has no default: without one, no meal's cost is judged. A group meal's cost per
   * person is its amount divided by everyone who partook (its {@code headcount}, else its
   * attendees), rounded half up to the cent, as Open Payments divides it.
   */
  public abstract Optional<Money> mealCapPerPerson();

  /** {@code amount} in US dollars on {@code date}; empty when it needs a rate the host lacks. */
  public Optional<Money> toUsd(Money amount, LocalDate date) {
    return UsdRate.toUsd(usdRates(), amount, date, usdRounding());
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("ConductPolicy", null).nonBlank("version", version());
    mealCapPerPerson()
        .ifPresent(
            cap ->
                check
                    .positive("mealCapPerPerson", cap)
                    .require(
                        cap.currency().getCurrencyCode().equals("USD"),
                        "mealCapPerPerson",
                        cap,
                        ModelCode.WRONG_CURRENCY,
                        Arg.text("USD")));
    UsdRate.checkSettings(check, usdRates(), usdRounding()).throwIfInvalid();
  }
}
