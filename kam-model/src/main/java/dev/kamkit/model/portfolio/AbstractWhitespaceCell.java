package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of the whitespace grid: a product crossed with a clinical unit of the account, and where
 * it stands there. Expansion stays inside approved indications (seed 000): a cell that is sold, in
 * evaluation or open names the indication that makes it addressable.
 */
@Value.Immutable
public abstract class AbstractWhitespaceCell {

  /** The product. */
  public abstract ProductId product();

  /** The clinical unit. */
  public abstract ClinicalUnitId clinicalUnit();

  /** Where the product stands there. */
  public abstract WhitespaceStatus status();

  /** The approved indication that makes the cell addressable. */
  public abstract Optional<IndicationId> indication();

  /** The competitor's product, for a {@link WhitespaceStatus#COMPETITOR_HELD} cell. */
  public abstract Optional<String> competitorProduct();

  /** The estimated annual value of winning or keeping the cell, where the host estimates it. */
  public abstract Optional<Money> estimatedValue();

  @Value.Check
  protected void check() {
    ModelCheck.of("WhitespaceCell", product() + " x " + clinicalUnit())
        .nonBlank("competitorProduct", competitorProduct())
        .require(
            competitorProduct().isEmpty() || status() == WhitespaceStatus.COMPETITOR_HELD,
            "competitorProduct",
            competitorProduct(),
            "is only recorded for a competitor-held cell, not one that is " + status())
        .require(
            indication().isEmpty() || status() != WhitespaceStatus.NOT_INDICATED,
            "indication",
            indication(),
            "a cell that is not indicated cannot name an indication")
        .require(
            estimatedValue().map(v -> !v.isNegative()).orElse(true),
            "estimatedValue",
            estimatedValue(),
            "must not be negative")
        .throwIfInvalid();
  }
}
