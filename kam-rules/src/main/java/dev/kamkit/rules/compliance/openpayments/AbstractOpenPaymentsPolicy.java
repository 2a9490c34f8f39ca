package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.rules.compliance.ComplianceCode;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.immutables.value.Value;

/**
 * Every setting of the Open Payments pack, as one immutable value. Start from {@link
 * OpenPaymentsPolicy#defaults()} and add what only the host can know:
 *
 * <pre>{@code
 * OpenPaymentsPolicy policy = OpenPaymentsPolicy.builder()
 *     .addTeachingHospitalList(new TeachingHospitalList(2025, List.of(
 *         new TeachingHospital(AccountId.of("acc-umc"), "050454", "UNIVERSITY MEDICAL CENTER"))))
 *     .addUsdRate(UsdRate.of("EUR", LocalDate.of(2025, 1, 1), "1.0842"))
 *     .addHostThreshold(VerifiedThresholds.programYear2020(Money.of("10.97", "USD"), "CMS"))
 *     .manufacturerName("Acme Pharma Inc.")
 *     .build();
 * }</pre>
 *
 * <p>The defaults encode only verified facts (42 U.S.C. 1320a-7h and 42 CFR 403 subpart I, with
 * CMS's Open Payments pages, data dictionary and notices). What is unverified is a setting here,
 * named as such: the thresholds of program years kamkit does not ship, the teaching-hospital lists,
 * exchange rates, whether large-conference items count toward the aggregate, and from which year
 * the separate ownership forms of payment apply.
 */
@Value.Immutable
public abstract class AbstractOpenPaymentsPolicy {
  // Only the generated OpenPaymentsPolicy extends this: no host subclass.
  AbstractOpenPaymentsPolicy() {}

  /** The version of the default policy. */
  public static final String DEFAULT_VERSION = "kamkit-openpayments-1";

  /** The defaults: verified thresholds only, all payments in the aggregate, no lists, no rates. */
  public static OpenPaymentsPolicy defaults() {
    return OpenPaymentsPolicy.builder().build();
  }

  /** Names the policy; change it whenever you change the policy. */
  @Value.Default
  public String version() {
    return DEFAULT_VERSION;
  }

  /**
   * Threshold rows the host supplies for program years {@link VerifiedThresholds} lacks (PY2020 and
   * PY2014-2018, 2022-2024 are unverified; PY2027 is not yet published). A row may not replace a
   * verified one.
   */
  public abstract List<ThresholdRow> hostThresholds();

  /** Which payments count toward the aggregate trigger; all payments by default. */
  @Value.Default
  public AggregateBasis aggregateBasis() {
    return AggregateBasis.ALL_PAYMENTS;
  }

  /** The CMS Teaching Hospital List of each program year the host reports for. */
  public abstract List<TeachingHospitalList> teachingHospitalLists();

  /** Exchange rates into US dollars; see {@link #toUsd(Money, LocalDate)}. */
  public abstract List<UsdRate> usdRates();

  /**
   * How converted amounts and per-person shares are rounded to whole cents; half up by default. CMS
   * publishes no rounding rule, so this is the host's choice.
   */
  @Value.Default
  public RoundingMode usdRounding() {
    return RoundingMode.HALF_UP;
  }

  /**
   * Whether {@link StatutoryExclusion#LARGE_CONFERENCE_ITEM} items count toward the aggregate. They
   * are excluded themselves (verified); whether they also leave the aggregate is unverified, so the
   * default counts them, the reading that never under-reports.
   */
  @Value.Default
  public boolean largeConferenceItemsInAggregate() {
    return true;
  }

  /**
   * The first program year whose records use the forms {@code Stock}, {@code Stock option} and
   * {@code Any other ownership interest} instead of the legacy combined {@code Stock, stock option,
   * or any other ownership interest}. The year is unverified (the legacy value is known only from
   * "older files"), so it is absent by default and the pack then accepts every form in every year.
   */
  public abstract Optional<Integer> separateOwnershipFormsFrom();

  /**
   * Pairs of a form and a nature of payment that do not agree, besides {@link
   * FormNaturePair#KNOWN}, which always apply. CMS does not publish which pairs its submission
   * checks reject, so kamkit flags only the pairs that follow from the fields' meaning; add those
   * your own checks or CMS's feedback have shown.
   */
  public abstract Set<FormNaturePair> extraFormNatureMismatches();

  /** True if {@code form} does not agree with {@code nature}, by the known or the host's pairs. */
  public boolean isMismatch(FormOfPayment form, NatureOfPayment nature) {
    FormNaturePair pair = new FormNaturePair(form, nature);
    return FormNaturePair.KNOWN.contains(pair) || extraFormNatureMismatches().contains(pair);
  }

  /**
   * The applicable manufacturer making the payments, for {@code
   * Applicable_Manufacturer_or_Applicable_GPO_Making_Payment_Name}, unless a transfer names another
   * in {@link OpenPaymentsFacts#MANUFACTURER}.
   */
  public abstract Optional<String> manufacturerName();

  /**
   * The entity submitting, for {@code Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name}.
   */
  public abstract Optional<String> submittingEntityName();

  /** The threshold row of {@code programYear}: kamkit's verified row, else the host's. */
  public Optional<ThresholdRow> threshold(int programYear) {
    Optional<ThresholdRow> verified = VerifiedThresholds.row(programYear);
    return verified.isPresent() ? verified : ThresholdRow.ofYear(hostThresholds(), programYear);
  }

  /** Every program year with a threshold row, in order. */
  public List<Integer> programYears() {
    return Stream.concat(VerifiedThresholds.ROWS.stream(), hostThresholds().stream())
        .map(ThresholdRow::programYear)
        .sorted()
        .toList();
  }

  /** The teaching hospital list of {@code programYear}, if the host supplied it. */
  public Optional<TeachingHospitalList> teachingHospitals(int programYear) {
    for (TeachingHospitalList list : teachingHospitalLists()) {
      if (list.programYear() == programYear) {
        return Optional.of(list);
      }
    }
    return Optional.empty();
  }

  /**
   * The rate for {@code currency} on {@code date}: the latest rate that took effect on or before
   * the date in the same calendar year, so a rate never carries over into another program year.
   */
  public Optional<UsdRate> usdRate(Currency currency, LocalDate date) {
    return UsdRate.applicable(usdRates(), currency, date);
  }

  /**
   * {@code amount} in US dollars on {@code date}: itself if already USD, else the amount times the
   * {@link #usdRate(Currency, LocalDate) rate}, rounded to cents by {@link #usdRounding()}. Empty
   * when no rate applies: the pack never converts at a rate the host did not supply.
   */
  public Optional<Money> toUsd(Money amount, LocalDate date) {
    return UsdRate.toUsd(usdRates(), amount, date, usdRounding());
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("OpenPaymentsPolicy", null).nonBlank("version", version());
    for (ThresholdRow row : hostThresholds()) {
      check.require(
          VerifiedThresholds.row(row.programYear()).isEmpty(),
          "hostThresholds",
          row.programYear(),
          ComplianceCode.VERIFIED_YEAR_REPLACED);
    }
    UsdRate.checkSettings(check, usdRates(), usdRounding())
        .unique("hostThresholds.programYear", hostThresholds(), ThresholdRow::programYear)
        .unique(
            "teachingHospitalLists.programYear",
            teachingHospitalLists(),
            TeachingHospitalList::programYear)
        .nonBlank("manufacturerName", manufacturerName())
        .nonBlank("submittingEntityName", submittingEntityName())
        .throwIfInvalid();
  }
}
