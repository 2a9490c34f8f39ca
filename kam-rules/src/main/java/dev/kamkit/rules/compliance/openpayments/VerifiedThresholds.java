package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.base.Money;
import java.util.List;
import java.util.Optional;

/**
 * The small-payment thresholds kamkit ships: exactly the program years whose figures were checked
 * against a published source (the statute, PolicyMed, Foley and CMS's notices; docs/sources.md).
 * Any other year is a configuration error until the host supplies its row with {@link
 * OpenPaymentsPolicy.Builder#addHostThreshold(ThresholdRow)}.
 *
 * <table>
 *   <caption>Verified rows</caption>
 *   <tr><th>PY</th><th>excluded if &lt;</th><th>aggregate trigger (&gt;)</th><th>source</th></tr>
 *   <tr><td>2013</td><td>$10.00</td><td>$100.00</td><td>statute; AAO</td></tr>
 *   <tr><td>2019</td><td>$10.79</td><td>$107.91</td><td>PolicyMed 10/2018</td></tr>
 *   <tr><td>2021</td><td>$11.04</td><td>$110.40</td><td>Foley 11/2020</td></tr>
 *   <tr><td>2025</td><td>$13.46</td><td>$134.54</td><td>CMS email 1 Oct 2024</td></tr>
 *   <tr><td>2026</td><td>$13.82</td><td>$138.13</td><td>CMS update 30 Sep 2025</td></tr>
 * </table>
 *
 * <p><b>PY2020 is left out on purpose.</b> Its aggregate trigger, $109.69, is verified (Foley
 * 11/2020), but its minimum is not: the only source prints $10.49, which breaks the 1:10 ratio
 * every other year follows, and $10.97 is a guess. Shipping either would encode an unverified
 * figure that decides reportability, so a host reporting PY2020 supplies the minimum it has
 * confirmed with CMS through {@link #programYear2020(Money, String)}, which adds the verified
 * trigger. PY2014-2018 and PY2022-2024 were not found and are left out likewise.
 */
public final class VerifiedThresholds {
  private VerifiedThresholds() {}

  /** PY2020's aggregate trigger, the verified half of that year's row. */
  public static final Money PY2020_AGGREGATE_TRIGGER = Money.of("109.69", "USD");

  /** The verified rows, by program year. */
  public static final List<ThresholdRow> ROWS =
      List.of(
          ThresholdRow.of(2013, "10.00", "100.00", "42 U.S.C. 1320a-7h(e)(10)(B)(i); AAO"),
          ThresholdRow.of(2019, "10.79", "107.91", "PolicyMed, October 2018"),
          ThresholdRow.of(2021, "11.04", "110.40", "Foley, November 2020"),
          ThresholdRow.of(2025, "13.46", "134.54", "CMS email, 1 October 2024"),
          ThresholdRow.of(2026, "13.82", "138.13", "CMS update, 30 September 2025"));

  /** The verified row of {@code programYear}, if kamkit ships one. */
  public static Optional<ThresholdRow> row(int programYear) {
    return ThresholdRow.ofYear(ROWS, programYear);
  }

  /**
   * PY2020's row from the minimum a host has confirmed and the verified trigger.
   *
   * @param minimum the PY2020 minimum, in US dollars, as the host confirmed it
   * @param source where the host confirmed it; the trigger's source is Foley, November 2020
   */
  public static ThresholdRow programYear2020(Money minimum, String source) {
    return new ThresholdRow(2020, minimum, PY2020_AGGREGATE_TRIGGER, source);
  }
}
