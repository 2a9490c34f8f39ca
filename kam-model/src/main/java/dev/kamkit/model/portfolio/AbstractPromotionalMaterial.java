package dev.kamkit.model.portfolio;

import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.id.IndicationId;
import dev.kamkit.model.id.MaterialId;
import dev.kamkit.model.id.ProductId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A promotional material (a detail aid, leave-behind, slide deck, e-mail template) approved by
 * medical, legal and regulatory review for use with customers, for one product and the indications
 * it makes claims about. Commercial roles may use only approved, unexpired materials (FDA guidance
 * on unapproved uses (2025) and on unsolicited requests (2011 draft)).
 */
@Value.Immutable
public abstract class AbstractPromotionalMaterial {
  // Only the generated PromotionalMaterial extends this: no host subclass.
  AbstractPromotionalMaterial() {}

  /** The material's id. */
  public abstract MaterialId id();

  /** Its title, for example {@code "Oncoxa efficacy detail aid"}. */
  public abstract String title();

  /** The review's approval or job code (the MLR id), where the host records one. */
  public abstract Optional<String> reviewCode();

  /** The product it promotes. */
  public abstract ProductId product();

  /** The indications of {@link #product()} it makes claims about; empty for a brand-only piece. */
  public abstract Set<IndicationId> indications();

  /** The day review approved it for use. */
  public abstract LocalDate approvedOn();

  /** The last day it may be used; not before {@link #approvedOn()}. */
  public abstract LocalDate expiresOn();

  /** The day it was withdrawn from use before it expired, if it was. */
  public abstract Optional<LocalDate> withdrawnOn();

  /**
   * True if the material may be used on {@code date}: approved by then, not yet expired, and not
   * withdrawn on or before it.
   */
  public boolean isUsableOn(LocalDate date) {
    return !date.isBefore(approvedOn())
        && !date.isAfter(expiresOn())
        && withdrawnOn().map(date::isBefore).orElse(true);
  }

  @Value.Check
  protected void check() {
    ModelCheck.of("PromotionalMaterial", id())
        .nonBlank("title", title())
        .nonBlank("reviewCode", reviewCode())
        .notBefore("expiresOn", expiresOn(), "approvedOn", approvedOn())
        .notBefore("withdrawnOn", withdrawnOn(), "approvedOn", approvedOn())
        .throwIfInvalid();
  }
}
