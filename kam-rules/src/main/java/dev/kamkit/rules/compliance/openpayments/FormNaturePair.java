package dev.kamkit.rules.compliance.openpayments;

import static java.util.Objects.requireNonNull;

import dev.kamkit.model.engagement.FormOfPayment;
import dev.kamkit.model.engagement.NatureOfPayment;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/**
 * A form of payment that does not agree with a nature of payment, such as a meal paid in stock. The
 * pack flags a record that pairs them ({@code openpayments.record.form-nature-mismatch}): {@link
 * #KNOWN} always, and those a host adds in {@link OpenPaymentsPolicy#extraFormNatureMismatches()}.
 *
 * @param form the form of payment
 * @param nature the nature of payment it cannot pay
 */
public record FormNaturePair(FormOfPayment form, NatureOfPayment nature) {

  /**
   * The pairs that follow from what the two fields mean (CMS Open Payments data dictionary): {@code
   * Stock}, {@code Stock option} and {@code Any other ownership interest} are forms of an ownership
   * or investment interest, and {@code Dividend, profit or other return on investment} a return on
   * one, so none of them pays for {@code Food and Beverage}, {@code Travel and Lodging}, a {@code
   * Gift} or {@code Entertainment}. Which pairs CMS's submission checks reject is unverified; a
   * host adds the ones it knows.
   */
  public static final Set<FormNaturePair> KNOWN = known();

  /**
   * @throws NullPointerException if either is null
   */
  public FormNaturePair {
    requireNonNull(form, "form");
    requireNonNull(nature, "nature");
  }

  private static Set<FormNaturePair> known() {
    Set<FormNaturePair> pairs = new HashSet<>();
    for (FormOfPayment form :
        EnumSet.of(
            FormOfPayment.STOCK,
            FormOfPayment.STOCK_OPTION,
            FormOfPayment.OTHER_OWNERSHIP_INTEREST,
            FormOfPayment.DIVIDEND_PROFIT_OR_RETURN)) {
      for (NatureOfPayment nature :
          EnumSet.of(
              NatureOfPayment.FOOD_AND_BEVERAGE,
              NatureOfPayment.TRAVEL_AND_LODGING,
              NatureOfPayment.GIFT,
              NatureOfPayment.ENTERTAINMENT)) {
        pairs.add(new FormNaturePair(form, nature));
      }
    }
    return Set.copyOf(pairs);
  }
}
