package dev.kamkit.model.stakeholder;

import dev.kamkit.model.base.AttributeValue;
import dev.kamkit.model.base.Fact;
import dev.kamkit.model.base.ModelCheck;
import dev.kamkit.model.base.ModelCode;
import dev.kamkit.model.explain.Arg;
import dev.kamkit.model.id.ClinicalUnitId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.SiteId;
import dev.kamkit.model.id.StakeholderId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A person inside the account whom the account plan must reach: a prescriber, the pharmacy
 * director, the CFO, a P&amp;T committee member. What matters about a stakeholder is their role in
 * the decision, their attitude, their relationships and who of ours holds them (Prolifiq, "Pharma
 * Key Account Management").
 *
 * <p>Build with {@code Stakeholder.builder()}; only {@code id}, {@code name} and {@code function}
 * are required. References to other stakeholders, sites and committees are checked when the {@code
 * KeyAccount} is built.
 */
@Value.Immutable
public abstract class AbstractStakeholder {
  // Only the generated Stakeholder extends this: no host subclass.
  AbstractStakeholder() {}

  /** The stakeholder's id. */
  public abstract StakeholderId id();

  /** Full name as it should appear on a relationship map. */
  public abstract String name();

  /** Job title, for example {@code "Director of Pharmacy"}. */
  public abstract Optional<String> title();

  /** The part of the account the person works in. */
  public abstract StakeholderFunction function();

  /** The buying roles the person holds; may be several, may be none yet. */
  public abstract Set<BuyingRole> buyingRoles();

  /** Seats on decision bodies, at most one per body. */
  public abstract List<CommitteeMembership> committeeMemberships();

  /** Attitude towards us, where assessed. */
  public abstract Optional<Sentiment> sentiment();

  /** Weight in the account's decisions, where assessed. */
  public abstract Optional<Influence> influence();

  /** Level in the organisation, where known. */
  public abstract Optional<Seniority> seniority();

  /** The stakeholder this person reports to, where known. */
  public abstract Optional<StakeholderId> reportsTo();

  /** Whether the person is still in the account. */
  @Value.Default
  public StakeholderStatus status() {
    return StakeholderStatus.ACTIVE;
  }

  /**
   * For a {@link StakeholderStatus#RETIRING retiring} stakeholder the expected last day, for a
   * {@link StakeholderStatus#DEPARTED departed} one the day they left; absent otherwise.
   */
  public abstract Optional<LocalDate> departureDate();

  /** The site of care the person works at, if not system-wide. */
  public abstract Optional<SiteId> site();

  /** The clinical unit the person works in, where relevant. */
  public abstract Optional<ClinicalUnitId> clinicalUnit();

  /** For a healthcare professional, what transparency rules need to know. */
  public abstract Optional<HcpIdentity> hcp();

  /**
   * The person's work for the manufacturer itself, as a bona fide employee or as a contractor,
   * where the person has any: what decides whether salary and benefits are reported to US Open
   * Payments.
   */
  public abstract Optional<ManufacturerEmployment> manufacturerEmployment();

  /**
   * Typed facts rule packs read about this stakeholder, at most one per key name, each made with
   * {@link Fact#of(dev.kamkit.model.base.FactKey, Object)} from a key a pack declares (for example
   * the France pack's {@code FranceFacts.KIND}). Not for a host's own CRM fields: those are {@link
   * #attributes()}.
   */
  public abstract Set<Fact<?>> facts();

  /** Host-defined custom fields. */
  public abstract Map<String, AttributeValue> attributes();

  /** True if the person holds {@code role}. */
  public boolean holds(BuyingRole role) {
    return buyingRoles().contains(role);
  }

  /** True if the person sits on {@code body}. */
  public boolean sitsOn(DecisionBodyId body) {
    return committeeMemberships().stream().anyMatch(m -> m.decisionBody().equals(body));
  }

  /**
   * The stakeholders holding a vote on each decision body, each body's voters in the order of
   * {@code stakeholders} (a stakeholder sits on a body once). A new map, one pass over the
   * memberships: what committee access in coverage and in health is measured from.
   */
  public static Map<DecisionBodyId, List<Stakeholder>> votersByBody(
      List<Stakeholder> stakeholders) {
    Map<DecisionBodyId, List<Stakeholder>> voters = new HashMap<>();
    for (Stakeholder s : stakeholders) {
      for (CommitteeMembership m : s.committeeMemberships()) {
        if (m.votes()) {
          List<Stakeholder> onBody =
              voters.computeIfAbsent(m.decisionBody(), k -> new ArrayList<>());
          if (onBody.isEmpty() || !onBody.get(onBody.size() - 1).id().equals(s.id())) {
            onBody.add(s);
          }
        }
      }
    }
    return voters;
  }

  /** True if the person is a healthcare professional. */
  public boolean isHcp() {
    return hcp().isPresent();
  }

  @Value.Check
  protected void check() {
    ModelCheck check =
        ModelCheck.of("Stakeholder", id())
            .nonBlank("name", name())
            .nonBlank("title", title())
            .require(
                !(reportsTo().isPresent() && reportsTo().get().equals(id())),
                "reportsTo",
                reportsTo(),
                ModelCode.STAKEHOLDER_REPORTS_TO_SELF)
            .unique(
                "committeeMemberships",
                "decisionBody",
                committeeMemberships(),
                CommitteeMembership::decisionBody);
    if (departureDate().isPresent()
        && status() != StakeholderStatus.RETIRING
        && status() != StakeholderStatus.DEPARTED) {
      check.fail(
          "departureDate",
          departureDate(),
          ModelCode.STAKEHOLDER_DEPARTURE_NOT_LEAVING,
          Arg.of(status()));
    }
    check
        .attributeKeys(attributes())
        .unique("facts", facts(), f -> f.key().name())
        .throwIfInvalid();
  }
}
