package dev.kamkit.model;

import static java.util.stream.Collectors.toUnmodifiableMap;

import dev.kamkit.model.account.Account;
import dev.kamkit.model.committee.CommitteeSubmission;
import dev.kamkit.model.committee.DecisionBody;
import dev.kamkit.model.engagement.CompetitorActivity;
import dev.kamkit.model.engagement.Interaction;
import dev.kamkit.model.engagement.ServiceAgreement;
import dev.kamkit.model.engagement.TransferOfValue;
import dev.kamkit.model.id.AccountId;
import dev.kamkit.model.id.DecisionBodyId;
import dev.kamkit.model.id.ObjectiveId;
import dev.kamkit.model.id.ProductId;
import dev.kamkit.model.id.StakeholderId;
import dev.kamkit.model.id.TeamMemberId;
import dev.kamkit.model.pipeline.Opportunity;
import dev.kamkit.model.pipeline.OpportunityStage;
import dev.kamkit.model.plan.AccountPlan;
import dev.kamkit.model.portfolio.FormularyEntry;
import dev.kamkit.model.portfolio.Product;
import dev.kamkit.model.portfolio.PromotionalMaterial;
import dev.kamkit.model.portfolio.WhitespaceCell;
import dev.kamkit.model.stakeholder.Stakeholder;
import dev.kamkit.model.stakeholder.StakeholderInfluence;
import dev.kamkit.model.team.Relationship;
import dev.kamkit.model.team.TargetList;
import dev.kamkit.model.team.TeamMember;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * One key account, whole: the institution, the people in it who decide, the committees where
 * decisions are made, our team and who of ours holds whom, our products and where they stand
 * (whitespace, formulary), the account plan, every interaction and transfer of value, and what the
 * host knows of competitors' field activity. This is what kamkit's scorers and rules judge.
 *
 * <p>Build with {@code KeyAccount.builder()}. Building checks that every reference inside the
 * aggregate points at something in it (a relationship's stakeholder, an action's owner, a
 * whitespace cell's clinical unit, a material's indications, ...), that ids are unique, and that
 * reporting lines and action hierarchies have no cycles; every problem is reported at once in one
 * {@link dev.kamkit.model.base.InvalidModelException}.
 *
 * <p>Lists keep the order the host gave; nothing in kamkit depends on that order.
 */
@Value.Immutable
public abstract class AbstractKeyAccount {
  // Only the generated KeyAccount extends this: no host subclass.
  AbstractKeyAccount() {}

  /** The institution. */
  public abstract Account account();

  /** The account's stakeholders, including departed ones kept for history. */
  public abstract List<Stakeholder> stakeholders();

  /** Who influences whom among the stakeholders. */
  public abstract List<StakeholderInfluence> influences();

  /** The account's decision bodies: P&amp;T committee, VAC, ... */
  public abstract List<DecisionBody> decisionBodies();

  /** Our team on the account, including members who have left it. */
  public abstract List<TeamMember> team();

  /** The target lists our people work in the account. */
  public abstract List<TargetList> targetLists();

  /** Who of ours holds which stakeholder. */
  public abstract List<Relationship> relationships();

  /** The products the account's data refers to: ours, and competitors' where tracked. */
  public abstract List<Product> products();

  /** The promotional materials approved for use with the account, current and past. */
  public abstract List<PromotionalMaterial> promotionalMaterials();

  /** The whitespace grid: product by clinical unit. */
  public abstract List<WhitespaceCell> whitespace();

  /** Formulary status over time, per product. */
  public abstract List<FormularyEntry> formulary();

  /** The account plan, once there is one. */
  public abstract Optional<AccountPlan> plan();

  /** Interactions with the account's stakeholders. */
  public abstract List<Interaction> interactions();

  /** Transfers of value to the account's healthcare professionals and organisations. */
  public abstract List<TransferOfValue> transfersOfValue();

  /** Service agreements with the account's healthcare professionals and organisations. */
  public abstract List<ServiceAgreement> serviceAgreements();

  /** The pipeline: the opportunities the team works to win in the account, open and closed. */
  public abstract List<Opportunity> opportunities();

  /**
   * The objectives an open or won opportunity serves: what the plan has behind it. A lost
   * opportunity backs nothing.
   */
  public Set<ObjectiveId> servedObjectives() {
    Set<ObjectiveId> served = new HashSet<>();
    for (Opportunity o : opportunities()) {
      if (o.stage() != OpportunityStage.LOST) {
        served.addAll(o.objectives());
      }
    }
    return Set.copyOf(served);
  }

  /**
   * Committee submissions: requests to the account's decision bodies for our products, open and
   * decided. The committee calendar they aim at is each body's {@code meetingDates}.
   */
  public abstract List<CommitteeSubmission> committeeSubmissions();

  /**
   * What the host knows of competitors' field activity in the account, period by period; empty when
   * it knows none. Share of voice sets our interactions against it.
   */
  public abstract List<CompetitorActivity> competitorActivity();

  /** The account's id; short for {@code account().id()}. */
  public AccountId id() {
    return account().id();
  }

  /** The stakeholder with the given id, if the account has one. */
  public Optional<Stakeholder> stakeholder(StakeholderId id) {
    return Optional.ofNullable(stakeholdersById().get(id));
  }

  /** The team member with the given id, if the team has one. */
  public Optional<TeamMember> teamMember(TeamMemberId id) {
    return Optional.ofNullable(teamById().get(id));
  }

  /** The product with the given id, if the account's data refers to one. */
  public Optional<Product> product(ProductId id) {
    return Optional.ofNullable(productsById().get(id));
  }

  /** The decision body with the given id, if the account has one. */
  public Optional<DecisionBody> decisionBody(DecisionBodyId id) {
    return Optional.ofNullable(decisionBodiesById().get(id));
  }

  /** The relationships our people hold with one stakeholder. */
  public List<Relationship> relationshipsWith(StakeholderId stakeholder) {
    return relationships().stream().filter(r -> r.stakeholder().equals(stakeholder)).toList();
  }

  /**
   * The product's formulary status on {@code date}: the latest entry that took effect on or before
   * it, if any.
   */
  public Optional<FormularyEntry> formularyStatus(ProductId product, LocalDate date) {
    return formulary().stream()
        .filter(e -> e.product().equals(product) && !e.effectiveFrom().isAfter(date))
        .max(Comparator.comparing(FormularyEntry::effectiveFrom));
  }

  /** Stakeholders by id. */
  @Value.Lazy
  protected Map<StakeholderId, Stakeholder> stakeholdersById() {
    return index(stakeholders(), Stakeholder::id);
  }

  /** Team members by id. */
  @Value.Lazy
  protected Map<TeamMemberId, TeamMember> teamById() {
    return index(team(), TeamMember::id);
  }

  /** Products by id. */
  @Value.Lazy
  protected Map<ProductId, Product> productsById() {
    return index(products(), Product::id);
  }

  /** Decision bodies by id. */
  @Value.Lazy
  protected Map<DecisionBodyId, DecisionBody> decisionBodiesById() {
    return index(decisionBodies(), DecisionBody::id);
  }

  @Value.Check
  protected void check() {
    ReferenceCheck.of(this).throwIfInvalid();
  }

  private static <K, V> Map<K, V> index(List<V> values, Function<V, K> key) {
    // ids are unique: check() has rejected duplicates before any lookup can run
    return values.stream().collect(toUnmodifiableMap(key, Function.identity()));
  }
}
