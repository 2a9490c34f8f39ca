package dev.kamkit.rules.compliance.openpayments;

import dev.kamkit.model.portfolio.ProductKind;
import java.util.Optional;

/**
 * The value of {@code Indicate_Drug_or_Biological_or_Device_or_Medical_Supply_n} for a product
 * kind. The field is verified; the spelling of its values ({@code Drug}, {@code Biological}, {@code
 * Device}, {@code Medical Supply}, as in CMS's public files) is not verified against the submission
 * template. A diagnostic has no category of its own.
 */
public final class ProductCategories {
  private ProductCategories() {}

  /** The CMS category of {@code kind}; empty for {@link ProductKind#DIAGNOSTIC}. */
  public static Optional<String> of(ProductKind kind) {
    return switch (kind) {
      case DRUG -> Optional.of("Drug");
      case BIOLOGICAL -> Optional.of("Biological");
      case DEVICE -> Optional.of("Device");
      case MEDICAL_SUPPLY -> Optional.of("Medical Supply");
      case DIAGNOSTIC -> Optional.empty();
    };
  }
}
