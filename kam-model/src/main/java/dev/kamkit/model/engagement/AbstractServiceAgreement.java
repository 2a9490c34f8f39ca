package dev.kamkit.model.engagement;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.base.Money;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.ServiceAgreementId;
import dev.kamkit.model.id.StakeholderId;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A written agreement under which a healthcare professional or organisation provides services to us
 * (consulting, speaking, advisory boards, research), with the facts the AKS personal services safe
 * harbor and the PhRMA Code sections 6 and 7 judge: signature, a compensation methodology set in
 * advance, its basis, its term and an annual cap (42 CFR 1001.952(d); PhRMA, "Code on Interactions
 * with Health Care Professionals").
 *
 * <p>The provider is exactly one of a stakeholder ({@link #stakeholder()}) and an organisation
 * ({@link #organisation()}), as for a transfer of value's recipient.
 */
@Value.Immutable
public abstract class AbstractServiceAgreement {
  // Only the generated ServiceAgreement extends this: no host subclass.
  AbstractServiceAgreement() {}

  /** The agreement's id. */
  public abstract ServiceAgreementId id();

  /** What services it buys. */
  public abstract ServiceKind kind();

  /** The stakeholder who provides the services. */
  public abstract Optional<StakeholderId> stakeholder();

  /** The organisation that provides the services, such as a teaching hospital. */
  public abstract Optional<AccountId> organisation();

  /** The day both parties had signed it; absent when it is not signed. */
  public abstract Optional<LocalDate> signedOn();

  /** The day the compensation methodology was fixed, where recorded. */
  public abstract Optional<LocalDate> compensationSetOn();

  /** How the compensation is worked out. */
  public abstract CompensationBasis compensationBasis();

  /** The first day of the term. */
  public abstract LocalDate start();

  /** The last day of the term; absent when open-ended. */
  public abstract Optional<LocalDate> end();

  /** The most it pays in a year, where it states a cap; positive. */
  public abstract Optional<Money> annualCap();

  /** True if the agreement has been signed. */
  public boolean isSigned() {
    return signedOn().isPresent();
  }

  /** True if {@code date} falls within the term. */
  public boolean isInForce(LocalDate date) {
    return !date.isBefore(start()) && end().map(e -> !date.isAfter(e)).orElse(true);
  }

  @Value.Check
  protected void check() {
    int providers = (stakeholder().isPresent() ? 1 : 0) + (organisation().isPresent() ? 1 : 0);
    ModelCheck check = ModelCheck.of("ServiceAgreement", id());
    if (providers != 1) {
      check.fail("stakeholder", stakeholder(), ModelCode.AGREEMENT_PROVIDERS, Arg.of(providers));
    }
    check.notBefore("end", end(), "start", start());
    if (annualCap().isPresent()) {
      check.positive("annualCap", annualCap().get());
    }
    check.throwIfInvalid();
  }
}
