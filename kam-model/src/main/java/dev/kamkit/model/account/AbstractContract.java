package dev.kamkit.model.account;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ContractId;
import dev.kamkit.model.id.ProductId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A contract between the company and the account: its products, its term and its value. The end
 * date is the expiry a KAM plans the renewal around.
 */
@Value.Immutable
public abstract class AbstractContract {
  // Only the generated Contract extends this: no host subclass.
  AbstractContract() {}

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The contract's id. */
  public abstract ContractId id();

  /** Its name or number as the parties use it. */
  public abstract String name();

  /** What kind of agreement it is. */
  public abstract ContractKind kind();

  /** Where it stands. */
  public abstract ContractStatus status();

  /** First day in force. */
  public abstract LocalDate start();

  /** Last day in force: the expiry date. */
  public abstract LocalDate end();

  /** The products it covers; empty when it is not product-specific. */
  public abstract Set<ProductId> products();

  /** Its total or annual value, where the host records one. */
  public abstract Optional<Money> value();

  /**
   * For a GPO agreement, the administrative fee the GPO receives, as a percentage (0 to 100) of the
   * purchase price, where the agreement fixes one. The GPO safe harbor asks for at most 3 % or a
   * stated amount (42 CFR 1001.952(j)).
   */
  public abstract Optional<BigDecimal> administrativeFeePercent();

  /**
   * For a GPO agreement, the administrative fee amount, or the maximum, that the agreement states.
   */
  public abstract Optional<Money> administrativeFeeAmount();

  /** True if {@code date} falls within the term. */
  public boolean isInForce(LocalDate date) {
    return !date.isBefore(start()) && !date.isAfter(end());
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("Contract", id())
            .nonBlank("name", name())
            .notBefore("end", end(), "start", start());
    Optional<BigDecimal> feePercent = administrativeFeePercent();
    Optional<Money> feeAmount = administrativeFeeAmount();
    if (value().isPresent()) {
      check.notNegative("value", value().get());
    }
    if (feePercent.isPresent()) {
      check.between("administrativeFeePercent", feePercent.get(), BigDecimal.ZERO, HUNDRED);
    }
    if (feeAmount.isPresent()) {
      check.notNegative("administrativeFeeAmount", feeAmount.get());
    }
    if (kind() != ContractKind.GPO) {
      if (feePercent.isPresent()) {
        check.fail(
            "administrativeFeePercent", feePercent, ModelCode.CONTRACT_FEE_NOT_GPO, Arg.of(kind()));
      }
      if (feeAmount.isPresent()) {
        check.fail(
            "administrativeFeeAmount", feeAmount, ModelCode.CONTRACT_FEE_NOT_GPO, Arg.of(kind()));
      }
    }
    check.throwIfInvalid();
  }
}
