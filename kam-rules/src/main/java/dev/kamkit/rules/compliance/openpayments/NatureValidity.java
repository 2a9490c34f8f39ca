package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.explain.Message;
import java.util.Map;

/**
 * Which natures of payment a General Payments record may carry in which program year: the verified
 * table of CMS's published values by program year (code lists built from CMS files, cross-checked
 * with cms.gov; the ownership removal from the CY2022 Physician Fee Schedule rule).
 *
 * <ul>
 *   <li>To PY2020 only: the two continuing-education speaker natures.
 *   <li>From PY2021: {@code Compensation for serving as faculty or as a speaker for a medical
 *       education program} (replacing those two), {@code Debt forgiveness}, {@code Long term
 *       medical supply or device loan}, {@code Acquisitions}.
 *   <li>To PY2022 only: {@code Current or prospective ownership or investment interest}.
 *   <li>Every other nature: every program year.
 * </ul>
 *
 * <p>{@code Space rental or facility fees} is valid every year but for teaching hospitals only,
 * which the pack checks apart. Whether the template says "at a venue" or "at an event" in the
 * services nature is unverified; the model keeps the published "venue".
 */
public final class NatureValidity {
  private NatureValidity() {}

  /** Program years are counted from the first, 2013. */
  public static final int FIRST_PROGRAM_YEAR = 2013;

  private static final int OPEN = Integer.MAX_VALUE;

  private record Years(int first, int last) {}

  private static final Years ALWAYS = new Years(FIRST_PROGRAM_YEAR, OPEN);

  // Natures absent here are valid in every program year.
  private static final Map<NatureOfPayment, Years> LIMITED =
      Map.of(
          NatureOfPayment.SPEAKER_UNACCREDITED_CONTINUING_EDUCATION, new Years(2013, 2020),
          NatureOfPayment.SPEAKER_ACCREDITED_CONTINUING_EDUCATION, new Years(2013, 2020),
          NatureOfPayment.SPEAKER_MEDICAL_EDUCATION, new Years(2021, OPEN),
          NatureOfPayment.DEBT_FORGIVENESS, new Years(2021, OPEN),
          NatureOfPayment.LONG_TERM_MEDICAL_SUPPLY_OR_DEVICE_LOAN, new Years(2021, OPEN),
          NatureOfPayment.ACQUISITIONS, new Years(2021, OPEN),
          NatureOfPayment.OWNERSHIP_OR_INVESTMENT_INTEREST, new Years(2013, 2022));

  /** True if a general record of {@code programYear} may carry {@code nature}. */
  public static boolean isValid(NatureOfPayment nature, int programYear) {
    return programYear >= firstYear(nature) && programYear <= lastYear(nature);
  }

  /** The first program year the nature is valid in. */
  public static int firstYear(NatureOfPayment nature) {
    return LIMITED.getOrDefault(nature, ALWAYS).first();
  }

  /** The last program year the nature is valid in; {@link Integer#MAX_VALUE} if still valid. */
  public static int lastYear(NatureOfPayment nature) {
    return LIMITED.getOrDefault(nature, ALWAYS).last();
  }

  /**
   * The years it is valid in, as a message: {@link OpenPaymentsCode#YEARS_FROM} ({@code PY2021
   * onwards}) or {@link OpenPaymentsCode#YEARS_BETWEEN} ({@code PY2013-PY2020}).
   */
  public static Message validYears(NatureOfPayment nature) {
    int last = lastYear(nature);
    Arg first = Arg.year(firstYear(nature));
    return last == OPEN
        ? Message.of(OpenPaymentsCode.YEARS_FROM, first)
        : Message.of(OpenPaymentsCode.YEARS_BETWEEN, first, Arg.year(last));
  }
}
