package dev.kamkit.rules.compliance.efpia;

import dev.kamkit.model.engagement.NatureOfPayment;
import dev.kamkit.rules.compliance.ServiceFees;
import java.util.Optional;

/**
 * The category a nature of payment settles on its own. Only unambiguous natures map: fees and
 * honoraria are fees for service; grants and charitable contributions to an HCO are donations and
 * grants. Travel, education and the rest can fall in more than one category, or in none, so they
 * need {@link EfpiaFacts#CATEGORY}.
 */
final class NatureCategories {
  private NatureCategories() {}

  static Optional<EfpiaCategory> of(NatureOfPayment nature, RecipientType type) {
    if (ServiceFees.isFee(nature)) {
      return Optional.of(EfpiaCategory.SERVICE_FEES);
    }
    return switch (nature) {
      case GRANT, CHARITABLE_CONTRIBUTION ->
          type == RecipientType.HCO
              ? Optional.of(EfpiaCategory.DONATIONS_AND_GRANTS)
              : Optional.empty();
      default -> Optional.empty();
    };
  }
}
