package dev.kamkit.model.committee;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.SiteId;
import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A committee that makes purchasing or formulary decisions in an account: a system-level P&amp;T
 * committee, a hospital's value analysis committee. Its members are recorded on the stakeholders
 * ({@code Stakeholder.committeeMemberships}).
 *
 * <p>Build with {@code DecisionBody.builder()}. A {@link DecisionScope#SITE site} body names its
 * site; a {@link DecisionScope#SYSTEM system} body does not.
 */
@Value.Immutable
public abstract class AbstractDecisionBody {
  // Only the generated DecisionBody extends this: no host subclass.
  AbstractDecisionBody() {}

  /** The body's id. */
  public abstract DecisionBodyId id();

  /** Its name as the account uses it, for example {@code "System P&T Committee"}. */
  public abstract String name();

  /** What kind of body it is. */
  public abstract DecisionBodyKind kind();

  /** Whether it decides for the whole system or for one site. */
  public abstract DecisionScope scope();

  /** The site whose decisions it makes; present exactly when the scope is {@code SITE}. */
  public abstract Optional<SiteId> site();

  /** The decisions made here; empty when not yet known. */
  public abstract Set<DecisionType> decisions();

  /** Its known meeting dates, past and planned, in order. */
  @Value.NaturalOrder
  public abstract NavigableSet<LocalDate> meetingDates();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** The first meeting on or after {@code asOf}, if one is known. */
  public Optional<LocalDate> nextMeeting(LocalDate asOf) {
    SortedSet<LocalDate> upcoming = meetingDates().tailSet(asOf);
    return upcoming.isEmpty() ? Optional.empty() : Optional.of(upcoming.first());
  }

  @Value.Check
  protected void check() {
    ModelCheck check = ModelCheck.of("DecisionBody", id()).nonBlank("name", name());
    if (scope() == DecisionScope.SITE) {
      check.require(site().isPresent(), "site", site(), ModelCode.DECISION_BODY_SITE_MISSING);
    } else {
      check.require(site().isEmpty(), "site", site(), ModelCode.DECISION_BODY_SITE_NOT_SYSTEM);
    }
    check.attributeKeys(attributes()).throwIfInvalid();
  }
}
