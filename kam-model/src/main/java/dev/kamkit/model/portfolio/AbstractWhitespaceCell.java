package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.ProductId;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One cell of the whitespace grid: a product crossed with a clinical unit of the account, and where
 * it stands there. Expansion stays inside approved indications (Prolifiq, "Pharma Key Account
 * Management"): a cell that is sold, in evaluation or open names the indication that makes it
 * addressable.
 */
@Value.Immutable
public abstract class AbstractWhitespaceCell {
  // Only the generated WhitespaceCell extends this: no host subclass.
  AbstractWhitespaceCell() {}

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
    ModelCheck check =
        ModelCheck.of("WhitespaceCell", product(), clinicalUnit())
            .nonBlank("competitorProduct", competitorProduct());
    if (competitorProduct().isPresent() && status() != WhitespaceStatus.COMPETITOR_HELD) {
      check.fail(
          "competitorProduct",
          competitorProduct(),
          ModelCode.WHITESPACE_COMPETITOR_NOT_HELD,
          Arg.of(status()));
    }
    check.require(
        indication().isEmpty() || status() != WhitespaceStatus.NOT_INDICATED,
        "indication",
        indication(),
        ModelCode.WHITESPACE_INDICATION_NOT_INDICATED);
    if (estimatedValue().isPresent()) {
      check.notNegative("estimatedValue", estimatedValue().get());
    }
    check.throwIfInvalid();
  }
}
