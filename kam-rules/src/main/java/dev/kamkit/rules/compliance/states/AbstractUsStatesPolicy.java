package dev.kamkit.rules.compliance.states;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.rules.compliance.ComplianceCode;
import dev.kamkit.rules.compliance.openpayments.UsdRate;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * Every setting of the US state pack, as one immutable value. Start from {@link
 * UsStatesPolicy#defaults()} and add what only the host can know:
 *
 * <pre>{@code
 * UsStatesPolicy policy = UsStatesPolicy.builder()
 *     .addNjMealCaps(NjMealCap.of(2025, "...", "NJ Board of Medical Examiners notice"))
 *     .addNjOtherManufacturerServices(new OtherManufacturerServices(
 *         StakeholderId.of("dr-lee"), 2025, Money.of("4000.00", "USD"), "prescriber attestation"))
 *     .addVermontRegistrations(2025)
 *     .addVermontDisclosuresFiled(2024)
 *     .addUsdRates(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"))
 *     .build();
 * }</pre>
 *
 * <p>The defaults encode only verified facts (the state statutes: 18 V.S.A. §§4631a, 4632; M.G.L.
 * c.111N and 105 CMR 970; Minn. Stat. §151.461; N.J.A.C. 13:45J; {@link StateLimits}). Each
 * unverified fact a rule needs is a setting here, and a rule that needs one the host did not give
 * reports a finding rather than assuming a value.
 */
@Value.Immutable
public abstract class AbstractUsStatesPolicy {
  // Only the generated UsStatesPolicy extends this: no host subclass.
  AbstractUsStatesPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-states-1";

  /** The defaults: every state on, verified figures only, no rates, no filings recorded. */
  public static UsStatesPolicy defaults() {
    return UsStatesPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /** States whose rules the host switches off; none by default. */
  public abstract Set<UsState> disabledStates();

  /** Exchange rates into US dollars, as for Open Payments; see {@link #toUsd(Money, LocalDate)}. */
  public abstract List<UsdRate> usdRates();

  /** How converted amounts and per-person shares are rounded to cents; half up by default. */
  @Value.Default
  public RoundingMode usdRounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * New Jersey's meal cap for the years kamkit does not ship: from 2020 it is CPI-indexed and its
   * values are unverified. A row may not replace a verified one (2018, 2019).
   */
  public abstract List<NjMealCap> njMealCaps();

  /** What other manufacturers paid New Jersey prescribers for bona fide services, per year. */
  public abstract List<OtherManufacturerServices> njOtherManufacturerServices();

  /** The calendar years for which the manufacturer registered in Vermont (due by 1 January). */
  public abstract Set<Integer> vermontRegistrations();

  /** The calendar years whose Vermont disclosure was filed (due by 1 April of the next year). */
  public abstract Set<Integer> vermontDisclosuresFiled();

  /** True unless the host switched {@code state} off. */
  public boolean applies(UsState state) {
    return !disabledStates().contains(state);
  }

  /** New Jersey's meal cap of {@code year}: kamkit's verified one, else the host's. */
  public Optional<NjMealCap> njMealCap(int year) {
    return StateLimits.njMealCap(year)
        .or(() -> njMealCaps().stream().filter(c -> c.year() == year).findFirst());
  }

  /** What other manufacturers paid {@code prescriber} in {@code year}, if the host knows. */
  public Optional<OtherManufacturerServices> njOtherManufacturers(
      StakeholderId prescriber, int year) {
    return njOtherManufacturerServices().stream()
        .filter(o -> o.prescriber().equals(prescriber) && o.year() == year)
        .findFirst();
  }

  /**
   * {@code amount} in US dollars on {@code date}, converted exactly as the Open Payments pack does
   * (the latest rate on or before the date in the same calendar year, rounded to cents). Empty when
   * no rate applies: the pack never converts at a rate the host did not supply.
   */
  public Optional<Money> toUsd(Money amount, LocalDate date) {
    return UsdRate.toUsd(usdRates(), amount, date, usdRounding());
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        UsdRate.checkSettings(
            ModelCheck.of("UsStatesPolicy", null).nonBlank("version", version()),
            usdRates(),
            usdRounding());
    for (NjMealCap cap : njMealCaps()) {
      check.require(
          StateLimits.njMealCap(cap.year()).isEmpty(),
          "njMealCaps",
          cap.year(),
          ComplianceCode.VERIFIED_YEAR_REPLACED);
    }
    check
        .unique("njMealCaps.year", njMealCaps(), NjMealCap::year)
        .unique(
            "njOtherManufacturerServices",
            njOtherManufacturerServices(),
            o -> List.of(o.prescriber(), o.year()))
        .throwIfInvalid();
  }
}
