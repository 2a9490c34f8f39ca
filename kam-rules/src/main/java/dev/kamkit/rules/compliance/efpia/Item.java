package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.TransferOfValueId;
import dev.kamkit.rules.compliance.Beneficiary;
import java.util.Optional;

/**
 * One beneficiary's share of one transfer, classified and in the disclosure currency.
 *
 * @param category absent for research and development, which is disclosed without a category
 * @param consent the transfer's own consent attribute, else the HCP's recorded consent
 */
record Item(
    int year,
    TransferOfValueId transfer,
    Beneficiary beneficiary,
    RecipientType type,
    Optional<EfpiaCategory> category,
    Money amount,
    Optional<Boolean> consent) {

  boolean isResearch() {
    return category.isEmpty();
  }
}
